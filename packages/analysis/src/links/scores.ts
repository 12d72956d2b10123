/**
 * Plain link-prediction scores on the undirected, unweighted simple view of a network:
 * common neighbours, Jaccard, Adamic-Adar, resource allocation and preferential attachment.
 * Formulas as in networkx 3.6.1 `networkx.algorithms.link_prediction` (docs/metrics §3.3):
 * Liben-Nowell & Kleinberg (2007), J. ASIST 58(7); Adamic & Adar (2003), Social Networks 25(3);
 * Zhou, Lü & Zhang (2009), Eur. Phys. J. B 71 (resource allocation).
 */
import type Graph from "graphology";
import { buildView, compareIds, type GraphView } from "../view/graph-view.ts";

export interface PairScores {
  u: string;
  v: string;
  is_edge: boolean;
  common_neighbors: number;
  jaccard: number;
  adamic_adar: number;
  resource_allocation: number;
  preferential_attachment: number;
}

export type PlainScore =
  | "common_neighbors"
  | "jaccard"
  | "adamic_adar"
  | "resource_allocation"
  | "preferential_attachment";
export const PLAIN_SCORES: readonly PlainScore[] = [
  "common_neighbors",
  "jaccard",
  "adamic_adar",
  "resource_allocation",
  "preferential_attachment",
];

/** The view link prediction reads: undirected (directed ties symmetrised), every tie counts 1. */
export function linkView(graph: Graph): GraphView {
  return buildView(graph, { directed: false, getEdgeWeight: null });
}

export function degreeOf(view: GraphView, i: number): number {
  return view.outOffsets[i + 1] - view.outOffsets[i];
}

