/**
 * The CLI's sources as a library for the repository's own scripts, examples, benchmarks and
 * interop tests (the package's export is the built command, dist/ecolens.mjs).
 */
export { exportWorkbook } from "./commands/export-xlsx.ts";
export { run } from "./main.ts";
export { createProgram, VERSION } from "./program.ts";
export { readFolder } from "./shared/input.ts";
