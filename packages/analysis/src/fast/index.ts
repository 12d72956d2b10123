export * from "./csr-build.ts";
export * from "./edge-list.ts";
export * from "./louvain-view.ts";
