import { describe, expect, it } from "vitest";
import { degreeCounts, degreeValues } from "../../src/centrality/degree.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { loadReference, REFERENCE_CASES } from "../helpers/reference.ts";

describe("degree from the row offsets alone", () => {
  for (const name of REFERENCE_CASES)
    it(`${name}: equals the degree of the full degree pass and the reference`, () => {
      const ref = loadReference(name);
      const view = buildView(ref.graph);
      const counts = degreeCounts(view);
      expect([...counts]).toEqual([...degreeValues(view).degree]);
      const expected = ref.expected.metrics.degree as Record<string, number> | undefined;
      if (expected && !view.directed)
        for (let v = 0; v < view.n; v++) expect(counts[v]).toBe(expected[view.ids[v]]);
    });
});
