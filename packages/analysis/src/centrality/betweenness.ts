/**
 * Betweenness centrality: b(v) = Σ_{s≠v≠t} σ_st(v) / σ_st.
 * Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociology 25(2).
 *
 * Implemented on the CSR view without per-source predecessor lists (performance.md §3): after the
 * BFS/Dijkstra from s, dependencies are accumulated in reverse visiting order by scanning each
 * vertex's out-row for successors w (dist[w] = dist[v] + len(v,w)):
 *   δ(v) = σ(v) · Σ_w (1 + δ(w)) / σ(w).
 * All work arrays are typed and reused across sources; `betweennessSums` takes a source range so
 * sources can be split over worker threads.
 *
 * Weights: unweighted by default. `distance: "inverse"` uses 1/strength as the length of a tie,
 * `"weight"` the weight itself (see engine/lengths.ts). Weighted path lengths are compared with a
 * relative tolerance, so equal sums of reciprocals tie as they should.
 * Conventions as networkx.betweenness_centrality: undirected graphs count each unordered pair
 * once; normalised = raw / ((n−1)(n−2)/2) undirected, raw / ((n−1)(n−2)) directed (n ≤ 2: raw).
 */

import type { DistanceSums } from "../distances/distance-sums.ts";
import type { IndexedMinHeap } from "../engine/heap.ts";
import { edgeLengths, sameLength, type WeightMode } from "../engine/lengths.ts";
import { progressEvery, resolveRange, type SourceRange, workspaceOf } from "../engine/source-range.ts";
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface BetweennessOptions {
  /** How tie strength becomes path length. Default "none" (every tie length 1). */
  distance?: WeightMode;
}

export const BETWEENNESS_DEFAULTS: Required<BetweennessOptions> = { distance: "none" };

export interface BetweennessResult {
  raw: Record<string, number>;
  normalized: Record<string, number>;
}

/**
 * Unscaled dependency sums over the sources in `range` (undirected graphs: each pair counted
 * from both ends). Add the arrays of disjoint ranges to get the full sums. `out` (length n) is
 * zeroed and filled instead of a new array, for callers that reuse one per chunk.
 *
 * `sourceDistances` (unweighted only; one entry per source of the range, in its order): the
 * breadth-first search from each source already knows every distance from it, so it also fills
 * that source's distance sums, the same numbers in the same order of addition as
 * `distanceSums(view, { direction: "out" })`. On an undirected graph that is closeness, harmonic
 * centrality and path lengths without a second all-pairs pass.
 */
export function betweennessSums(
  view: GraphView,
  options: BetweennessOptions = {},
  range: SourceRange = {},
  out?: Float64Array,
  sourceDistances?: DistanceSums,
): Float64Array {
  const { n } = view;
  const work = workspaceOf(range);
  const distance = options.distance ?? BETWEENNESS_DEFAULTS.distance;
  const lengths = work.once(`lengths:${distance}`, () => edgeLengths(view, distance));
  const bc = out?.length === n ? out.fill(0) : new Float64Array(n);
  const { from, to } = resolveRange(n, range);
  const every = progressEvery(to - from);
  const sources = range.sources;
  const sigma = work.float64("sigma", n);
  const delta = work.float64("delta", n);
  const order = work.int32("order", n);
  if (sourceDistances && lengths !== null)
    throw new Error("betweennessSums: source distances only for unweighted paths");
  if (lengths === null) {
    const dist = work.int32("dist", n, -1);
    for (let i = from; i < to; i++) {
      const s = sources ? sources[i] : i;
      const reached = bfsSource(view, s, dist, sigma, delta, order, bc);
      if (sourceDistances) storeSourceDistances(sourceDistances, i - from, dist, order, reached);
      resetReached(dist, sigma, delta, order, reached);
      if (range.onProgress && (i - from + 1) % every === 0) range.onProgress(i - from + 1, to - from);
    }
  } else {
    const dist = work.float64("dist", n, Number.POSITIVE_INFINITY);
    const settled = work.uint8("settled", n);
    const heap = work.heap("heap", n, dist);
    for (let i = from; i < to; i++) {
      const s = sources ? sources[i] : i;
      dijkstraSource(view, lengths, s, dist, settled, heap, sigma, delta, order, bc);
      if (range.onProgress && (i - from + 1) % every === 0) range.onProgress(i - from + 1, to - from);
    }
  }
  return bc;
}

