import { describe, expect, it } from "vitest";
import { betweennessSums, betweennessValues } from "../../src/centrality/betweenness.ts";
import { distanceSums } from "../../src/distances/distance-sums.ts";
import { parallelBetweennessSums, parallelDistanceSums } from "../../src/parallel/run-parallel.ts";
import { sampledBetweennessValues, sampleOrder } from "../../src/parallel/sample.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";
import { loadReference } from "../helpers/reference.ts";

describe("sampled betweenness (Brandes & Pich 2007)", () => {
  it("the sample order is a seeded permutation", () => {
    const a = sampleOrder(50, 10, 1);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...sampleOrder(50, 10, 1)]).toEqual([...a]);
    expect([...sampleOrder(50, 10, 2)]).not.toEqual([...a]);
  });

  it("a source list gives the same sums as those sources' own range, on one thread and on workers", async () => {
    const view = edgeListView(generatedEdgeCsv(400, 1600, 9));
    const sources = sampleOrder(view.n, 40, 4).slice(0, 40);
    const one = betweennessSums(view, {}, { sources });
    let byHand = new Float64Array(view.n);
    for (const s of sources) {
      const part = betweennessSums(view, {}, { from: s, to: s + 1 });
      byHand = byHand.map((x, v) => x + part[v]);
    }
    for (let v = 0; v < view.n; v++) expect(one[v]).toBeCloseTo(byHand[v], 9);
    const workers = await parallelBetweennessSums(view, {}, { sources, threads: 2, minSeconds: 0 });
    expect([...workers]).toEqual([...(await parallelBetweennessSums(view, {}, { sources, threads: 1 }))]);
    const dist = await parallelDistanceSums(view, {}, { sources, threads: 2, minSeconds: 0 });
    const all = distanceSums(view);
    for (const s of sources) expect(dist.total[s]).toBe(all.total[s]);
    expect(dist.reach.reduce((a, x) => a + x, 0)).toBe(sources.reduce((a, s) => a + all.reach[s], 0));
  });

  it("k = n gives the exact values; k = 0 gives zeros", async () => {
    const view = buildView(loadReference("karate").graph, { getEdgeWeight: null });
    const exact = betweennessValues(view);
    const all = await sampledBetweennessValues(view, { k: view.n });
    for (let v = 0; v < view.n; v++) expect(all.raw[v]).toBeCloseTo(exact.raw[v], 10);
    const none = await sampledBetweennessValues(view, { k: 0 });
    expect([...none.raw].every((x) => x === 0)).toBe(true);
  });

  it("on a generated graph the estimate from half the sources ranks the top brokers as the exact values do", async () => {
    const view = edgeListView(generatedEdgeCsv(600, 3000, 11));
    const exact = betweennessValues(view).raw;
    const est = (await sampledBetweennessValues(view, { k: 300, seed: 5 })).raw;
    // The estimate is unbiased: the totals agree within a few per cent.
    const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
    expect(Math.abs(sum(est) / sum(exact) - 1)).toBeLessThan(0.05);
    const top = (a: Float64Array) => [...a.keys()].sort((x, y) => a[y] - a[x]).slice(0, 10);
    const shared = top(exact).filter((v) => top(est).includes(v)).length;
    expect(shared).toBeGreaterThanOrEqual(7);
  });
});
