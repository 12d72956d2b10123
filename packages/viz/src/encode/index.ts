export * from "./colour.ts";
export * from "./labels.ts";
export * from "./palette.ts";
export * from "./size.ts";
