/**
 * Harmonic centrality as networkx.harmonic_centrality: H(u) = Σ_{v≠u} 1/d(v,u), 1/∞ = 0, not
 * normalised (divide by n−1 for a share). Marchiori & Latora (2000), Harmony in the small-world;
 * Boldi & Vigna (2014), Axioms for centrality. Well-defined on disconnected graphs.
 * Digraphs: incoming distances (direction "in", networkx); "out" gives `harmonic_out`.
 * Weights: unweighted by default; `distance` turns strengths into path lengths explicitly.
 */

import { distanceSums } from "../distances/distance-sums.ts";
import type { WeightMode } from "../engine/lengths.ts";
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface HarmonicOptions {
  direction?: "in" | "out";
  distance?: WeightMode;
}

export function harmonicValues(view: GraphView, options: HarmonicOptions = {}): Float64Array {
  return distanceSums(view, { direction: options.direction ?? "in", distance: options.distance ?? "none" })
    .harmonic;
}

export function harmonic(view: GraphView, options: HarmonicOptions = {}): Record<string, number> {
  return toRecord(view, harmonicValues(view, options));
}
