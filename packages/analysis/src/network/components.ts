/**
 * Connected components (ties taken in both directions: weak components of a digraph) by BFS, and
 * fragmentation F = 1 − Σ_k s_k(s_k−1) / (n(n−1)) (Borgatti 2006, "Identifying sets of key
 * players"): the share of pairs of organisations that cannot reach each other. Weights ignored.
 */
import { compareIds, type GraphView } from "../view/graph-view.ts";

export interface ComponentLabels {
  /** Component number per vertex; components numbered by decreasing size, ties by smallest id. */
  label: Int32Array;
  /** Sizes, largest first. */
  sizes: number[];
}

export function componentLabels(view: GraphView): ComponentLabels {
  const { n } = view;
  const raw = new Int32Array(n).fill(-1);
  const rawSizes: number[] = [];
  const queue = new Int32Array(n);
  const { outOffsets, outTargets, inOffsets, inTargets } = view;
  // An undirected view stores every tie in both rows and shares its in- and out-arrays.
  const twoWay = inOffsets !== outOffsets;
  for (let s = 0; s < n; s++) {
    if (raw[s] >= 0) continue;
    const c = rawSizes.length;
    raw[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let e = outOffsets[v], end = outOffsets[v + 1]; e < end; e++) {
        const w = outTargets[e];
        if (raw[w] < 0) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
      if (twoWay)
        for (let e = inOffsets[v], end = inOffsets[v + 1]; e < end; e++) {
          const w = inTargets[e];
          if (raw[w] < 0) {
            raw[w] = c;
            queue[tail++] = w;
          }
        }
    }
    rawSizes.push(tail);
  }
  return relabelBySize(view, raw, rawSizes);
}

/** Renumber components: largest first, equal sizes by their smallest member id. */
export function relabelBySize(view: GraphView, raw: Int32Array, rawSizes: number[]): ComponentLabels {
  const minId: string[] = new Array(rawSizes.length);
  for (let v = 0; v < view.n; v++) {
    const c = raw[v];
    if (minId[c] === undefined || compareIds(view.ids[v], minId[c]) < 0) minId[c] = view.ids[v];
  }
  const order = rawSizes
    .map((_, c) => c)
    .sort((a, b) => rawSizes[b] - rawSizes[a] || compareIds(minId[a], minId[b]));
  const rank = new Int32Array(rawSizes.length);
  order.forEach((c, i) => {
    rank[c] = i;
  });
  const label = new Int32Array(view.n);
  for (let v = 0; v < view.n; v++) label[v] = rank[raw[v]];
  return { label, sizes: order.map((c) => rawSizes[c]) };
}

export interface ComponentsResult {
  count: number;
  sizes: number[];
  /** Share of organisations in the largest component (null for an empty network). */
  largest_share: number | null;
  /** Organisations without any tie, sorted by id. */
  isolates: string[];
  /** Share of pairs that cannot reach each other; null when there are fewer than 2 organisations. */
  fragmentation: number | null;
}

export function fragmentationOf(sizes: readonly number[], n: number): number | null {
  if (n < 2) return null;
  let reachablePairs = 0;
  for (const s of sizes) reachablePairs += s * (s - 1);
  return 1 - reachablePairs / (n * (n - 1));
}

export function components(
  view: GraphView,
  labels: ComponentLabels = componentLabels(view),
): ComponentsResult {
  const { n } = view;
  const isolates: string[] = [];
  for (let v = 0; v < n; v++) {
    if (view.outOffsets[v + 1] === view.outOffsets[v] && view.inOffsets[v + 1] === view.inOffsets[v])
      isolates.push(view.ids[v]);
  }
  isolates.sort(compareIds);
  return {
    count: labels.sizes.length,
    sizes: labels.sizes,
    largest_share: n === 0 ? null : labels.sizes[0] / n,
    isolates,
    fragmentation: fragmentationOf(labels.sizes, n),
  };
}
