export * from "./match.ts";
export * from "./registry.ts";
export type * from "./types.ts";
