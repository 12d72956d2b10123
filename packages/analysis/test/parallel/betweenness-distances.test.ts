/**
 * Betweenness and the distance sums from one breadth-first search per source: the same numbers,
 * bit for bit, as the two separate passes, on one thread, on workers, on a sample of sources and
 * on the breadth-first relabelled copy used for large graphs.
 */
import { describe, expect, it } from "vitest";
import { betweennessSums } from "../../src/centrality/betweenness.ts";
import { distanceSums } from "../../src/distances/distance-sums.ts";
import {
  parallelBetweennessAndDistanceSums,
  parallelBetweennessSums,
  parallelDistanceSums,
} from "../../src/parallel/run-parallel.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { edgeListView } from "../helpers/edge-view.ts";
import { generatedEdgeCsv } from "../helpers/generated.ts";
import { loadReference, REFERENCE_CASES } from "../helpers/reference.ts";

const WORKERS = { threads: 2, minSeconds: 0 } as const;

function sameSums(a: ReturnType<typeof distanceSums>, b: ReturnType<typeof distanceSums>) {
  expect([...a.total]).toEqual([...b.total]);
  expect([...a.reach]).toEqual([...b.reach]);
  expect([...a.harmonic]).toEqual([...b.harmonic]);
  expect([...a.eccentricity]).toEqual([...b.eccentricity]);
}

describe("betweenness and distance sums in one pass", () => {
  for (const name of REFERENCE_CASES) {
    it(`${name}: equals the separate passes bit for bit (one thread and two)`, async () => {
      const view = buildView(loadReference(name).graph, { getEdgeWeight: null });
      for (const parallel of [{ threads: 1 }, WORKERS]) {
        const both = await parallelBetweennessAndDistanceSums(view, parallel);
        expect([...both.sums]).toEqual([...(await parallelBetweennessSums(view, {}, parallel))]);
        sameSums(both.distances, await parallelDistanceSums(view, { direction: "out" }, parallel));
      }
    });
  }

  it("the kernel alone: the source range's sums equal distanceSums of that range", () => {
    const view = edgeListView(generatedEdgeCsv(300, 900, 5));
    const range = { from: 40, to: 90 };
    const own = {
      total: new Float64Array(50),
      reach: new Int32Array(50),
      harmonic: new Float64Array(50),
      eccentricity: new Float64Array(50),
    };
    const sums = betweennessSums(view, {}, range, undefined, own);
    expect([...sums]).toEqual([...betweennessSums(view, {}, range)]);
    sameSums(own, distanceSums(view, {}, { ...range, compact: true }));
  });

  it("on a relabelled large graph and on sampled sources, as the separate passes", async () => {
    const view = edgeListView(generatedEdgeCsv(1500, 4500, 9));
    const locality = { ...WORKERS, locality: true };
    const both = await parallelBetweennessAndDistanceSums(view, locality);
    expect([...both.sums]).toEqual([...(await parallelBetweennessSums(view, {}, locality))]);
    sameSums(both.distances, await parallelDistanceSums(view, {}, locality));
    const sources = Int32Array.from([7, 3, 1400, 99, 512]);
    const sampled = await parallelBetweennessAndDistanceSums(view, { ...WORKERS, sources });
    expect([...sampled.sums]).toEqual([
      ...(await parallelBetweennessSums(view, {}, { ...WORKERS, sources })),
    ]);
    sameSums(sampled.distances, await parallelDistanceSums(view, {}, { ...WORKERS, sources }));
  });

  it("refuses weighted path lengths (the search is breadth-first)", () => {
    const view = edgeListView(generatedEdgeCsv(50, 100, 2));
    const own = {
      total: new Float64Array(50),
      reach: new Int32Array(50),
      harmonic: new Float64Array(50),
      eccentricity: new Float64Array(50),
    };
    expect(() => betweennessSums(view, { distance: "weight" }, {}, undefined, own)).toThrow(/unweighted/);
  });
});
