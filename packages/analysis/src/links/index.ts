export * from "./evaluate.ts";
export * from "./features.ts";
export * from "./reasons.ts";
export * from "./scores.ts";
export * from "./suggest.ts";
