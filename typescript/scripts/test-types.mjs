// Compiles test/types/usage.ts (must pass) and test/types/mistakes.ts (every mistake must be rejected: an unused
// @ts-expect-error fails) against the test client assembled from src/runtime.ts (client.ts) and from the committed
// runtime/runtime.d.ts (client.d.ts), each with and without the DOM library.
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { assembleClient } from "./assemble-client.mjs";
import { compileStrict, LIBS } from "./compile-strict.mjs";

const root = new URL("..", import.meta.url).pathname;
const typesDir = join(root, "test/types");
const declaredDir = join(root, "build/types/declared");

function prepareDeclared() {
  rmSync(declaredDir, { recursive: true, force: true });
  assembleClient(declaredDir, "client.d.ts");
  for (const file of ["usage.ts", "mistakes.ts"]) copyFileSync(join(typesDir, file), join(declaredDir, file));
}

assembleClient(typesDir, "client.ts");
prepareDeclared();
let failed = false;
for (const lib of LIBS) {
  for (const [label, dir, client] of [["client.ts", typesDir, "client.ts"], ["client.d.ts", declaredDir, "client.d.ts"]]) {
    if (!compileStrict(label, dir, client, lib)) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
