/**
 * How well a link score finds ties we know exist: hide a share of the ties at random (seeded,
 * repeated), score every pair without a remaining tie, and measure
 *   AUC: the chance that a hidden tie scores higher than a pair that is really untied (ties 1/2);
 *   precision@k: the share of hidden ties among the k best-scored pairs (k = number hidden);
 *     pairs tied in score at the cut share the remaining places pro rata (no lucky tie-break).
 * Liben-Nowell & Kleinberg (2007), J. ASIST 58(7); Lü & Zhou (2011), Physica A 390(6) for the
 * AUC and precision definitions.
 */
import { createRng, DEFAULT_SEED, type EcoGraph, type EcoNetwork, shuffleInPlace } from "@ecolens/core";
import { MultiGraph } from "graphology";
import type { GraphView } from "../view/graph-view.ts";
import { hasTie, linkView, PLAIN_SCORES, type PlainScore, scorePairIndex } from "./scores.ts";
import { createPairScorer, type SuggestOptions } from "./suggest.ts";

/** Builds a pair score for one training network. */
export type ScoreFactory = (training: EcoNetwork, view: GraphView) => (i: number, j: number) => number;

export function plainFactory(score: PlainScore): ScoreFactory {
  return (_net, view) => (i, j) => scorePairIndex(view, i, j)[score];
}
export function combinedFactory(options: SuggestOptions = {}): ScoreFactory {
  return (net, view) => {
    const scorer = createPairScorer(net, options, view);
    return (i, j) => scorer.score(i, j).score;
  };
}
export function defaultFactories(options: SuggestOptions = {}): Record<string, ScoreFactory> {
  const out: Record<string, ScoreFactory> = Object.create(null);
  for (const s of PLAIN_SCORES) out[s] = plainFactory(s);
  out.combined = combinedFactory(options);
  return out;
}

export interface EvaluationOptions {
  /** Share of ties hidden per run (default 0.1). */
  fraction?: number;
  repeats?: number;
  seed?: number;
}

export interface ScoreQuality {
  score: string;
  auc_mean: number;
  auc_sd: number;
  precision_mean: number;
  precision_sd: number;
}

export interface Evaluation {
  n: number;
  m: number;
  hidden_per_run: number;
  repeats: number;
  seed: number;
  results: ScoreQuality[];
}

/** The network with only the given ties (undirected, strength 1), nodes in the original order. */
function trainingNetwork(network: EcoNetwork, view: GraphView, keep: Array<[number, number]>): EcoNetwork {
  const graph: EcoGraph = new MultiGraph({ type: "mixed" });
  network.graph.forEachNode((id, attrs) => {
    graph.addNode(id, attrs);
  });
  for (const [i, j] of keep)
    graph.addUndirectedEdge(view.ids[i], view.ids[j], { relation_type: "tie", weight: 1, directed: false });
  return { ...network, graph, relations: [] };
}

export function evaluateLinkPrediction(
  network: EcoNetwork,
  factories: Record<string, ScoreFactory> = defaultFactories(),
  options: EvaluationOptions = {},
): Evaluation {
  const fraction = options.fraction ?? 0.1;
  const repeats = options.repeats ?? 10;
  const seed = options.seed ?? DEFAULT_SEED;
  const full = linkView(network.graph);
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < full.n; i++)
    for (let e = full.outOffsets[i]; e < full.outOffsets[i + 1]; e++)
      if (full.outTargets[e] > i) edges.push([i, full.outTargets[e]]);
  const hide = Math.max(1, Math.round(fraction * edges.length));
  const per: Record<string, { auc: number[]; prec: number[] }> = Object.create(null);
  for (const name of Object.keys(factories)) per[name] = { auc: [], prec: [] };
  for (let r = 0; r < repeats && edges.length > 1; r++) {
    const order = shuffleInPlace([...edges], createRng(seed + r));
    const hidden = order.slice(0, hide);
    const training = trainingNetwork(network, full, order.slice(hide));
    const view = linkView(training.graph);
    const hiddenKeys = new Set(hidden.map(([i, j]) => i * full.n + j));
    for (const [name, factory] of Object.entries(factories)) {
      const score = factory(training, view);
      const pos: number[] = [];
      const neg: number[] = [];
      for (let i = 0; i < full.n; i++)
        for (let j = i + 1; j < full.n; j++) {
          if (hasTie(view, i, j)) continue;
          (hiddenKeys.has(i * full.n + j) ? pos : neg).push(score(i, j));
        }
      per[name].auc.push(auc(pos, neg));
      per[name].prec.push(precisionAtK(pos, neg, hidden.length));
    }
  }
  const stats = (xs: number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
    return [mean, xs.length > 1 ? sd : 0];
  };
  return {
    n: full.n,
    m: edges.length,
    hidden_per_run: hide,
    repeats,
    seed,
    results: Object.keys(factories).map((score) => {
      const [auc_mean, auc_sd] = stats(per[score].auc);
      const [precision_mean, precision_sd] = stats(per[score].prec);
      return { score, auc_mean, auc_sd, precision_mean, precision_sd };
    }),
  };
}

/** Mann-Whitney AUC with ties counted 1/2 (rounded to 1e-12 so float noise is no tie-breaker). */
export function auc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const all = [
    ...pos.map((s) => [Math.round(s * 1e12), 1] as const),
    ...neg.map((s) => [Math.round(s * 1e12), 0] as const),
  ];
  all.sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let a = 0; a < all.length; ) {
    let b = a;
    while (b < all.length && all[b][0] === all[a][0]) b++;
    const midRank = (a + 1 + b) / 2;
    for (let x = a; x < b; x++) if (all[x][1] === 1) rankSum += midRank;
    a = b;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** Expected share of positives among the k best, with the pairs tied at the cut sharing places. */
export function precisionAtK(pos: readonly number[], neg: readonly number[], k: number): number {
  if (k <= 0) return Number.NaN;
  const all = [
    ...pos.map((s) => [Math.round(s * 1e12), 1] as const),
    ...neg.map((s) => [Math.round(s * 1e12), 0] as const),
  ];
  all.sort((a, b) => b[0] - a[0]);
  let hits = 0;
  let taken = 0;
  for (let a = 0; a < all.length && taken < k; ) {
    let b = a;
    let groupPos = 0;
    while (b < all.length && all[b][0] === all[a][0]) groupPos += all[b++][1];
    const size = b - a;
    const room = Math.min(size, k - taken);
    hits += (groupPos * room) / size;
    taken += room;
    a = b;
  }
  return hits / k;
}
