export * from "./analyse-async.ts";
export * from "./analyse-network.ts";
export * from "./pass-runner.ts";
export * from "./top-findings.ts";
export type * from "./types.ts";
