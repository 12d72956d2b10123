export * from "./articulation.ts";
export * from "./bipartite-density.ts";
export * from "./components.ts";
export * from "./cross-sector.ts";
export * from "./density.ts";
export * from "./reciprocity.ts";
export * from "./strong-components.ts";
