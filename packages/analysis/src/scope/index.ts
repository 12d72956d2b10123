export * from "./scope-network.ts";
