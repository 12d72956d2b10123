export * from "./agreement.ts";
export * from "./louvain.ts";
export * from "./modularity.ts";
export * from "./profile.ts";
