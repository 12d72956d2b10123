export * from "./changes-section.ts";
export * from "./findings.ts";
export * from "./paths-section.ts";
export * from "./payload.ts";
export * from "./render.ts";
export * from "./static-map.ts";
