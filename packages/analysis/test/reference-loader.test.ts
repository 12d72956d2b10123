import { describe, expect, it } from "vitest";
import { buildView } from "../src/view/graph-view.ts";
import { loadReference, REFERENCE_CASES } from "./helpers/reference.ts";

describe("reference cases load with their n and m", () => {
  for (const name of REFERENCE_CASES) {
    it(name, () => {
      const c = loadReference(name);
      const view = buildView(c.graph);
      expect(view.n).toBe(c.expected.graph.n);
      expect(view.m).toBe(c.expected.graph.m);
      expect(view.directed).toBe(Boolean(c.expected.graph.directed));
    });
  }
});
