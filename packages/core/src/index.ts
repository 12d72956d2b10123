export * from "./model/codes.ts";
export type * from "./model/types.ts";
export * from "./model/weights.ts";
export * from "./util/rng.ts";
export * from "./reference/municipalities.ts";
