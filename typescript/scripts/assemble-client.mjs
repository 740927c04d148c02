// Builds the test client the way Kanava's generator does: header + runtime verbatim + tail, for .ts, .js and .d.ts.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), "utf8");

const parts = {
  "client.ts": ["test/fixture/header.ts", "src/runtime.ts", "test/fixture/tail.ts"],
  "client.js": ["runtime/runtime.js", "test/fixture/tail.js"],
  "client.d.ts": ["test/fixture/header.ts", "runtime/runtime.d.ts", "test/fixture/tail.d.ts"],
};

/** Writes `file` (a key of `parts`) into `dir` and returns its path. */
export function assembleClient(dir, file) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, parts[file].map(read).join("\n"));
  return path;
}
