/**
 * Builds a GraphView straight from edge arrays, with the same meaning as buildView on a graphology
 * graph (view/graph-view.ts): parallel ties merged by summing strengths, self-loops dropped, rows
 * sorted by vertex index. Two counting-sort passes (by target, then by source) give sorted rows in
 * O(n + m) with typed arrays only, no Map keyed by pair.
 */
import type { GraphView } from "@ecolens/analysis";

export interface EdgeArrays {
  /** Number of edges held (the arrays may be longer). */
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Per edge: 1 = directed, 0 = undirected; null = every edge as `directed` says. */
  directedFlags: Uint8Array | null;
}

export interface BuildOptions {
  /** Analyse as a digraph. An undirected edge then counts both ways, as in buildView. */
  directed: boolean;
  /** false: every tie has strength 1 (buildView's `getEdgeWeight: null`). */
  useWeights: boolean;
}

export function viewFromEdges(ids: string[], edges: EdgeArrays, options: BuildOptions): GraphView {
  const n = ids.length;
  const { count, source, target, weight, directedFlags } = edges;
  const { directed } = options;
  // Arcs: a one-way edge gives one, every other tie two (both directions).
  const oneWay = (e: number) => directed && (directedFlags === null || directedFlags[e] === 1);
  let arcs = 0;
  let weighted = false;
  for (let e = 0; e < count; e++) if (source[e] !== target[e]) arcs += oneWay(e) ? 1 : 2;
  const arcFrom = new Int32Array(arcs);
  const arcTo = new Int32Array(arcs);
  const arcW = new Float64Array(arcs);
  let a = 0;
  for (let e = 0; e < count; e++) {
    const s = source[e];
    const t = target[e];
    if (s === t) continue;
    const w = options.useWeights ? weight[e] : 1;
    if (w !== 1) weighted = true;
    arcFrom[a] = s;
    arcTo[a] = t;
    arcW[a++] = w;
    if (!oneWay(e)) {
      arcFrom[a] = t;
      arcTo[a] = s;
      arcW[a++] = w;
    }
  }
  const out = sortedMergedRows(n, arcFrom, arcTo, arcW);
  const inn = directed ? sortedMergedRows(n, arcTo, arcFrom, arcW) : out;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(ids[i], i);
  return {
    n,
    m: directed ? out.targets.length : out.targets.length / 2,
    directed,
    weighted: weighted && options.useWeights,
    ids,
    index,
    outOffsets: out.offsets,
    outTargets: out.targets,
    outWeights: out.weights,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    inWeights: inn.weights,
  };
}

/** CSR rows of `from` -> `to`, each row sorted by target with equal targets merged (strengths summed). */
function sortedMergedRows(
  n: number,
  from: Int32Array,
  to: Int32Array,
  w: Float64Array,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const arcs = from.length;
  // Pass 1: order arcs by target (stable counting sort).
  const byTarget = new Int32Array(arcs);
  const start = new Int32Array(n + 1);
  for (let i = 0; i < arcs; i++) start[to[i] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const cursor = start.slice(0, n);
  for (let i = 0; i < arcs; i++) byTarget[cursor[to[i]]++] = i;
  // Pass 2: place into source rows in that order, so each row comes out sorted by target.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < arcs; i++) offsets[from[i] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  cursor.set(offsets.subarray(0, n));
  const targets = new Int32Array(arcs);
  const weights = new Float64Array(arcs);
  for (let k = 0; k < arcs; k++) {
    const i = byTarget[k];
    const at = cursor[from[i]]++;
    targets[at] = to[i];
    weights[at] = w[i];
  }
  // Pass 3: merge equal neighbours (adjacent now), compacting in place.
  let write = 0;
  let rowStart = 0;
  for (let v = 0; v < n; v++) {
    const end = offsets[v + 1];
    const newStart = write;
    for (let e = rowStart; e < end; e++) {
      if (write > newStart && targets[write - 1] === targets[e]) weights[write - 1] += weights[e];
      else {
        targets[write] = targets[e];
        weights[write++] = weights[e];
      }
    }
    offsets[v] = newStart;
    rowStart = end;
  }
  offsets[n] = write;
  if (write === arcs) return { offsets, targets, weights };
  return { offsets, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}
