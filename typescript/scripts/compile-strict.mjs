// The strict compile both type checks run: a client (client.ts or client.d.ts) with usage.ts, which must compile, and
// mistakes.ts, whose every @ts-expect-error line must be rejected (an unused one fails the compile), with and without
// the DOM library.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const tsc = join(new URL("..", import.meta.url).pathname, "node_modules/.bin/tsc");
const FLAGS = ["--strict", "--noEmit", "--target", "ES2020", "--module", "ES2020", "--moduleResolution", "bundler"];
export const LIBS = ["ES2020,DOM", "ES2020"];

/** Compiles `client`, usage.ts and mistakes.ts in `dir` with `lib`; returns whether the compile passed. */
export function compileStrict(label, dir, client, lib) {
  const files = [client, "usage.ts", "mistakes.ts"].map((file) => join(dir, file));
  try {
    execFileSync(tsc, [...FLAGS, "--lib", lib, "--types", "node", ...files], { stdio: "inherit" });
    console.log(`ok ${label} (lib ${lib})`);
    return true;
  } catch {
    console.error(`FAILED ${label} (lib ${lib})`);
    return false;
  }
}
