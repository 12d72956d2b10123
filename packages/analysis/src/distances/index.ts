export * from "./distance-sums.ts";
export * from "./path-stats.ts";
