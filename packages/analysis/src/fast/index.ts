export * from "./csr-build.ts";
export * from "./edge-list.ts";
