// First: makes graphology safe for ids such as `__proto__` before any graph is built.
import "./model/graphology-guard.ts";

export * from "./csv/decode.ts";
export * from "./csv/findings.ts";
export * from "./csv/header.ts";
export * from "./csv/parse.ts";
export * from "./csv/read-table.ts";
export * from "./csv/sniff.ts";
export * from "./graph/build.ts";
export * from "./graph/commitment-ties.ts";
export * from "./inventory/index.ts";
export * from "./io/index.ts";
export * from "./model/codes.ts";
export type * from "./model/types.ts";
export * from "./reference/municipalities.ts";
export * from "./util/rng.ts";
export * from "./values/boolean.ts";
export * from "./values/date.ts";
export * from "./values/id.ts";
export * from "./values/kbo.ts";
export * from "./values/multi.ts";
export * from "./values/number.ts";
export * from "./values/percent.ts";
export * from "./values/result.ts";
export * from "./values/visible.ts";
export * from "./vocab/index.ts";
export * from "./xlsx/index.ts";
