/**
 * Reciprocity of a digraph as networkx.overall_reciprocity: the share of arcs whose reverse arc
 * also exists (2 × mutual pairs / arcs). Undirected views: null (every tie is mutual by design).
 */
import type { GraphView } from "../view/graph-view.ts";

export interface ReciprocityResult {
  reciprocity: number | null;
  mutual_pairs: number;
}

export function reciprocity(view: GraphView): ReciprocityResult {
  if (!view.directed) return { reciprocity: null, mutual_pairs: 0 };
  const { n, outOffsets: off, outTargets: adj } = view;
  let mutual = 0;
  for (let u = 0; u < n; u++) {
    for (let e = off[u]; e < off[u + 1]; e++) {
      const v = adj[e];
      if (v <= u) continue;
      if (hasArc(view, v, u)) mutual++;
    }
  }
  return { reciprocity: view.m > 0 ? (2 * mutual) / view.m : null, mutual_pairs: mutual };
}

/** Binary search in the sorted out-row of u. */
export function hasArc(view: GraphView, u: number, v: number): boolean {
  let lo = view.outOffsets[u];
  let hi = view.outOffsets[u + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = view.outTargets[mid];
    if (t === v) return true;
    if (t < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
