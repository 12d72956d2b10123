/**
 * The all-pairs jobs that can be split by source: the kernel to run on a source range and how
 * partial results combine. Shared by the main thread (small graphs, one thread) and the workers.
 */
import { type BetweennessOptions, betweennessSums } from "../centrality/betweenness.ts";
import { type DistanceSums, type DistanceSumsOptions, distanceSums } from "../paths/distance-sums.ts";
import type { GraphView } from "../view/graph-view.ts";

export type AllPairsJob =
  | { kind: "betweenness"; options: BetweennessOptions }
  | { kind: "distance-sums"; options: DistanceSumsOptions };

/** A job's partial result: named typed arrays of length n. */
export type Partial = Record<string, Float64Array | Int32Array>;

export function runRange(
  view: GraphView,
  job: AllPairsJob,
  from: number,
  to: number,
  onProgress?: (done: number, total: number) => void,
): Partial {
  if (job.kind === "betweenness")
    return { sums: betweennessSums(view, job.options, { from, to, onProgress }) };
  const sums = distanceSums(view, job.options, { from, to, onProgress });
  return { ...sums };
}

/**
 * Adds a chunk's partial result into the total. Betweenness: sums over sources add up.
 * Distance sums: each source writes only its own entry, so the chunk's slice is copied.
 */
export function combine(job: AllPairsJob, total: Partial, part: Partial, from: number, to: number): void {
  if (job.kind === "betweenness") {
    const t = total.sums;
    const p = part.sums;
    for (let v = 0; v < t.length; v++) t[v] += p[v];
    return;
  }
  for (const key of Object.keys(total)) total[key].set(part[key].subarray(from, to), from);
}

export function emptyResult(job: AllPairsJob, n: number): Partial {
  if (job.kind === "betweenness") return { sums: new Float64Array(n) };
  return {
    total: new Float64Array(n),
    reach: new Int32Array(n),
    harmonic: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
}

export function asDistanceSums(p: Partial): DistanceSums {
  return {
    total: p.total as Float64Array,
    reach: p.reach as Int32Array,
    harmonic: p.harmonic as Float64Array,
    eccentricity: p.eccentricity as Float64Array,
  };
}
