/**
 * Closeness and harmonic centrality estimated from k sampled sources, for networks where every
 * pair is out of reach: Eppstein & Wang (2004), "Fast approximation of centrality", J. Graph
 * Algorithms Appl. 8(1). One BFS from each of k seeded random sources s; for every vertex v the
 * distances d(s,v) from the sampled sources other than v in v's component, scaled by the
 * component's size, estimate the sums over all vertices that closeness and harmonic centrality are
 * built from; components the sample missed get exact sums. With k = n the estimate is exact.
 *
 * Unweighted only (BFS). The eccentricity is not estimated: it holds the largest distance seen,
 * a lower bound, so the diameter and path-length metrics must not be taken from these sums.
 * The error is measured, not assumed: per vertex, the standard error of the mean sampled distance
 * (finite-population corrected) relative to that mean; `relativeError` is its median over the
 * vertices.
 */

import type { DistanceSums } from "../distances/distance-sums.ts";
import { symmetrise } from "../engine/symmetrise.ts";
import type { GraphView } from "../view/graph-view.ts";
import { type SampleOptions, sampleOrder } from "./sample.ts";

export interface SampledDistances {
  in: DistanceSums;
  out: DistanceSums;
  und: DistanceSums;
  /** Sources the estimate rests on. */
  sources: number;
  /** Median over vertices of the relative standard error of the estimated distance sum. */
  relativeError: number;
}

interface Accumulator {
  sum: Float64Array;
  squares: Float64Array;
  count: Int32Array;
  harmonic: Float64Array;
  farthest: Float64Array;
}

/** BFS from each source along `offsets/targets`, adding d(s,v) into the accumulator for v ≠ s. */
function accumulate(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  sources: Int32Array,
  onSource?: (done: number) => void,
): Accumulator {
  const acc: Accumulator = {
    sum: new Float64Array(n),
    squares: new Float64Array(n),
    count: new Int32Array(n),
    harmonic: new Float64Array(n),
    farthest: new Float64Array(n),
  };
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++];
      const du = dist[u];
      if (u !== s) {
        acc.sum[u] += du;
        acc.squares[u] += du * du;
        acc.count[u]++;
        acc.harmonic[u] += 1 / du;
        if (du > acc.farthest[u]) acc.farthest[u] = du;
      }
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const w = targets[e];
        if (dist[w] < 0) {
          dist[w] = du + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let j = 0; j < tail; j++) dist[queue[j]] = -1;
    onSource?.(i + 1);
  }
  return acc;
}

/** Weak components: a label per vertex and each label's size. */
function components(und: GraphView): { label: Int32Array; size: Int32Array } {
  const { n, outOffsets, outTargets } = und;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let r = 0; r < n; r++) {
    if (label[r] >= 0) continue;
    let head = 0;
    let tail = 0;
    label[r] = sizes.length;
    queue[tail++] = r;
    while (head < tail) {
      const u = queue[head++];
      for (let e = outOffsets[u]; e < outOffsets[u + 1]; e++)
        if (label[outTargets[e]] < 0) {
          label[outTargets[e]] = sizes.length;
          queue[tail++] = outTargets[e];
        }
    }
    sizes.push(tail);
  }
  return { label, size: Int32Array.from(sizes) };
}

interface Strata {
  label: Int32Array;
  size: Int32Array;
  /** Sampled sources per component. */
  sampledIn: Int32Array;
  sampled: Uint8Array;
}

/** Exact sums into v from every vertex that reaches it: BFS from v along the reversed arcs. */
function exactInto(v: number, offsets: Int32Array, targets: Int32Array, n: number) {
  const dist = new Map<number, number>([[v, 0]]);
  const queue = [v];
  let total = 0;
  let harmonic = 0;
  let farthest = 0;
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    const du = dist.get(u) as number;
    if (u !== v) {
      total += du;
      harmonic += 1 / du;
      farthest = Math.max(farthest, du);
    }
    for (let e = offsets[u]; e < offsets[u + 1] && queue.length <= n; e++)
      if (!dist.has(targets[e])) {
        dist.set(targets[e], du + 1);
        queue.push(targets[e]);
      }
  }
  return { total, reach: queue.length, harmonic, farthest };
}

