/**
 * `analyseNetworkAsync`: the same result as `analyseNetwork`, with the costly all-pairs passes
 * (betweenness, distance sums) split over worker threads, betweenness optionally estimated from k
 * seeded random sources (Brandes & Pich 2007), and cancellable through an AbortSignal.
 * Exact results are identical to the single-threaded ones: sources are cut into fixed chunks and
 * summed in order (parallel/run-parallel.ts). On an undirected network with unweighted paths,
 * betweenness and the distance sums come from one breadth-first search per source.
 */
import { DEFAULT_SEED, type EcoNetwork } from "@ecolens/core";
import { scaleBetweenness } from "../centrality/betweenness.ts";
import { DEFAULT_WEIGHT_MODE } from "../engine/lengths.ts";
import { symmetrise } from "../engine/symmetrise.ts";
import {
  type ParallelOptions,
  parallelBetweennessAndDistanceSums,
  parallelBetweennessSums,
  parallelDistanceSums,
} from "../parallel/run-parallel.ts";
import { sampledBetweennessValues } from "../parallel/sample.ts";
import { sampledDistanceSums } from "../parallel/sample-distances.ts";
import type { PrecomputedPasses } from "../registry/passes.ts";
import { buildView } from "../view/graph-view.ts";
import { analyseNetwork, resolveMetrics } from "./analyse-network.ts";
import { planPasses } from "./pass-runner.ts";
import type { AnalyseOptions, AnalysisResult } from "./types.ts";

export interface AnalyseAsyncOptions extends Omit<AnalyseOptions, "precomputed"> {
  /** Worker threads for the all-pairs passes (default: every core; 1 = this thread only). */
  threads?: number;
  /** Stops the work: the promise rejects and the workers are terminated. */
  signal?: AbortSignal;
  /**
   * Estimate betweenness from this many sampled sources (error falls roughly as 1/sqrt(k));
   * undefined or k >= n = exact. The result's `meta.betweenness_sources` says which.
   */
  sampleSources?: number;
  /**
   * With `sampleSources`: estimate closeness and harmonic centrality from the same sources too
   * (unweighted distances only; parallel/sample-distances.ts). `onSampledDistances` gets the
   * number of sources and the measured relative error. Path lengths and centralization must not
   * be asked for then (their exact values need every pair).
   */
  sampleCloseness?: boolean;
  onSampledDistances?: (sources: number, relativeError: number) => void;
}

export async function analyseNetworkAsync(
  network: EcoNetwork,
  options: AnalyseAsyncOptions = {},
): Promise<AnalysisResult> {
  // The all-pairs passes the requested descriptors name run here, over worker threads; the
  // rest run in analyseNetwork, which takes these as precomputed.
  const plan = planPasses(resolveMetrics(options.metrics));
  const needBetweenness = plan.includes("betweenness");
  const needSums = plan.includes("distance_sums");
  const view = buildView(network.graph);
  const distance = options.distance ?? DEFAULT_WEIGHT_MODE;
  const progress = options.onProgress ?? (() => {});
  const parallel = (label: string): ParallelOptions => ({
    threads: options.threads,
    signal: options.signal,
    onProgress: (done, total) => progress(label, done, total),
  });
  const precomputed: PrecomputedPasses = {};
  const sampled = options.sampleSources !== undefined && options.sampleSources < view.n;
  if (needBetweenness && needSums && !sampled && !view.directed && distance === "none") {
    // One breadth-first search per source gives both (run-parallel.ts): the distance pass is saved.
    progress("betweenness and distances", 0, view.n);
    const both = await parallelBetweennessAndDistanceSums(view, parallel("betweenness and distances"));
    precomputed.betweenness = scaleBetweenness(view, both.sums);
    precomputed.distances = { in: both.distances, out: both.distances, und: both.distances };
    options.signal?.throwIfAborted();
    return analyseNetwork(network, { ...options, precomputed });
  }
  if (needBetweenness) {
    progress("betweenness", 0, view.n);
    const k = options.sampleSources;
    if (k !== undefined && k < view.n) {
      const seed = options.seed ?? DEFAULT_SEED;
      const estimate = await sampledBetweennessValues(
        view,
        { k, seed },
        { distance },
        parallel("betweenness"),
      );
      precomputed.betweenness = { raw: estimate.raw, normalized: estimate.normalized };
      precomputed.betweennessSources = estimate.sources;
    } else {
      const sums = await parallelBetweennessSums(view, { distance }, parallel("betweenness"));
      precomputed.betweenness = scaleBetweenness(view, sums);
    }
  }
  if (needSums) {
    progress("distances", 0, view.n);
    const k = options.sampleSources;
    if (options.sampleCloseness && k !== undefined && k < view.n && distance === "none") {
      const seed = options.seed ?? DEFAULT_SEED;
      const sampled = sampledDistanceSums(view, { k, seed }, (done, total) =>
        progress("distances", done, total),
      );
      options.onSampledDistances?.(sampled.sources, sampled.relativeError);
      precomputed.distances = { in: sampled.in, out: sampled.out, und: sampled.und };
      options.signal?.throwIfAborted();
      return analyseNetwork(network, { ...options, precomputed });
    }
    const incoming = await parallelDistanceSums(view, { direction: "in", distance }, parallel("distances"));
    const outgoing = view.directed
      ? await parallelDistanceSums(view, { direction: "out", distance }, parallel("distances (out)"))
      : incoming;
    const undirected = view.directed
      ? await parallelDistanceSums(symmetrise(view), { distance }, parallel("distances (undirected)"))
      : incoming;
    precomputed.distances = { in: incoming, out: outgoing, und: undirected };
  }
  options.signal?.throwIfAborted();
  return analyseNetwork(network, { ...options, precomputed });
}
