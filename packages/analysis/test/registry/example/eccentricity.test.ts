/**
 * The worked example's kernel and descriptor (docs/adding-a-metric.md): values by hand on a path
 * with an isolate, and the metric computed by analyseNetwork once registered, from the shared
 * distance-sum pass and nothing else.
 */
import { describe, expect, it } from "vitest";
import { analyseNetwork, type PassId, registerMetric } from "../../../src/index.ts";
import { graphOf, networkOf } from "../../helpers/small-graphs.ts";
import { ECCENTRICITY } from "./eccentricity.ts";

registerMetric(ECCENTRICITY);

describe("eccentricity (the adding-a-metric example)", () => {
  const path = networkOf(
    graphOf(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
      ],
    ),
  );

  it("is the largest distance within the part, null for an isolate", () => {
    const passes: PassId[] = [];
    const r = analyseNetwork(path, { metrics: ["eccentricity"], onPass: (p) => passes.push(p) });
    expect(Object.fromEntries(Object.entries(r.nodes).map(([id, row]) => [id, row.eccentricity]))).toEqual({
      a: 3,
      b: 2,
      c: 2,
      d: 3,
      e: null,
    });
    expect(r.meta.metrics).toEqual(["eccentricity"]);
    expect(passes.sort()).toEqual(["distance_sums", "undirected"]);
  });

  it("comes with every other metric by default, and its id is taken once", () => {
    expect(analyseNetwork(path).nodes.a.eccentricity).toBe(3);
    expect(() => registerMetric(ECCENTRICITY)).toThrow(/taken/);
  });
});
