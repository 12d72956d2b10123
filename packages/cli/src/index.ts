export { run } from "./main.ts";
export { createProgram, VERSION } from "./program.ts";
