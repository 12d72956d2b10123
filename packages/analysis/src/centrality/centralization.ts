/**
 * Freeman centralization (Freeman 1979, "Centrality in social networks: conceptual
 * clarification", Social Networks 1): C = Σ_i (c* − c_i) / max, max = the same sum in a star graph
 * of n vertices. Two conventions, both tested against data/reference/cases:
 *
 * `centralization` (ours; digraphs are taken undirected):
 *   degree (n−1)(n−2); betweenness raw / ((n−1)²(n−2)/2); closeness with c_i = (n−1)/Σ_j d(i,j)
 *   over (n−1)(n−2)/(2n−3), null when disconnected; `closeness_wf_improved` uses networkx's
 *   wf_improved closeness instead, so it is defined for disconnected networks too.
 * `centralization_sna` (R sna::centralization, defaults; edge weights ignored):
 *   undirected as above, except closeness is 0 for a vertex that cannot reach all others;
 *   digraphs: total degree (in+out) over 2(n−1)(n−2); directed betweenness over (n−1)²(n−2);
 *   closeness from OUTGOING distances over (n−1)(1−1/n). `tmaxdev` is the denominator.
 * Fewer than 3 organisations: the star has no spread, the value is null.
 */

import { type DistanceSums, distanceSums } from "../distances/distance-sums.ts";
import { symmetrise } from "../engine/symmetrise.ts";
import type { GraphView } from "../view/graph-view.ts";
import { betweennessSums, scaleBetweenness } from "./betweenness.ts";
import { closenessFromSums } from "./closeness.ts";
import { degreeValues } from "./degree.ts";

export interface CentralizationResult {
  degree: number | null;
  betweenness: number | null;
  closeness: number | null;
  closeness_wf_improved: number | null;
}

export interface SnaScore {
  value: number | null;
  tmaxdev: number;
}

export interface SnaCentralizationResult {
  degree: SnaScore;
  betweenness: SnaScore;
  closeness: SnaScore;
}

/** Σ (max − c_i) / denominator; null when the denominator is not positive. */
export function freeman(values: ArrayLike<number>, denominator: number): number | null {
  if (!(denominator > 0) || values.length === 0) return null;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - values[i];
  return sum / denominator;
}

/** Closeness c_i = (n−1)/Σd when v reaches every other vertex, else 0 (sna's 1/∞ = 0 rule). */
function closenessAllReached(n: number, sums: DistanceSums): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) if (sums.reach[v] === n && sums.total[v] > 0) out[v] = (n - 1) / sums.total[v];
  return out;
}

/** Undirected inputs: degrees, raw betweenness and distance sums of the undirected view. */
export function freemanCentralization(
  n: number,
  degree: ArrayLike<number>,
  betweennessRaw: ArrayLike<number>,
  sums: DistanceSums,
): CentralizationResult {
  const connected = n > 0 && sums.reach[0] === n;
  return {
    degree: freeman(degree, (n - 1) * (n - 2)),
    betweenness: freeman(betweennessRaw, ((n - 1) ** 2 * (n - 2)) / 2),
    closeness: connected ? freeman(closenessAllReached(n, sums), ((n - 1) * (n - 2)) / (2 * n - 3)) : null,
    closeness_wf_improved: freeman(closenessFromSums(n, sums, true), ((n - 1) * (n - 2)) / (2 * n - 3)),
  };
}

/**
 * sna's conventions. Inputs of the view itself: total degree, raw betweenness (ordered pairs for
 * digraphs) and OUTGOING distance sums.
 */
export function snaCentralization(
  n: number,
  directed: boolean,
  degree: ArrayLike<number>,
  betweennessRaw: ArrayLike<number>,
  outSums: DistanceSums,
): SnaCentralizationResult {
  const score = (values: ArrayLike<number>, tmaxdev: number): SnaScore => ({
    value: freeman(values, tmaxdev),
    tmaxdev,
  });
  const closeness = closenessAllReached(n, outSums);
  if (directed)
    return {
      degree: score(degree, 2 * (n - 1) * (n - 2)),
      betweenness: score(betweennessRaw, (n - 1) ** 2 * (n - 2)),
      closeness: score(closeness, (n - 1) * (1 - 1 / n)),
    };
  return {
    degree: score(degree, (n - 1) * (n - 2)),
    betweenness: score(betweennessRaw, ((n - 1) ** 2 * (n - 2)) / 2),
    closeness: score(closeness, ((n - 1) * (n - 2)) / (2 * n - 3)),
  };
}

/** Both conventions, computing what they need (analyseNetwork shares the arrays instead). */
export function centralization(view: GraphView): {
  centralization: CentralizationResult;
  centralization_sna: SnaCentralizationResult;
} {
  const und = symmetrise(view);
  const undRaw = scaleBetweenness(und, betweennessSums(und)).raw;
  const undSums = distanceSums(und);
  const own = freemanCentralization(und.n, degreeValues(und).degree, undRaw, undSums);
  if (!view.directed)
    return {
      centralization: own,
      centralization_sna: snaCentralization(view.n, false, degreeValues(und).degree, undRaw, undSums),
    };
  const raw = scaleBetweenness(view, betweennessSums(view)).raw;
  const outSums = distanceSums(view, { direction: "out" });
  return {
    centralization: own,
    centralization_sna: snaCentralization(view.n, true, degreeValues(view).degree, raw, outSums),
  };
}
