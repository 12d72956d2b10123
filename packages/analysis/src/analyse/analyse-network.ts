/**
 * `analyseNetwork`: every selected registry metric on one network. Each descriptor
 * (registry/*-metrics.ts) names the shared passes it reads; the union of those passes runs once
 * (one Brandes pass for betweenness and centralization; one distance-sum pass for closeness,
 * harmonic, distances and centralization) and nothing else runs. Output: a plain, sorted,
 * JSON-serialisable AnalysisResult (docs/analyse-json.md).
 *
 * Weights: the view carries strengths; betweenness, closeness and distances are unweighted
 * (every tie one step) unless `distance` turns strength into a length explicitly ("inverse":
 * 1/strength; "weight": the weight itself is the length); `pagerank_weighted` and `strength`
 * use strength.
 * Digraphs (every tie directed): in/out variants; an inventory's mixed network is undirected.
 */
import { DEFAULT_SEED, type EcoNetwork } from "@ecolens/core";
import { DEFAULT_WEIGHT_MODE } from "../engine/lengths.ts";
import { ANALYSE_METRICS, type AnalyseMetric } from "../registry/index.ts";
import type { GroupResults, MetricValues, NetworkSummary, NodeMetrics } from "../registry/result-types.ts";
import { buildView, compareIds, type GraphView } from "../view/graph-view.ts";
import { computeMetric, createPassRunner, planPasses } from "./pass-runner.ts";
import { topFindings } from "./top-findings.ts";
import type { AnalyseOptions, AnalysisResult } from "./types.ts";

/** Checks metric ids against the registry; returns their descriptors in registry order. */
export function resolveMetrics(ids: readonly string[] | undefined): AnalyseMetric[] {
  if (ids === undefined) return [...ANALYSE_METRICS];
  const known = ANALYSE_METRICS.map((m) => m.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw new RangeError(
      `@ecolens/analysis analyseNetwork: unknown metric id(s) ${unknown.join(", ")}; known: ${known.join(", ")}`,
    );
  return ANALYSE_METRICS.filter((m) => ids.includes(m.id));
}

/** Checks metric ids against the registry; returns them in registry order. */
export function resolveMetricIds(ids: readonly string[] | undefined): string[] {
  return resolveMetrics(ids).map((m) => m.id);
}

export function analyseNetwork(network: EcoNetwork, options: AnalyseOptions = {}): AnalysisResult {
  const metrics = resolveMetrics(options.metrics);
  const onProgress = options.onProgress ?? (() => {});
  const seed = options.seed ?? DEFAULT_SEED;
  const distance = options.distance ?? DEFAULT_WEIGHT_MODE;
  const view = buildView(network.graph);
  const env = {
    network,
    view,
    distance,
    groupBy: options.groupBy,
    precomputed: options.precomputed,
    onProgress,
  };
  const plan = planPasses(metrics);
  const runner = createPassRunner(env, plan, options.onPass);
  // The long all-pairs passes first, so progress shows them as the steps they are.
  for (const id of plan) if (id === "betweenness" || id === "distance_sums") runner.get(id);
  onProgress("local metrics", 0, 1);

  const base = { network, view, distance, seed, groupBy: options.groupBy };
  const placed = metrics.map((m) => computeMetric(m, base, runner));
  const summary: NetworkSummary = { n: view.n, m: view.m, directed: view.directed, weighted: view.weighted };
  const groups: GroupResults = Object.create(null);
  for (const values of placed) {
    Object.assign(summary, values.summary);
    Object.assign(groups, values.groups);
  }
  const nodes = nodeRecords(view, placed);
  const labels = new Map(
    view.ids.map((id) => [id, String(network.graph.getNodeAttribute(id, "label") ?? id)]),
  );
  return {
    meta: {
      metrics: metrics.map((m) => m.id),
      directed: view.directed,
      weighted: view.weighted,
      group_by: options.groupBy ?? null,
      distance,
      betweenness_sources: options.precomputed?.betweennessSources ?? null,
      seed,
    },
    summary,
    nodes,
    groups,
    top: topFindings(nodes, labels, runner.peek("articulation")?.cut_off),
  };
}

/**
 * Per-organisation rows `{id: {metric: value}}`, ids in natural order: the per-vertex columns
 * with their keys sorted, then the per-id maps in registry order.
 */
function nodeRecords(view: GraphView, placed: readonly MetricValues[]): Record<string, NodeMetrics> {
  const columns: Record<string, ArrayLike<number | null>> = Object.create(null);
  const byId: Record<string, Record<string, number | null>> = Object.create(null);
  for (const values of placed) {
    Object.assign(columns, values.columns);
    Object.assign(byId, values.byId);
  }
  const keys = Object.keys(columns).sort();
  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  const out: Record<string, NodeMetrics> = Object.create(null);
  for (const [id, i] of order) {
    const row: NodeMetrics = Object.create(null);
    for (const k of keys) {
      const value = columns[k][i];
      row[k] = value === null || Number.isNaN(value) ? null : value;
    }
    for (const [k, values] of Object.entries(byId)) row[k] = values[id] ?? null;
    out[id] = row;
  }
  return out;
}