/**
 * The accumulated sample scaled to estimates of the full sums, stratified by weak component: the
 * sources that can reach v all lie in v's component, so its sampled sources stand for the
 * component's other vertices. A vertex whose component has no other sampled source gets exact
 * sums (one BFS along `reverse`); these are the small components the sample missed.
 */
function toSums(
  n: number,
  acc: Accumulator,
  strata: Strata,
  reverse: { offsets: Int32Array; targets: Int32Array },
  errors: number[],
): DistanceSums {
  const out: DistanceSums = {
    total: new Float64Array(n),
    reach: new Int32Array(n),
    harmonic: new Float64Array(n),
    eccentricity: acc.farthest,
  };
  for (let v = 0; v < n; v++) {
    const others = strata.size[strata.label[v]] - 1;
    const kv = strata.sampledIn[strata.label[v]] - strata.sampled[v];
    const c = acc.count[v];
    if (kv === 0) {
      const exact = others > 0 ? exactInto(v, reverse.offsets, reverse.targets, n) : null;
      out.total[v] = exact?.total ?? 0;
      out.reach[v] = exact?.reach ?? 1;
      out.harmonic[v] = exact?.harmonic ?? 0;
      if (exact) out.eccentricity[v] = exact.farthest;
      continue;
    }
    const scale = others / kv;
    out.total[v] = acc.sum[v] * scale;
    out.reach[v] = 1 + Math.round(c * scale);
    out.harmonic[v] = acc.harmonic[v] * scale;
    if (c > 1 && c < others && acc.sum[v] > 0) {
      const mean = acc.sum[v] / c;
      const variance = Math.max(0, acc.squares[v] / c - mean * mean) * (c / (c - 1));
      errors.push(Math.sqrt((variance / c) * (1 - c / others)) / mean);
    }
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Estimated distance sums (as `distanceSums` gives them: in, out and undirected) from k sampled
 * sources, drawn as sampled betweenness draws them (same seed, same sources).
 */
export function sampledDistanceSums(
  view: GraphView,
  sample: SampleOptions,
  onProgress?: (done: number, total: number) => void,
): SampledDistances {
  const { n } = view;
  const k = Math.max(0, Math.min(n, Math.floor(sample.k)));
  const sources = sampleOrder(n, k, sample.seed).slice(0, k);
  const sampled = new Uint8Array(n);
  for (const s of sources) sampled[s] = 1;
  const und = view.directed ? symmetrise(view) : view;
  const { label, size } = components(und);
  const sampledIn = new Int32Array(size.length);
  for (const s of sources) sampledIn[label[s]]++;
  const strata: Strata = { label, size, sampledIn, sampled };
  const passes = view.directed ? 3 : 1;
  const report = (pass: number) => (done: number) => onProgress?.(pass * k + done, passes * k);
  const errors: number[] = [];
  const forward = { offsets: view.outOffsets, targets: view.outTargets };
  const backward = { offsets: view.inOffsets, targets: view.inTargets };
  // "in": distances from the sources TO v, along out-arcs; "out": from v to the sources, along in-arcs.
  const inAcc = accumulate(n, forward.offsets, forward.targets, sources, report(0));
  const inSums = toSums(n, inAcc, strata, backward, errors);
  if (!view.directed)
    return { in: inSums, out: inSums, und: inSums, sources: k, relativeError: median(errors) };
  const outSums = toSums(
    n,
    accumulate(n, backward.offsets, backward.targets, sources, report(1)),
    strata,
    forward,
    [],
  );
  const undSums = toSums(
    n,
    accumulate(n, und.outOffsets, und.outTargets, sources, report(2)),
    strata,
    { offsets: und.outOffsets, targets: und.outTargets },
    [],
  );
  return { in: inSums, out: outSums, und: undSums, sources: k, relativeError: median(errors) };
}
