/**
 * The undirected version of a view: i—j whenever i→j or j→i, with the strengths of both arcs
 * summed (the "mutual weight" a_ij + a_ji of networkx's structural holes). An undirected view is
 * returned unchanged.
 */
import type { GraphView } from "../view/graph-view.ts";

export function symmetrise(view: GraphView): GraphView {
  if (!view.directed) return view;
  const { n } = view;
  // Count distinct neighbours: union of out- and in-rows (both sorted by vertex index).
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + mergeRows(view, v, null, null, 0);
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let v = 0; v < n; v++) mergeRows(view, v, targets, weights, offsets[v]);
  return {
    n,
    m: offsets[n] / 2,
    directed: false,
    weighted: view.weighted,
    ids: view.ids,
    index: view.index,
    outOffsets: offsets,
    outTargets: targets,
    outWeights: weights,
    inOffsets: offsets,
    inTargets: targets,
    inWeights: weights,
  };
}

/** Merge the sorted out- and in-rows of v; write them when `targets` is given; return the count. */
function mergeRows(
  view: GraphView,
  v: number,
  targets: Int32Array | null,
  weights: Float64Array | null,
  at: number,
): number {
  let i = view.outOffsets[v];
  const iEnd = view.outOffsets[v + 1];
  let j = view.inOffsets[v];
  const jEnd = view.inOffsets[v + 1];
  let k = 0;
  while (i < iEnd || j < jEnd) {
    const a = i < iEnd ? view.outTargets[i] : Number.MAX_SAFE_INTEGER;
    const b = j < jEnd ? view.inTargets[j] : Number.MAX_SAFE_INTEGER;
    let t: number;
    let w = 0;
    if (a === b) {
      t = a;
      w = view.outWeights[i++] + view.inWeights[j++];
    } else if (a < b) {
      t = a;
      w = view.outWeights[i++];
    } else {
      t = b;
      w = view.inWeights[j++];
    }
    if (targets && weights) {
      targets[at + k] = t;
      weights[at + k] = w;
    }
    k++;
  }
  return k;
}
