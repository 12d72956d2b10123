/**
 * A relabelled copy of a view whose vertex numbers follow a breadth-first order, so that
 * neighbours sit close together in memory. The all-pairs kernels (betweenness, distance sums) read
 * dist/sigma/delta at every neighbour of every vertex, and on a large graph most of those reads
 * miss the cache when the numbering is the input's; in breadth-first order they cost 12-16% less
 * CPU at 10^5 vertices and nothing measurable at 10^4 (bench/results/2026-12-07-locality.md).
 *
 * Results stay bit-identical: each row keeps its neighbours in the input's order (renumbered, not
 * re-sorted), so a search visits them in the same sequence and adds the same numbers in the same
 * order. That is why this copy's rows are NOT sorted by vertex index, unlike buildView's: use it
 * only for the unweighted all-pairs kernels, which never rely on the sort.
 */
import type { GraphView } from "../view/graph-view.ts";

export interface LocalityOrder {
  view: GraphView;
  /** Input vertex -> vertex in `view`. */
  rank: Int32Array;
}

/** Below this many vertices the working arrays fit the caches: no relabelling (no gain at 10^4). */
export const LOCALITY_MIN_VERTICES = 20_000;

const copies = new WeakMap<GraphView, LocalityOrder>();

/** Breadth-first order over both directions, each component from its lowest-numbered vertex. */
function breadthFirstOrder(view: GraphView): Int32Array {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = view;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let tail = 0;
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = 1;
    order[tail++] = s;
    for (let head = tail - 1; head < tail; head++) {
      const v = order[head];
      for (let e = outOffsets[v]; e < outOffsets[v + 1]; e++) {
        const w = outTargets[e];
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
      for (let e = inOffsets[v]; e < inOffsets[v + 1]; e++) {
        const w = inTargets[e];
        if (!seen[w]) {
          seen[w] = 1;
          order[tail++] = w;
        }
      }
    }
  }
  return order;
}

function relabelRows(
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  order: Int32Array,
  rank: Int32Array,
) {
  const n = order.length;
  const o = new Int32Array(n + 1);
  const t = new Int32Array(targets.length);
  const w = new Float64Array(weights.length);
  for (let i = 0; i < n; i++) {
    const v = order[i];
    let at = o[i];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      t[at] = rank[targets[e]];
      w[at++] = weights[e];
    }
    o[i + 1] = at;
  }
  return { o, t, w };
}

/** The relabelled copy of `view` (made once per view). */
export function localityOrder(view: GraphView): LocalityOrder {
  const known = copies.get(view);
  if (known) return known;
  const order = breadthFirstOrder(view);
  const rank = new Int32Array(view.n);
  for (let i = 0; i < view.n; i++) rank[order[i]] = i;
  const out = relabelRows(view.outOffsets, view.outTargets, view.outWeights, order, rank);
  const shared = view.inOffsets === view.outOffsets;
  const inn = shared ? out : relabelRows(view.inOffsets, view.inTargets, view.inWeights, order, rank);
  const ids = Array.from(order, (v) => view.ids[v]);
  const relabelled: GraphView = {
    n: view.n,
    m: view.m,
    directed: view.directed,
    weighted: view.weighted,
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    outOffsets: out.o,
    outTargets: out.t,
    outWeights: out.w,
    inOffsets: inn.o,
    inTargets: inn.t,
    inWeights: inn.w,
  };
  const result = { view: relabelled, rank };
  copies.set(view, result);
  return result;
}
