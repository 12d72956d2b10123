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
import { IndexedMinHeap } from "../engine/heap.ts";
import { type DistanceTransform, edgeLengths } from "../engine/lengths.ts";
import { progressEvery, resolveRange, type SourceRange } from "../engine/source-range.ts";
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
  distance?: DistanceTransform;
}

export function distanceSums(
  view: GraphView,
  options: DistanceSumsOptions = {},
  range: SourceRange = {},
): DistanceSums {
  const { n } = view;
  const dir = view.directed ? (options.direction ?? "out") : "out";
  const off = dir === "out" ? view.outOffsets : view.inOffsets;
  const adj = dir === "out" ? view.outTargets : view.inTargets;
  const lengths = edgeLengths(view, options.distance ?? "none", dir);
  const result: DistanceSums = {
    total: new Float64Array(n),
    reach: new Int32Array(n),
    harmonic: new Float64Array(n),
    eccentricity: new Float64Array(n),
  };
  const { from, to } = resolveRange(n, range);
  const every = progressEvery(to - from);
  const order = new Int32Array(n);
  if (lengths === null) {
    const dist = new Int32Array(n).fill(-1);
    for (let s = from; s < to; s++) {
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
      store(result, s, total, tail, harmonic, ecc);
      if (range.onProgress && (s - from + 1) % every === 0) range.onProgress(s - from + 1, to - from);
    }
    return result;
  }
  const INF = Number.POSITIVE_INFINITY;
  const dist = new Float64Array(n).fill(INF);
  const settled = new Uint8Array(n);
  const heap = new IndexedMinHeap(n, dist);
  for (let s = from; s < to; s++) {
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
    store(result, s, total, count, harmonic, ecc);
    if (range.onProgress && (s - from + 1) % every === 0) range.onProgress(s - from + 1, to - from);
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