/** Whether i and j are tied (binary search in i's sorted row). */
export function hasTie(view: GraphView, i: number, j: number): boolean {
  let lo = view.outOffsets[i];
  let hi = view.outOffsets[i + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = view.outTargets[mid];
    if (t === j) return true;
    if (t < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Common neighbours of i and j (merge of two sorted rows). */
export function commonNeighbours(view: GraphView, i: number, j: number): number[] {
  const out: number[] = [];
  let a = view.outOffsets[i];
  let b = view.outOffsets[j];
  const aEnd = view.outOffsets[i + 1];
  const bEnd = view.outOffsets[j + 1];
  while (a < aEnd && b < bEnd) {
    const x = view.outTargets[a];
    const y = view.outTargets[b];
    if (x === y) {
      if (x !== i && x !== j) out.push(x);
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return out;
}

/** All five scores of one pair of vertex indices. */
export function scorePairIndex(view: GraphView, i: number, j: number): PairScores {
  const common = commonNeighbours(view, i, j);
  const di = degreeOf(view, i);
  const dj = degreeOf(view, j);
  let aa = 0;
  let ra = 0;
  for (const w of common) {
    const dw = degreeOf(view, w);
    aa += 1 / Math.log(dw);
    ra += 1 / dw;
  }
  // |N(i) ∪ N(j)| = di + dj - |N(i) ∩ N(j)| (i and j count as each other's neighbours when tied).
  const tied = hasTie(view, i, j);
  const union = di + dj - common.length;
  return {
    u: view.ids[i],
    v: view.ids[j],
    is_edge: tied,
    common_neighbors: common.length,
    jaccard: union === 0 ? 0 : common.length / union,
    adamic_adar: aa,
    resource_allocation: ra,
    preferential_attachment: di * dj,
  };
}

/** All five scores of a pair of organisation ids; null when either id is unknown. */
export function scorePair(view: GraphView, u: string, v: string): PairScores | null {
  const i = view.index.get(u);
  const j = view.index.get(v);
  if (i === undefined || j === undefined || i === j) return null;
  return scorePairIndex(view, i, j);
}

/** Each unordered non-tied pair at distance two, once (i < j), in index order. */
export function forEachTwoHopPair(view: GraphView, visit: (i: number, j: number) => void): void {
  const mark = new Int32Array(view.n).fill(-1);
  for (let i = 0; i < view.n; i++) {
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) mark[view.outTargets[e]] = i;
    mark[i] = i;
    const seen: number[] = [];
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const w = view.outTargets[e];
      for (let f = view.outOffsets[w]; f < view.outOffsets[w + 1]; f++) {
        const j = view.outTargets[f];
        if (j <= i || mark[j] === i) continue;
        mark[j] = i; // visit each j once; tied j were marked above
        seen.push(j);
      }
    }
    seen.sort((a, b) => a - b);
    for (const j of seen) visit(i, j);
  }
}

export interface TopLinksOptions {
  /** How many pairs (default 20). */
  k?: number;
  /** The ranking score (default resource_allocation, as the reference values). */
  score?: PlainScore;
  /**
   * Order of pairs with equal scores (rounded to 9 decimals): "insertion" = the graph's node order
   * (row order of nodes.csv, as networkx), "id" = natural id order. Default "id".
   */
  tieBreak?: "insertion" | "id";
}

/** How many pairs and which score `topLinkPredictions` uses by default (the registry's option defaults). */
export const LINK_PREDICTION_DEFAULTS = { k: 20, score: "resource_allocation" } as const satisfies {
  k: number;
  score: PlainScore;
};

/**
 * The k non-tied pairs with the highest score. Pairs without common neighbours (score 0 for all but
 * preferential attachment) fill the list only when fewer than k pairs share a neighbour; only then
 * are all pairs visited, so the usual case stays near-linear in the number of two-step paths.
 */
export function topLinkPredictions(
  graphOrView: Graph | GraphView,
  options: TopLinksOptions = {},
): PairScores[] {
  const view = "outOffsets" in graphOrView ? (graphOrView as GraphView) : linkView(graphOrView as Graph);
  const k = options.k ?? LINK_PREDICTION_DEFAULTS.k;
  const score = options.score ?? LINK_PREDICTION_DEFAULTS.score;
  const byId = (options.tieBreak ?? "id") === "id";
  const rank = byId ? idRanks(view) : Int32Array.from({ length: view.n }, (_, i) => i);
  const key = (i: number, j: number): [number, number] => (rank[i] < rank[j] ? [i, j] : [j, i]);
  const rows: Array<{ s: number; a: number; b: number; scores: PairScores }> = [];
  const push = (i: number, j: number) => {
    const [a, b] = key(i, j);
    const scores = scorePairIndex(view, a, b);
    rows.push({ s: Math.round(scores[score] * 1e9), a: rank[a], b: rank[b], scores });
  };
  if (score === "preferential_attachment") {
    for (let i = 0; i < view.n; i++) for (let j = i + 1; j < view.n; j++) if (!hasTie(view, i, j)) push(i, j);
  } else {
    forEachTwoHopPair(view, push);
    if (rows.length < k) {
      // Pad with score-0 pairs in tie-break order.
      const inTwoHop = new Set(rows.map((r) => r.a * view.n + r.b));
      const byRank = Array.from({ length: view.n }, (_, i) => i).sort((x, y) => rank[x] - rank[y]);
      let need = k - rows.length;
      for (let x = 0; x < byRank.length && need > 0; x++)
        for (let y = x + 1; y < byRank.length && need > 0; y++) {
          const i = byRank[x];
          const j = byRank[y];
          if (inTwoHop.has(rank[i] * view.n + rank[j]) || hasTie(view, i, j)) continue;
          push(i, j);
          need--;
        }
    }
  }
  rows.sort((p, q) => q.s - p.s || p.a - q.a || p.b - q.b);
  return rows.slice(0, k).map((r) => r.scores);
}

/** Rank of each vertex in natural id order. */
export function idRanks(view: GraphView): Int32Array {
  const order = Array.from({ length: view.n }, (_, i) => i).sort((a, b) =>
    compareIds(view.ids[a], view.ids[b]),
  );
  const rank = new Int32Array(view.n);
  order.forEach((v, r) => {
    rank[v] = r;
  });
  return rank;
}
