/**
 * Betweenness from k sampled sources, for graphs where exact betweenness is out of reach
 * (performance.md §7): Brandes & Pich (2007), "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7). The dependencies of k uniformly drawn sources, scaled by
 * n/k, are an unbiased estimate of the exact sums; the error falls roughly as 1/sqrt(k).
 * networkx's `betweenness_centrality(k=...)` is the same estimator.
 *
 * The sources are drawn with the seeded rng and handed to the exact, range-splittable kernels as a
 * source list (no copy of the graph).
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import { type BetweennessOptions, scaleBetweenness } from "../centrality/betweenness.ts";
import type { GraphView } from "../view/graph-view.ts";
import { type ParallelOptions, parallelBetweennessSums } from "./run-parallel.ts";

export interface SampleOptions {
  /** Number of sources; k >= n gives the exact values. */
  k: number;
  seed?: number;
}

/** `order[i]` = the old vertex that becomes vertex i: k random sources first, then the rest. */
export function sampleOrder(n: number, k: number, seed = DEFAULT_SEED): Int32Array {
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

/**
 * Estimated betweenness (raw and normalised, as `betweennessValues`) from k sampled sources,
 * indexed by vertex as the view is (the sources are a list; the graph is not relabelled).
 */
export async function sampledBetweennessValues(
  view: GraphView,
  sample: SampleOptions,
  options: BetweennessOptions = {},
  parallel: ParallelOptions = {},
): Promise<{ raw: Float64Array; normalized: Float64Array; sources: number }> {
  const { n } = view;
  const k = Math.max(0, Math.min(n, Math.floor(sample.k)));
  const sources = sampleOrder(n, k, sample.seed).slice(0, k);
  const sums = await parallelBetweennessSums(view, options, { ...parallel, sources, from: 0, to: k });
  const factor = k > 0 ? n / k : 0;
  const scaled = sums.map((x) => x * factor);
  return { ...scaleBetweenness(view, scaled), sources: k };
}
