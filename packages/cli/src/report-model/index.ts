export * from "./build.ts";
export * from "./vocab.ts";
