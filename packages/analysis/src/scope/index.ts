export * from "./describe-scope.ts";
export * from "./scope-network.ts";
export * from "./scope-values.ts";
