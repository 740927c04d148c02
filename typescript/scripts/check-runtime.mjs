// Fails when the committed runtime/ differs from what src/runtime.ts compiles to (fix: `npm run build:runtime`),
// or when it could not be concatenated into a generated client (an import, a sourcemap comment).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const files = ["runtime.js", "runtime.d.ts"];

function problemsOf(file, fresh) {
  const path = join(root, "runtime", file);
  if (!existsSync(path)) return [`runtime/${file} is missing; run \`npm run build:runtime\``];
  const committed = readFileSync(path, "utf8");
  const problems = [];
  if (committed !== fresh) problems.push(`runtime/${file} differs from src/runtime.ts; run \`npm run build:runtime\``);
  if (/^\s*import\b/m.test(committed)) problems.push(`runtime/${file} imports something; the runtime must import nothing`);
  if (committed.includes("sourceMappingURL")) problems.push(`runtime/${file} carries a sourcemap comment`);
  return problems;
}

const outDir = mkdtempSync(join(tmpdir(), "kanava-runtime-"));
try {
  const tsc = join(root, "node_modules/.bin/tsc");
  execFileSync(tsc, ["-p", join(root, "tsconfig.runtime.json"), "--outDir", outDir], { stdio: "inherit" });
  const problems = files.flatMap((file) => problemsOf(file, readFileSync(join(outDir, file), "utf8")));
  if (problems.length > 0) {
    problems.forEach((problem) => console.error(problem));
    process.exitCode = 1;
  } else {
    console.log("runtime/ matches src/runtime.ts");
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
