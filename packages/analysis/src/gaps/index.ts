export * from "./barrier-coverage.ts";
export * from "./barrier-remedies.ts";
export * from "./places.ts";
export * from "./white-spots.ts";