function bfsSource(
  view: GraphView,
  s: number,
  dist: Int32Array,
  sigma: Float64Array,
  delta: Float64Array,
  order: Int32Array,
  bc: Float64Array,
): number {
  const { outOffsets: off, outTargets: adj } = view;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++];
    const dv = dist[v] + 1;
    const sv = sigma[v];
    for (let e = off[v], end = off[v + 1]; e < end; e++) {
      const w = adj[e];
      if (dist[w] < 0) {
        dist[w] = dv;
        order[tail++] = w;
      }
      if (dist[w] === dv) sigma[w] += sv;
    }
  }
  // Reverse BFS order: every successor w of v is final before v. `delta` then holds
  // (1 + δ(w)) / σ(w), so the inner loop adds without dividing.
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i];
    const next = dist[v] + 1;
    let sum = 0;
    for (let e = off[v], end = off[v + 1]; e < end; e++) {
      const w = adj[e];
      if (dist[w] === next) sum += delta[w];
    }
    const dv = sigma[v] * sum;
    if (v !== s) bc[v] += dv;
    delta[v] = (1 + dv) / sigma[v];
  }
  return tail;
}

/** Distance sums of one source from its search (order[0] is the source), added in visiting order. */
function storeSourceDistances(
  into: DistanceSums,
  slot: number,
  dist: Int32Array,
  order: Int32Array,
  reached: number,
): void {
  let total = 0;
  let harmonic = 0;
  for (let i = 1; i < reached; i++) {
    const d = dist[order[i]];
    total += d;
    harmonic += 1 / d;
  }
  into.total[slot] = total;
  into.reach[slot] = reached;
  into.harmonic[slot] = harmonic;
  into.eccentricity[slot] = reached > 1 ? dist[order[reached - 1]] : 0;
}

function resetReached(
  dist: Int32Array,
  sigma: Float64Array,
  delta: Float64Array,
  order: Int32Array,
  reached: number,
): void {
  for (let i = 0; i < reached; i++) {
    const v = order[i];
    dist[v] = -1;
    sigma[v] = 0;
    delta[v] = 0;
  }
}

function dijkstraSource(
  view: GraphView,
  len: Float64Array,
  s: number,
  dist: Float64Array,
  settled: Uint8Array,
  heap: IndexedMinHeap,
  sigma: Float64Array,
  delta: Float64Array,
  order: Int32Array,
  bc: Float64Array,
): void {
  const { outOffsets: off, outTargets: adj } = view;
  const INF = Number.POSITIVE_INFINITY;
  dist[s] = 0;
  sigma[s] = 1;
  heap.push(s);
  let count = 0;
  while (heap.length > 0) {
    const v = heap.pop();
    settled[v] = 1;
    order[count++] = v;
    const dv = dist[v];
    for (let e = off[v], end = off[v + 1]; e < end; e++) {
      const l = len[e];
      if (l === INF) continue;
      const w = adj[e];
      if (settled[w]) continue;
      const nd = dv + l;
      const dw = dist[w];
      if (dw === INF || (nd < dw && !sameLength(nd, dw))) {
        dist[w] = nd;
        sigma[w] = sigma[v];
        heap.push(w);
      } else if (sameLength(nd, dw)) {
        sigma[w] += sigma[v];
      }
    }
  }
  for (let i = count - 1; i >= 0; i--) {
    const v = order[i];
    const dv = dist[v];
    let sum = 0;
    for (let e = off[v], end = off[v + 1]; e < end; e++) {
      const l = len[e];
      if (l === INF) continue;
      const w = adj[e];
      if (dist[w] > dv && sameLength(dv + l, dist[w])) sum += delta[w];
    }
    const dep = sigma[v] * sum;
    if (v !== s) bc[v] += dep;
    delta[v] = (1 + dep) / sigma[v];
  }
  for (let i = 0; i < count; i++) {
    const v = order[i];
    dist[v] = INF;
    sigma[v] = 0;
    delta[v] = 0;
    settled[v] = 0;
  }
}

/** Raw betweenness per vertex (networkx `normalized=False`) from the full sums. */
export function scaleBetweenness(
  view: GraphView,
  sums: Float64Array,
): { raw: Float64Array; normalized: Float64Array } {
  const { n } = view;
  const raw = new Float64Array(n);
  const normalized = new Float64Array(n);
  const half = view.directed ? 1 : 0.5;
  const pairs = n > 2 ? ((n - 1) * (n - 2)) / (view.directed ? 1 : 2) : 1;
  for (let v = 0; v < n; v++) {
    raw[v] = sums[v] * half;
    normalized[v] = raw[v] / pairs;
  }
  return { raw, normalized };
}

export function betweennessValues(
  view: GraphView,
  options: BetweennessOptions = {},
  onProgress?: (done: number, total: number) => void,
): { raw: Float64Array; normalized: Float64Array } {
  return scaleBetweenness(view, betweennessSums(view, options, { onProgress }));
}

export function betweenness(view: GraphView, options: BetweennessOptions = {}): BetweennessResult {
  const { raw, normalized } = betweennessValues(view, options);
  return { raw: toRecord(view, raw), normalized: toRecord(view, normalized) };
}
