export * from "./analyse-for-report.ts";
export * from "./build.ts";
export * from "./changes.ts";
export * from "./learning-paths.ts";
export * from "./vocab.ts";
