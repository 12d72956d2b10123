import { describe, expect, it } from "vitest";
import { betweennessValues } from "../../src/centrality/betweenness.ts";
import { degreeValues } from "../../src/centrality/degree.ts";
import { readEdgeListView } from "../../src/fast/edge-list.ts";
import { permuteView, sampledBetweennessValues, sampleOrder } from "../../src/parallel/sample.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { generatedEdgeCsv } from "../fast/generated.ts";
import { loadReference } from "../helpers/reference.ts";

describe("sampled betweenness (Brandes & Pich 2007)", () => {
  it("the sample order is a seeded permutation", () => {
    const a = sampleOrder(50, 10, 1);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...sampleOrder(50, 10, 1)]).toEqual([...a]);
    expect([...sampleOrder(50, 10, 2)]).not.toEqual([...a]);
  });

  it("a permuted view is the same graph under new names", () => {
    const view = buildView(loadReference("les-miserables").graph);
    const order = sampleOrder(view.n, 20, 4);
    const p = permuteView(view, order);
    const d = degreeValues(view).strength;
    const pd = degreeValues(p).strength;
    for (let i = 0; i < view.n; i++) expect(pd[i]).toBe(d[order[i]]);
    expect(p.ids[0]).toBe(view.ids[order[0]]);
    expect(p.m).toBe(view.m);
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
    const view = readEdgeListView(generatedEdgeCsv(600, 3000, 11)).view;
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
