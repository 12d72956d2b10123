export * from "./centrality/index.ts";
export * from "./engine/index.ts";
export * from "./network/index.ts";
export * from "./paths/index.ts";
export * from "./view/graph-view.ts";
