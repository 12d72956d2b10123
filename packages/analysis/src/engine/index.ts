export * from "./heap.ts";
export * from "./lengths.ts";
export * from "./locality-order.ts";
export * from "./source-range.ts";
export * from "./symmetrise.ts";
export * from "./workspace.ts";
