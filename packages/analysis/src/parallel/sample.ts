/**
 * Betweenness from k sampled sources, for graphs where exact betweenness is out of reach
 * (performance.md §7): Brandes & Pich (2007), "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7). The dependencies of k uniformly drawn sources, scaled by
 * n/k, are an unbiased estimate of the exact sums; the error falls roughly as 1/sqrt(k).
 * networkx's `betweenness_centrality(k=...)` is the same estimator.
 *
 * The sources are drawn with the seeded rng; the view is relabelled so they come first, which
 * lets the exact, range-splittable kernels run unchanged on sources 0..k-1.
 */
import { createRng } from "@ecolens/core";
import { type BetweennessOptions, scaleBetweenness } from "../centrality/betweenness.ts";
import type { GraphView } from "../view/graph-view.ts";
import { type ParallelOptions, parallelBetweennessSums } from "./run-parallel.ts";

export interface SampleOptions {
  /** Number of sources; k >= n gives the exact values. */
  k: number;
  seed?: number;
}

/** `order[i]` = the old vertex that becomes vertex i: k random sources first, then the rest. */
export function sampleOrder(n: number, k: number, seed = 42): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rng = createRng(seed);
  // Partial Fisher-Yates: the first k positions become a uniform sample without replacement.
  for (let i = 0; i < Math.min(k, n - 1); i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** The same graph with vertex `order[i]` renamed i (rows are not re-sorted: kernels need no order). */
export function permuteView(view: GraphView, order: Int32Array): GraphView {
  const { n } = view;
  const newOf = new Int32Array(n);
  for (let i = 0; i < n; i++) newOf[order[i]] = i;
  const relabel = (offsets: Int32Array, targets: Int32Array, weights: Float64Array) => {
    const o = new Int32Array(n + 1);
    const t = new Int32Array(targets.length);
    const w = new Float64Array(weights.length);
    for (let i = 0; i < n; i++) {
      const old = order[i];
      const start = offsets[old];
      const len = offsets[old + 1] - start;
      o[i + 1] = o[i] + len;
      for (let e = 0; e < len; e++) {
        t[o[i] + e] = newOf[targets[start + e]];
        w[o[i] + e] = weights[start + e];
      }
    }
    return { o, t, w };
  };
  const out = relabel(view.outOffsets, view.outTargets, view.outWeights);
  const inn = view.directed ? relabel(view.inOffsets, view.inTargets, view.inWeights) : out;
  const ids = Array.from(order, (old) => view.ids[old]);
  return {
    n,
    m: view.m,
    directed: view.directed,
    weighted: view.weighted,
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    outOffsets: out.o,
    outTargets: out.t,
    outWeights: out.w,
    inOffsets: inn.o,
    inTargets: inn.t,
    inWeights: inn.w,
  };
}

/**
 * Estimated betweenness (raw and normalised, as `betweennessValues`) from k sampled sources,
 * indexed by the ORIGINAL vertex numbers.
 */
export async function sampledBetweennessValues(
  view: GraphView,
  sample: SampleOptions,
  options: BetweennessOptions = {},
  parallel: ParallelOptions = {},
): Promise<{ raw: Float64Array; normalized: Float64Array; sources: number }> {
  const { n } = view;
  const k = Math.max(0, Math.min(n, Math.floor(sample.k)));
  const order = sampleOrder(n, k, sample.seed);
  const permuted = permuteView(view, order);
  const sums = await parallelBetweennessSums(permuted, options, { ...parallel, from: 0, to: k });
  const scaled = new Float64Array(n);
  const factor = k > 0 ? n / k : 0;
  for (let i = 0; i < n; i++) scaled[order[i]] = sums[i] * factor;
  return { ...scaleBetweenness(view, scaled), sources: k };
}
