// Checks the sample's AsyncAPI document and generated client, as written by the sample's unit tests
// (sample-war/target/kanava, or $KANAVA_SAMPLE_CLIENT): the document parses with @asyncapi/parser without an error,
// client.js is valid JavaScript, and test/sample/usage.ts compiles under --strict while every line of
// test/sample/mistakes.ts is rejected, against client.ts and against client.d.ts.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileStrict, LIBS } from "./compile-strict.mjs";
import { parseDocument } from "./parse-asyncapi.mjs";

const root = new URL("..", import.meta.url).pathname;
const sample = resolve(process.env.KANAVA_SAMPLE_CLIENT ?? join(root, "../sample-war/target/kanava"));

if (!existsSync(join(sample, "asyncapi.json"))) {
  console.error(`No sample document in ${sample}: build the sample first (mvn -pl sample-war -am test).`);
  process.exit(1);
}

let failed = (await parseDocument(join(sample, "asyncapi.json"))) > 0;

const build = join(root, "build/sample");
rmSync(build, { recursive: true, force: true });
for (const [form, client] of [["ts", "client.ts"], ["dts", "client.d.ts"]]) {
  const dir = join(build, form);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(sample, client), join(dir, client));
  for (const file of ["usage.ts", "mistakes.ts"]) copyFileSync(join(root, "test/sample", file), join(dir, file));
  for (const lib of LIBS) {
    if (!compileStrict(`sample ${client}`, dir, client, lib)) failed = true;
  }
}
copyFileSync(join(sample, "client.js"), join(build, "client.js"));
try {
  execFileSync(process.execPath, ["--check", join(build, "client.js")], { stdio: "inherit" });
  console.log("ok sample client.js is valid JavaScript");
} catch {
  console.error("FAILED sample client.js");
  failed = true;
}
process.exitCode = failed ? 1 : 0;
