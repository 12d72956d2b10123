/**
 * Edge lengths for shortest-path metrics. Relation weights are STRENGTHS (more = closer); a path
 * metric needs a DISTANCE, so the caller chooses the transform explicitly (architecture
 * principle 2, graphology#501):
 * - "none": every tie has length 1 (unweighted, the default);
 * - "inverse": length = 1 / strength (a strong tie is a short step);
 * - "weight": the weight itself is the length (only for data whose weights already are costs).
 * A tie whose length is not a positive finite number (strength 0) is skipped as unusable.
 */
import type { GraphView } from "../view/graph-view.ts";

/** How tie strength becomes a path length: the one definition of the `distance` / `--distance` modes. */
export const WEIGHT_MODES = ["none", "inverse", "weight"] as const;
export type WeightMode = (typeof WEIGHT_MODES)[number];
/** The default mode: every tie one step. */
export const DEFAULT_WEIGHT_MODE: WeightMode = "none";

/** Lengths aligned with `view.outTargets` (direction "out") or `view.inTargets` ("in"); null = all 1. */
export function edgeLengths(
  view: GraphView,
  transform: WeightMode,
  direction: "out" | "in" = "out",
): Float64Array | null {
  if (transform === "none") return null;
  const weights = direction === "out" ? view.outWeights : view.inWeights;
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    const len = transform === "inverse" ? 1 / w : w;
    out[i] = Number.isFinite(len) && len > 0 ? len : Number.POSITIVE_INFINITY;
  }
  return out;
}

/**
 * Two path lengths are equal when they differ by at most this share of their size. Sums of
 * reciprocals such as 1/2 + 1/6 and 1/3 + 1/3 differ in the last bits; comparing with `==`
 * (as networkx does) miscounts shortest paths (see data/reference/cases/README.md).
 */
export const PATH_TOLERANCE = 1e-10;

export function sameLength(a: number, b: number): boolean {
  return Math.abs(a - b) <= PATH_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
