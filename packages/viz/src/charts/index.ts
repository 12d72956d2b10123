export * from "./barrier-coverage.ts";
export * from "./brokers.ts";
export * from "./clusters.ts";
export * from "./degree-distribution.ts";
export * from "./heatmap.ts";
export * from "./mixing.ts";
export type { Chart } from "./svg.ts";
export * from "./white-spots.ts";
