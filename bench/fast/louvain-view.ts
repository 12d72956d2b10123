/**
 * Louvain on a GraphView (Blondel et al. 2008, J. Stat. Mech. P10008) with louvainCsr, which works
 * on the view's own typed arrays (no graphology graph: issue 7, performance.md §4). The graph is
 * made undirected and simple first: a directed view is symmetrised (a_ij + a_ji, as
 * engine/symmetrise.ts), and ties of non-positive strength count as absent, since they would break
 * modularity's arithmetic. Unweighted: every remaining tie counts 1.
 */

import type { GraphView } from "@ecolens/analysis";
import { symmetrise } from "@ecolens/analysis";
import { type CsrGraph, louvainCsr } from "./louvain-csr.ts";

export interface ViewLouvainResult {
  /** Community label per vertex, 0-based: 0 = the largest, equal sizes by smallest vertex index. */
  labels: Int32Array;
  count: number;
  /** Modularity of `labels` on the undirected simple graph; null when it has no ties. */
  modularity: number | null;
}

export function louvainOnView(
  view: GraphView,
  options: { seed?: number; resolution?: number; weighted?: boolean } = {},
): ViewLouvainResult {
  const { labels, count, modularity } = louvainCsr(louvainGraph(view, options.weighted ?? true), {
    seed: options.seed,
    resolution: options.resolution,
  });
  return { labels, count, modularity };
}

/** The undirected CSR graph Louvain runs on; the view's arrays themselves when they already fit. */
export function louvainGraph(view: GraphView, weighted: boolean): CsrGraph {
  const u = symmetrise(view);
  const { n, outOffsets, outTargets, outWeights } = u;
  let fits = weighted;
  for (let e = 0; fits && e < outOffsets[n]; e++) if (!(outWeights[e] > 0)) fits = false;
  if (fits) return { n, offsets: outOffsets, targets: outTargets, weights: outWeights, selfLoops: null };
  const offsets = new Int32Array(n + 1);
  let kept = 0;
  for (let e = 0; e < outOffsets[n]; e++) if (outWeights[e] > 0) kept++;
  const targets = new Int32Array(kept);
  const weights = new Float64Array(kept);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let e = outOffsets[i]; e < outOffsets[i + 1]; e++)
      if (outWeights[e] > 0) {
        targets[at] = outTargets[e];
        weights[at++] = weighted ? outWeights[e] : 1;
      }
    offsets[i + 1] = at;
  }
  return { n, offsets, targets, weights, selfLoops: null };
}
