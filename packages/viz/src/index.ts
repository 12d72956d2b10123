export * from "./browser-flags.ts";
export * from "./charts/index.ts";
export * from "./encode/index.ts";
export * from "./geo/index.ts";
export * from "./i18n/strings.ts";
export * from "./layout/index.ts";
export type * from "./model.ts";
export * from "./report/index.ts";
export * from "./text/escape.ts";
