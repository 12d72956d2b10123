/**
 * Sampled closeness (Eppstein & Wang): with every vertex as a source the estimate is the exact
 * distance sum; with a sample it is close on a generated graph, its stated error is measured from
 * the sample, and the same seed draws the same sources as sampled betweenness.
 */
import { describe, expect, it } from "vitest";
import { closenessFromSums } from "../../src/centrality/closeness.ts";
import { distanceSums } from "../../src/distances/distance-sums.ts";
import { sampledDistanceSums } from "../../src/parallel/sample-distances.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";
import { loadReference } from "../helpers/reference.ts";

describe("sampledDistanceSums", () => {
  it("with every vertex as a source equals the exact sums (karate, undirected)", () => {
    const view = buildView(loadReference("karate").graph, { getEdgeWeight: null });
    const exact = distanceSums(view, { direction: "in" });
    const sampled = sampledDistanceSums(view, { k: view.n, seed: 3 });
    expect(sampled.sources).toBe(view.n);
    expect([...sampled.in.total]).toEqual([...exact.total]);
    expect([...sampled.in.reach]).toEqual([...exact.reach]);
    for (let v = 0; v < view.n; v++) expect(sampled.in.harmonic[v]).toBeCloseTo(exact.harmonic[v], 12);
  });

  it("with every vertex as a source equals the exact in, out and undirected sums of a digraph", () => {
    const csv = "source,target\na,b\nb,c\nc,a\nc,d\nd,e\ne,d\nf,a\n";
    const view = edgeListView(csv, { directed: true });
    expect(view.directed).toBe(true);
    const sampled = sampledDistanceSums(view, { k: view.n });
    for (const [key, direction] of [
      ["in", "in"],
      ["out", "out"],
    ] as const) {
      const exact = distanceSums(view, { direction });
      expect([...sampled[key].total], key).toEqual([...exact.total]);
      expect([...sampled[key].reach], key).toEqual([...exact.reach]);
    }
  });

  it("estimates closeness within a few percent from 200 of 3,000 sources, and says how far off it may be", () => {
    const view = edgeListView(generatedEdgeCsv(3000, 12000, 5));
    const exact = closenessFromSums(view.n, distanceSums(view, { direction: "in" }));
    const sampled = sampledDistanceSums(view, { k: 200, seed: 11 });
    const estimate = closenessFromSums(view.n, sampled.in);
    let worst = 0;
    let total = 0;
    for (let v = 0; v < view.n; v++) {
      if (exact[v] === 0) continue;
      const rel = Math.abs(estimate[v] - exact[v]) / exact[v];
      worst = Math.max(worst, rel);
      total += rel;
    }
    const meanError = total / view.n;
    expect(sampled.relativeError).toBeGreaterThan(0);
    expect(sampled.relativeError).toBeLessThan(0.05);
    // The stated (median standard) error is of the order of the error actually made.
    expect(meanError).toBeLessThan(3 * sampled.relativeError);
    expect(meanError).toBeGreaterThan(sampled.relativeError / 10);
    expect(worst).toBeLessThan(0.2);
  });

  it("reports progress over its sources and is deterministic for a seed", () => {
    const view = edgeListView(generatedEdgeCsv(500, 1500, 2));
    const seen: number[] = [];
    const a = sampledDistanceSums(view, { k: 50, seed: 9 }, (done, total) => {
      expect(total).toBe(50);
      seen.push(done);
    });
    const b = sampledDistanceSums(view, { k: 50, seed: 9 });
    expect(seen.at(-1)).toBe(50);
    expect([...a.in.total]).toEqual([...b.in.total]);
    expect([...sampledDistanceSums(view, { k: 50, seed: 10 }).in.total]).not.toEqual([...a.in.total]);
  });
});
