/**
 * Per-vertex sums over single-source shortest paths: the sum of distances, the number of vertices
 * reached, the harmonic sum Σ 1/d and the eccentricity (largest finite distance). Closeness,
 * harmonic centrality, the average shortest path and the diameter all derive from these, so one
 * traversal per source serves them all. BFS (unweighted) or Dijkstra with a binary heap
 * (weighted, Dijkstra 1959), typed arrays reused across sources; a source range allows splitting
 * the work over worker threads.
 *
 * direction "out": distances FROM the vertex (d(v,u)); "in": distances TO it (d(u,v)), networkx's
 * closeness convention for digraphs. Undirected views ignore the direction.
 */
import { edgeLengths, type WeightMode } from "../engine/lengths.ts";
import { progressEvery, resolveRange, type SourceRange, workspaceOf } from "../engine/source-range.ts";
import type { GraphView } from "../view/graph-view.ts";

export interface DistanceSums {
  /** Σ_u d(v,u) over reached u. */
  total: Float64Array;
  /** Vertices reached, including v itself. */
  reach: Int32Array;
  /** Σ_u 1/d(v,u) over reached u ≠ v. */
  harmonic: Float64Array;
  /** Largest finite distance from v (0 for an isolate). */
  eccentricity: Float64Array;
}

export interface DistanceSumsOptions {
  direction?: "out" | "in";
  distance?: WeightMode;
}

/** `compact`: arrays of length to − from, one entry per source of the range in its order (what a chunk sends back). */
export interface DistanceSumsRange extends SourceRange {
  compact?: boolean;
}

export function distanceSums(
  view: GraphView,
  options: DistanceSumsOptions = {},
  range: DistanceSumsRange = {},
): DistanceSums {
  const { n } = view;
  const work = workspaceOf(range);
  const dir = view.directed ? (options.direction ?? "out") : "out";
  const off = dir === "out" ? view.outOffsets : view.inOffsets;
  const adj = dir === "out" ? view.outTargets : view.inTargets;
  const distance = options.distance ?? "none";
  const lengths = work.once(`lengths:${distance}:${dir}`, () => edgeLengths(view, distance, dir));
  const { from, to } = resolveRange(n, range);
  const size = range.compact ? to - from : n;
  const result: DistanceSums = {
    total: new Float64Array(size),
    reach: new Int32Array(size),
    harmonic: new Float64Array(size),
    eccentricity: new Float64Array(size),
  };
  const every = progressEvery(to - from);
  const sources = range.sources;
  const order = work.int32("order", n);
  if (lengths === null) {
    const dist = work.int32("dist", n, -1);
    for (let i = from; i < to; i++) {
      const s = sources ? sources[i] : i;
      dist[s] = 0;
      order[0] = s;
      let head = 0;
      let tail = 1;
      let total = 0;
      let harmonic = 0;
      let ecc = 0;
      while (head < tail) {
        const v = order[head++];
        const dv = dist[v] + 1;
        for (let e = off[v], end = off[v + 1]; e < end; e++) {
          const w = adj[e];
          if (dist[w] >= 0) continue;
          dist[w] = dv;
          order[tail++] = w;
          total += dv;
          harmonic += 1 / dv;
          ecc = dv;
        }
      }
      for (let i = 0; i < tail; i++) dist[order[i]] = -1;
      store(result, range.compact ? i - from : s, total, tail, harmonic, ecc);
      if (range.onProgress && (i - from + 1) % every === 0) range.onProgress(i - from + 1, to - from);
    }
    return result;
  }
  const INF = Number.POSITIVE_INFINITY;
  const dist = work.float64("dist", n, INF);
  const settled = work.uint8("settled", n);
  const heap = work.heap("heap", n, dist);
  for (let i = from; i < to; i++) {
    const s = sources ? sources[i] : i;
    dist[s] = 0;
    heap.push(s);
    let count = 0;
    let total = 0;
    let harmonic = 0;
    let ecc = 0;
    while (heap.length > 0) {
      const v = heap.pop();
      settled[v] = 1;
      order[count++] = v;
      const dv = dist[v];
      if (v !== s) {
        total += dv;
        harmonic += 1 / dv;
        if (dv > ecc) ecc = dv;
      }
      for (let e = off[v], end = off[v + 1]; e < end; e++) {
        const l = lengths[e];
        const w = adj[e];
        if (l === INF || settled[w]) continue;
        const nd = dv + l;
        if (nd < dist[w]) {
          dist[w] = nd;
          heap.push(w);
        }
      }
    }
    for (let i = 0; i < count; i++) {
      dist[order[i]] = INF;
      settled[order[i]] = 0;
    }
    store(result, range.compact ? i - from : s, total, count, harmonic, ecc);
    if (range.onProgress && (i - from + 1) % every === 0) range.onProgress(i - from + 1, to - from);
  }
  return result;
}

function store(
  r: DistanceSums,
  s: number,
  total: number,
  reach: number,
  harmonic: number,
  ecc: number,
): void {
  r.total[s] = total;
  r.reach[s] = reach;
  r.harmonic[s] = harmonic;
  r.eccentricity[s] = ecc;
}
