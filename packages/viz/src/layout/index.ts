export * from "./compute-layout.ts";
