import { describe, expect, it } from "vitest";
import { betweennessSums, scaleBetweenness } from "../../src/centrality/betweenness.ts";
import { closenessFromSums } from "../../src/centrality/closeness.ts";
import { distanceSums } from "../../src/distances/distance-sums.ts";
import { parallelBetweennessSums, parallelDistanceSums } from "../../src/parallel/run-parallel.ts";
import { buildView, type GraphView, toRecord } from "../../src/view/graph-view.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";
import { loadReference, mismatches, REFERENCE_CASES } from "../helpers/reference.ts";

/** Force worker threads even for tiny graphs. */
const WORKERS = { threads: 2, minSeconds: 0 } as const;

function maxRelativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return worst;
}

describe("parallel all-pairs kernels on worker threads", () => {
  for (const name of REFERENCE_CASES) {
    it(`reference case ${name}: betweenness and closeness equal the one-thread kernels and the reference`, async () => {
      const ref = loadReference(name);
      const plain = buildView(ref.graph, { getEdgeWeight: null });
      const sums = await parallelBetweennessSums(plain, {}, WORKERS);
      expect(maxRelativeDifference(sums, betweennessSums(plain))).toBeLessThanOrEqual(1e-12);
      const expected = ref.expected.metrics.betweenness;
      if (expected) {
        const raw = toRecord(plain, scaleBetweenness(plain, sums).raw);
        expect(mismatches(raw, expected.raw)).toEqual([]);
      }
      const dist = await parallelDistanceSums(plain, { direction: "in" }, WORKERS);
      const single = distanceSums(plain, { direction: "in" });
      expect([...dist.total]).toEqual([...single.total]);
      expect([...dist.reach]).toEqual([...single.reach]);
      expect([...dist.harmonic]).toEqual([...single.harmonic]);
      expect([...dist.eccentricity]).toEqual([...single.eccentricity]);
      if (ref.expected.metrics.closeness)
        expect(
          mismatches(toRecord(plain, closenessFromSums(plain.n, dist)), ref.expected.metrics.closeness),
        ).toEqual([]);
    });
  }

  it("weighted (inverse strength) betweenness on workers matches the reference", async () => {
    const ref = loadReference("karate-weighted");
    const weighted = buildView(ref.graph);
    const sums = await parallelBetweennessSums(weighted, { distance: "inverse" }, WORKERS);
    const raw = toRecord(weighted, scaleBetweenness(weighted, sums).raw);
    expect(mismatches(raw, ref.expected.metrics.betweenness_inverse_weight_as_distance.raw)).toEqual([]);
  });

  it("a generated S graph: one thread and two threads give bit-identical sums, within 1e-12 of the kernel", async () => {
    const view = edgeListView(generatedEdgeCsv(1000, 5000, 3));
    const one = await parallelBetweennessSums(view, {}, { threads: 1 });
    const two = await parallelBetweennessSums(view, {}, WORKERS);
    expect([...two]).toEqual([...one]);
    expect(maxRelativeDifference(two, betweennessSums(view))).toBeLessThanOrEqual(1e-12);
    const dist = await parallelDistanceSums(view, {}, WORKERS);
    expect([...dist.total]).toEqual([...distanceSums(view).total]);
  });

  it("reports progress up to every source, and a source range gives the kernel's partial sums", async () => {
    const view = edgeListView(generatedEdgeCsv(300, 1200, 5));
    const seen: number[] = [];
    await parallelBetweennessSums(
      view,
      {},
      { ...WORKERS, onProgress: (done, total) => seen.push(done / total) },
    );
    expect(Math.max(...seen)).toBe(1);
    const part = await parallelBetweennessSums(view, {}, { ...WORKERS, from: 10, to: 150 });
    expect(maxRelativeDifference(part, betweennessSums(view, {}, { from: 10, to: 150 }))).toBeLessThanOrEqual(
      1e-12,
    );
  });

  it("an abort stops the workers and rejects", async () => {
    const view = edgeListView(generatedEdgeCsv(2000, 10000, 9));
    const controller = new AbortController();
    const run = parallelBetweennessSums(
      view,
      {},
      { ...WORKERS, signal: controller.signal, onProgress: () => controller.abort(new Error("stop")) },
    );
    await expect(run).rejects.toThrow("stop");
    const already = new AbortController();
    already.abort(new Error("early"));
    await expect(parallelDistanceSums(view, {}, { signal: already.signal })).rejects.toThrow("early");
  });

  it("empty graph, one node, isolates", async () => {
    const empty: GraphView = edgeListView("source,target\n");
    expect([...(await parallelBetweennessSums(empty, {}, WORKERS))]).toEqual([]);
    const one = edgeListView("source,target\na,a\n");
    expect(one.n).toBe(1);
    expect([...(await parallelBetweennessSums(one, {}, WORKERS))]).toEqual([0]);
    const withIsolate = edgeListView("source,target\na,b\nb,c\n", { nodes: "id\na\nb\nc\nz\n" });
    const dist = await parallelDistanceSums(withIsolate, {}, WORKERS);
    // Hand-derived: path a-b-c plus isolate z.
    expect([...dist.total]).toEqual([3, 2, 3, 0]);
    expect([...dist.reach]).toEqual([3, 3, 3, 1]);
    expect([...(await parallelBetweennessSums(withIsolate, {}, WORKERS))]).toEqual([0, 2, 0, 0]);
  });
});
