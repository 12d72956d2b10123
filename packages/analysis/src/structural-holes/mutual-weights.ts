/**
 * The undirected "mutual weight" graph behind Burt's measures: w_ij = a_ij + a_ji, neighbours =
 * in- or out-neighbours (networkx `mutual_weight`). For an undirected view w_ij = a_ij (the
 * factor 2 networkx gets from a_ij + a_ji cancels in every normalised quantity).
 */
import type { GraphView } from "../view/graph-view.ts";

export interface MutualWeights {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export function mutualWeights(view: GraphView): MutualWeights {
  const { n } = view;
  if (!view.directed) {
    return { n, offsets: view.outOffsets, targets: view.outTargets, weights: view.outWeights };
  }
  const rows: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < n; i++) {
    for (let k = view.outOffsets[i]; k < view.outOffsets[i + 1]; k++) {
      const j = view.outTargets[k];
      const w = view.outWeights[k];
      rows[i].set(j, (rows[i].get(j) ?? 0) + w);
      rows[j].set(i, (rows[j].get(i) ?? 0) + w);
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + rows[i].size;
  const targets = new Int32Array(offsets[n]);
  const weights = new Float64Array(offsets[n]);
  for (let i = 0; i < n; i++) {
    const sorted = [...rows[i].entries()].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([j, w], k) => {
      targets[offsets[i] + k] = j;
      weights[offsets[i] + k] = w;
    });
  }
  return { n, offsets, targets, weights };
}
