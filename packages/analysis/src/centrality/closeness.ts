/**
 * Closeness centrality as networkx.closeness_centrality with wf_improved=True (Wasserman & Faust
 * 1994, p. 201): c(u) = (r−1)/Σd · (r−1)/(n−1), where r counts the vertices that reach u
 * (including u) and Σd sums their distances; 0 when nothing reaches u. For a connected graph this
 * is (n−1)/Σ_v d(v,u).
 * Digraphs: networkx uses INCOMING distances d(v,u) (direction "in", the default);
 * direction "out" gives closeness from u (R sna's convention), reported as `closeness_out`.
 * Weights: unweighted by default; `distance` turns strengths into path lengths explicitly.
 */

import { type DistanceSums, distanceSums } from "../distances/distance-sums.ts";
import type { WeightMode } from "../engine/lengths.ts";
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface ClosenessOptions {
  direction?: "in" | "out";
  distance?: WeightMode;
  /** Scale by the reached share (r−1)/(n−1), networkx's default. Default true. */
  wfImproved?: boolean;
}

export const CLOSENESS_DEFAULTS: Required<ClosenessOptions> = {
  direction: "in",
  distance: "none",
  wfImproved: true,
};

export function closenessFromSums(n: number, sums: DistanceSums, wfImproved = true): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = sums.total[v];
    const r1 = sums.reach[v] - 1;
    if (total > 0 && n > 1) out[v] = wfImproved ? (r1 / total) * (r1 / (n - 1)) : r1 / total;
  }
  return out;
}

export function closenessValues(view: GraphView, options: ClosenessOptions = {}): Float64Array {
  const o = { ...CLOSENESS_DEFAULTS, ...options };
  const sums = distanceSums(view, { direction: o.direction, distance: o.distance });
  return closenessFromSums(view.n, sums, o.wfImproved);
}

export function closeness(view: GraphView, options: ClosenessOptions = {}): Record<string, number> {
  return toRecord(view, closenessValues(view, options));
}
