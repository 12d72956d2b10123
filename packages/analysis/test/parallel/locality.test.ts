/**
 * The breadth-first relabelling of large graphs (engine/locality-order.ts) changes only where the
 * numbers sit in memory: betweenness and distance sums are bit-identical with and without it, on
 * one thread and on workers, undirected and directed, for all sources and for a sample.
 */
import { describe, expect, it } from "vitest";
import { LOCALITY_MIN_VERTICES, localityOrder } from "../../src/engine/locality-order.ts";
import { parallelBetweennessSums, parallelDistanceSums } from "../../src/parallel/run-parallel.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";

const identical = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe("locality order", () => {
  const csv = generatedEdgeCsv(800, 3200, 13);

  it("is on by default only for large graphs", () => {
    expect(LOCALITY_MIN_VERTICES).toBeGreaterThan(1000);
  });

  it("renumbers breadth-first: a permutation, with every tie kept", () => {
    const view = edgeListView(csv);
    const { view: local, rank } = localityOrder(view);
    expect([...rank].sort((a, b) => a - b)).toEqual(Array.from({ length: view.n }, (_, i) => i));
    expect(local.outTargets.length).toBe(view.outTargets.length);
    for (const v of [0, 17, view.n - 1]) {
      const before = Array.from(
        view.outTargets.subarray(view.outOffsets[v], view.outOffsets[v + 1]),
        (w) => rank[w],
      );
      const r = rank[v];
      expect(Array.from(local.outTargets.subarray(local.outOffsets[r], local.outOffsets[r + 1]))).toEqual(
        before,
      );
      expect(local.ids[r]).toBe(view.ids[v]);
    }
    // Neighbours sit closer together than in the input numbering.
    const spread = (g: typeof view) => {
      let sum = 0;
      for (let v = 0; v < g.n; v++)
        for (let e = g.outOffsets[v]; e < g.outOffsets[v + 1]; e++) sum += Math.abs(g.outTargets[e] - v);
      return sum;
    };
    expect(spread(local)).toBeLessThan(spread(view) * 0.9);
  });

  for (const directed of [false, true])
    it(`gives bit-identical betweenness and distance sums (${directed ? "directed" : "undirected"}, 1 and 2 threads, sampled)`, async () => {
      const view = edgeListView(csv, { directed });
      const sample = Int32Array.from({ length: 100 }, (_, i) => (i * 7919) % view.n);
      for (const threads of [1, 2])
        for (const sources of [undefined, sample]) {
          const on = { threads, sources, minSeconds: 0, locality: true };
          const off = { ...on, locality: false };
          expect(
            identical(
              await parallelBetweennessSums(view, {}, on),
              await parallelBetweennessSums(view, {}, off),
            ),
          ).toBe(true);
          const a = await parallelDistanceSums(view, {}, on);
          const b = await parallelDistanceSums(view, {}, off);
          for (const key of ["total", "reach", "harmonic", "eccentricity"] as const)
            expect(identical(a[key], b[key]), key).toBe(true);
        }
    });
});
