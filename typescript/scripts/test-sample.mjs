// Checks the sample's AsyncAPI document and generated client: the document (sample-war/target/kanava/asyncapi.json,
// written by the sample's unit tests, or $KANAVA_SAMPLE_DOCUMENT) parses with @asyncapi/parser without an error; the
// client ($KANAVA_SAMPLE_CLIENT, which the Maven build generates from that document with the generator's command
// line; by default the one the sample's unit tests generate as the application serves it) is what the application
// serves ($KANAVA_SERVED_CLIENT), client.js is valid JavaScript, and test/sample/usage.ts compiles under --strict while
// every line of test/sample/mistakes.ts is rejected, against client.ts and against client.d.ts.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileStrict, LIBS } from "./compile-strict.mjs";
import { parseDocument } from "./parse-asyncapi.mjs";

const root = new URL("..", import.meta.url).pathname;
const served = resolve(process.env.KANAVA_SERVED_CLIENT ?? join(root, "../sample-war/target/kanava"));
const document = resolve(process.env.KANAVA_SAMPLE_DOCUMENT ?? join(served, "asyncapi.json"));
const sample = resolve(process.env.KANAVA_SAMPLE_CLIENT ?? served);

for (const file of [document, join(sample, "client.ts")]) {
  if (!existsSync(file)) {
    console.error(`No ${file}: build the sample first (mvn -pl sample-war -am test).`);
    process.exit(1);
  }
}

let failed = (await parseDocument(document)) > 0;

for (const client of ["client.ts", "client.js", "client.d.ts"]) {
  if (readFileSync(join(sample, client), "utf8") !== readFileSync(join(served, client), "utf8")) {
    console.error(`FAILED ${join(sample, client)} differs from what the application serves (${join(served, client)})`);
    failed = true;
  } else if (sample !== served) {
    console.log(`ok the command line's ${client} is what the application serves`);
  }
}

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
