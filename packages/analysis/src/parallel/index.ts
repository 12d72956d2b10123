export * from "./eta.ts";
export * from "./run-parallel.ts";
export * from "./sample.ts";
export * from "./sample-distances.ts";
export * from "./shared-view.ts";
