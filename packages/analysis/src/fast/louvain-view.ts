/**
 * Louvain on a GraphView (Blondel et al. 2008, J. Stat. Mech. P10008) through
 * graphology-communities-louvain, which builds its own typed index and is already fast
 * (performance.md §4). This only skips clusters/louvain.ts's extra buildView from a graphology
 * graph: the simple weighted graph is made straight from the view's CSR. Same rng, same options.
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { modularityOfView } from "../clusters/modularity.ts";
import type { GraphView } from "../view/graph-view.ts";

export interface ViewLouvainResult {
  /** Community label per vertex (the library's labels, 0-based). */
  labels: Int32Array;
  count: number;
  modularity: number | null;
}

export function louvainOnView(
  view: GraphView,
  options: { seed?: number; resolution?: number; weighted?: boolean } = {},
): ViewLouvainResult {
  const weighted = options.weighted ?? true;
  const resolution = options.resolution ?? 1;
  const simple = new UndirectedGraph();
  const keys = Array.from({ length: view.n }, (_, i) => String(i));
  for (const k of keys) simple.addNode(k);
  for (let i = 0; i < view.n; i++)
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const j = view.outTargets[e];
      // Non-positive strengths would break modularity's arithmetic: such ties count as absent.
      if (i < j && view.outWeights[e] > 0)
        simple.addUndirectedEdge(keys[i], keys[j], { weight: weighted ? view.outWeights[e] : 1 });
    }
  const raw = louvain(simple, {
    getEdgeWeight: "weight",
    resolution,
    rng: createRng(options.seed ?? DEFAULT_SEED),
  });
  const labels = new Int32Array(view.n);
  const seen = new Map<number, number>();
  for (let i = 0; i < view.n; i++) {
    const c = raw[keys[i]];
    let label = seen.get(c);
    if (label === undefined) seen.set(c, (label = seen.size));
    labels[i] = label;
  }
  return {
    labels,
    count: seen.size,
    modularity: modularityOfView(view, labels, { resolution, weighted }),
  };
}
