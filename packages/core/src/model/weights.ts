/**
 * Weights have a stated meaning. Relation weights are *strengths* (more = closer). Shortest-path
 * metrics need *distances*; this is the one explicit transform between them.
 */
export type StrengthToDistance = "inverse" | "none";

/** Distance of a tie with strength `w`: 1/w (`inverse`), or 1 for every tie (`none`). */
export function strengthToDistance(w: number, transform: StrengthToDistance = "inverse"): number {
  if (transform === "none") return 1;
  return w > 0 ? 1 / w : Number.POSITIVE_INFINITY;
}
