export * from "./departure.ts";
