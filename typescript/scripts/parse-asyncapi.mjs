// Parses AsyncAPI documents with the official parser and fails on any diagnostic of severity error.
//   node scripts/parse-asyncapi.mjs path/to/asyncapi.json [more.json ...]
// Prints every diagnostic and, per document, a line "<file>: N errors, M warnings".
import { readFileSync } from "node:fs";
import { Parser, DiagnosticSeverity } from "@asyncapi/parser";

const SEVERITY = ["error", "warning", "information", "hint"];

/** Parses one document; resolves to the number of errors found. */
export async function parseDocument(file) {
  const { document, diagnostics } = await new Parser().parse(readFileSync(file, "utf8"));
  for (const d of diagnostics) {
    console.log(`${file}: ${SEVERITY[d.severity] ?? d.severity} ${d.code} at /${d.path.join("/")}: ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length + (document ? 0 : 1);
  const warnings = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
  console.log(`${file}: ${errors} errors, ${warnings} warnings${document ? "" : " (no document)"}`);
  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: node scripts/parse-asyncapi.mjs <asyncapi.json> [...]");
    process.exit(2);
  }
  let errors = 0;
  for (const file of files) errors += await parseDocument(file);
  process.exitCode = errors === 0 ? 0 : 1;
}
