// Compiles test/types/usage.ts (must pass) and test/types/mistakes.ts (every mistake must be rejected: an unused
// @ts-expect-error fails) against the test client assembled from src/runtime.ts (client.ts) and from the committed
// runtime/runtime.d.ts (client.d.ts), each with and without the DOM library.
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { assembleClient } from "./assemble-client.mjs";

const root = new URL("..", import.meta.url).pathname;
const tsc = join(root, "node_modules/.bin/tsc");
const typesDir = join(root, "test/types");
const declaredDir = join(root, "build/types/declared");

function prepareDeclared() {
  rmSync(declaredDir, { recursive: true, force: true });
  assembleClient(declaredDir, "client.d.ts");
  for (const file of ["usage.ts", "mistakes.ts"]) copyFileSync(join(typesDir, file), join(declaredDir, file));
}

function compile(label, dir, client, lib) {
  const files = [client, "usage.ts", "mistakes.ts"].map((file) => join(dir, file));
  const flags = ["--strict", "--noEmit", "--target", "ES2020", "--module", "ES2020", "--moduleResolution", "bundler"];
  execFileSync(tsc, [...flags, "--lib", lib, "--types", "node", ...files], { stdio: "inherit" });
  console.log(`ok ${label} (lib ${lib})`);
}

assembleClient(typesDir, "client.ts");
prepareDeclared();
let failed = false;
for (const lib of ["ES2020,DOM", "ES2020"]) {
  for (const [label, dir, client] of [["client.ts", typesDir, "client.ts"], ["client.d.ts", declaredDir, "client.d.ts"]]) {
    try {
      compile(label, dir, client, lib);
    } catch {
      console.error(`FAILED ${label} (lib ${lib})`);
      failed = true;
    }
  }
}
process.exitCode = failed ? 1 : 0;
