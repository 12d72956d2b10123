export * from "./attribution.ts";
export * from "./choropleth-svg.ts";
export * from "./classes.ts";
export * from "./geo-layout.ts";
export type * from "./model.ts";
export * from "./projection.ts";
export * from "./topology.ts";
