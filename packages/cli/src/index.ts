export { createProgram, VERSION } from "./program.ts";
export { run } from "./main.ts";
