/**
 * The all-pairs jobs that can be split by source: the kernel to run on a source range and how
 * partial results combine. Shared by the main thread (small graphs, one thread) and the workers.
 *
 * Memory: a thread keeps one workspace for all its chunks, a betweenness chunk fills a buffer the
 * caller hands in (workers get theirs back after each fold), and a distance-sums chunk returns
 * only its own sources' entries. Fresh n-sized arrays per chunk made the L run hold ~190 MB more.
 */
import { type BetweennessOptions, betweennessSums } from "../centrality/betweenness.ts";
import { type DistanceSums, type DistanceSumsOptions, distanceSums } from "../distances/distance-sums.ts";
import type { Workspace } from "../engine/workspace.ts";
import type { GraphView } from "../view/graph-view.ts";

/** `sources`: the source vertices when not all of them (sampled betweenness); chunks index this list. */
export type AllPairsJob =
  | { kind: "betweenness"; options: BetweennessOptions; sources?: Int32Array }
  | { kind: "distance-sums"; options: DistanceSumsOptions; sources?: Int32Array }
  /** Both from one breadth-first search per source (unweighted; betweennessSums' `sourceDistances`). */
  | { kind: "betweenness-distances"; options: BetweennessOptions; sources?: Int32Array };

/** Jobs whose result includes the length-n betweenness sums (a buffer that goes back and forth). */
export const hasBetweennessSums = (job: AllPairsJob): boolean => job.kind !== "distance-sums";

/** How many sources the job has: its list, or every vertex. */
export function sourceCount(view: GraphView, job: AllPairsJob): number {
  return job.sources?.length ?? view.n;
}

/** A job's partial result: named typed arrays (betweenness: length n; distance sums: one entry per source of the chunk). */
export type Partial = Record<string, Float64Array | Int32Array>;

export interface ChunkContext {
  workspace: Workspace;
  /** Betweenness: the array to fill (length n), reused across chunks. */
  buffer?: Float64Array;
  onProgress?: (done: number, total: number) => void;
}

export function runRange(
  view: GraphView,
  job: AllPairsJob,
  from: number,
  to: number,
  ctx: ChunkContext,
): Partial {
  const range = { from, to, sources: job.sources, onProgress: ctx.onProgress, workspace: ctx.workspace };
  if (job.kind === "betweenness") return { sums: betweennessSums(view, job.options, range, ctx.buffer) };
  if (job.kind === "betweenness-distances") {
    const sums = emptyDistanceSums(to - from);
    return { sums: betweennessSums(view, job.options, range, ctx.buffer, sums), ...sums };
  }
  return { ...distanceSums(view, job.options, { ...range, compact: true }) };
}

/**
 * Adds a chunk's partial result into the total. Betweenness: sums over sources add up.
 * Distance sums: the chunk's entries are its sources' own, copied into place. A job with both does both.
 */
export function combine(job: AllPairsJob, total: Partial, part: Partial, from: number): void {
  const sources = job.sources;
  if (hasBetweennessSums(job)) {
    const t = total.sums;
    const p = part.sums;
    for (let v = 0; v < t.length; v++) t[v] += p[v];
  }
  for (const key of Object.keys(total)) {
    if (key === "sums") continue;
    const t = total[key];
    const p = part[key];
    if (!sources) t.set(p, from);
    else for (let j = 0; j < p.length; j++) t[sources[from + j]] = p[j];
  }
}

function emptyDistanceSums(size: number): DistanceSums {
  return {
    total: new Float64Array(size),
    reach: new Int32Array(size),
    harmonic: new Float64Array(size),
    eccentricity: new Float64Array(size),
  };
}

export function emptyResult(job: AllPairsJob, n: number): Partial {
  if (job.kind === "betweenness") return { sums: new Float64Array(n) };
  if (job.kind === "betweenness-distances") return { sums: new Float64Array(n), ...emptyDistanceSums(n) };
  return { ...emptyDistanceSums(n) };
}

export function asDistanceSums(p: Partial): DistanceSums {
  return {
    total: p.total as Float64Array,
    reach: p.reach as Int32Array,
    harmonic: p.harmonic as Float64Array,
    eccentricity: p.eccentricity as Float64Array,
  };
}
