/**
 * Newman-Girvan modularity of a partition, with a resolution γ (Reichardt & Bornholdt 2006):
 * Q = Σ_c [ L_c / m − γ (k_c / 2m)² ], with L_c the (weighted) ties inside c, k_c the summed
 * strengths of c and m the total weight (networkx `community.modularity`, docs/metrics §3.4).
 * Newman & Girvan (2004), Phys. Rev. E 69, 026113.
 */
import type { GraphView } from "../view/graph-view.ts";

export interface ModularityOptions {
  /** γ; higher values favour more, smaller clusters. Default 1. */
  resolution?: number;
  /** Use tie strengths (default: the view's weights) or count each tie once. */
  weighted?: boolean;
}

/**
 * Modularity of `membership` (vertex -> cluster number) on an undirected view.
 * Null when the view has no ties (modularity is undefined there).
 */
export function modularityOfView(
  view: GraphView,
  membership: ArrayLike<number>,
  options: ModularityOptions = {},
): number | null {
  const gamma = options.resolution ?? 1;
  const weighted = options.weighted ?? view.weighted;
  const inside = new Map<number, number>();
  const strength = new Map<number, number>();
  let total = 0; // sum over adjacency entries = 2m
  for (let i = 0; i < view.n; i++) {
    const ci = membership[i];
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const w = weighted ? view.outWeights[e] : 1;
      total += w;
      strength.set(ci, (strength.get(ci) ?? 0) + w);
      if (membership[view.outTargets[e]] === ci) inside.set(ci, (inside.get(ci) ?? 0) + w);
    }
  }
  if (total === 0) return null;
  let q = 0;
  for (const [c, k] of strength) q += (inside.get(c) ?? 0) / total - gamma * (k / total) ** 2;
  return q;
}

/** Membership array of the view's vertices from an `{id: group}` lookup; missing ids get their own group. */
export function membershipFrom(
  view: GraphView,
  groupOf: (id: string) => string | number | undefined,
): Int32Array {
  const codes = new Map<string, number>();
  const out = new Int32Array(view.n);
  view.ids.forEach((id, i) => {
    const g = groupOf(id);
    const key = g === undefined || g === null || g === "" ? `\u0000missing:${id}` : `v:${String(g)}`;
    let c = codes.get(key);
    if (c === undefined) {
      c = codes.size;
      codes.set(key, c);
    }
    out[i] = c;
  });
  return out;
}
