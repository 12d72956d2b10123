export * from "./view/graph-view.ts";
