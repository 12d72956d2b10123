/**
 * Modularity of a given partition (e.g. sectors), not of a detected one.
 *
 * Newman, M.E.J. (2006). Modularity and community structure in networks. PNAS 103:8577-8582:
 * Q = Σ_c [L_c/m − γ (K_c/2m)²]. Directed (Leicht, E.A. & Newman, M.E.J. (2008), PRL
 * 100:118703): Q = Σ_c [L_c/m − γ K_c^out K_c^in / m²]. With weights (the view's strengths) m
 * is the total weight. Matches networkx.community.modularity. Nodes without a group each form a
 * community of their own (they only add their −(k/2m)² term).
 */
import type { GraphView } from "../view/graph-view.ts";
import type { VertexGroups } from "./vertex-groups.ts";

export interface PartitionModularityResult {
  q: number | null;
  /** Communities in the partition: the groups plus one per ungrouped node. */
  communities: number;
}

/** The default resolution γ (the registry's `resolution` option default). */
export const PARTITION_MODULARITY_DEFAULTS = { resolution: 1 } as const;

export function partitionModularity(
  view: GraphView,
  groups: VertexGroups,
  options: { resolution?: number } = {},
): PartitionModularityResult {
  const gamma = options.resolution ?? PARTITION_MODULARITY_DEFAULTS.resolution;
  const community = new Map<string, number>();
  const label: number[] = groups.map((g, i) => {
    const key = g === null ? `\u0000${i}` : `g:${g}`;
    if (!community.has(key)) community.set(key, community.size);
    return community.get(key)!;
  });
  const c = community.size;
  const inner = new Float64Array(c);
  const kOut = new Float64Array(c);
  const kIn = new Float64Array(c);
  let m = 0;
  for (let u = 0; u < view.n; u++) {
    for (let k = view.outOffsets[u]; k < view.outOffsets[u + 1]; k++) {
      const v = view.outTargets[k];
      const w = view.outWeights[k];
      if (view.directed) {
        m += w;
        kOut[label[u]] += w;
        kIn[label[v]] += w;
        if (label[u] === label[v]) inner[label[u]] += w;
      } else {
        // Each undirected edge is seen from both ends.
        kOut[label[u]] += w;
        if (u < v) {
          m += w;
          if (label[u] === label[v]) inner[label[u]] += w;
        }
      }
    }
  }
  if (m === 0) return { q: null, communities: c };
  let q = 0;
  for (let i = 0; i < c; i++) {
    q += view.directed
      ? inner[i] / m - (gamma * kOut[i] * kIn[i]) / (m * m)
      : inner[i] / m - gamma * (kOut[i] / (2 * m)) ** 2;
  }
  return { q, communities: c };
}
