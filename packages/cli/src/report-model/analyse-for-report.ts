/**
 * The helicopter-view analysis for the report, exact up to LARGE_NETWORK organisations. Above it,
 * exact all-pairs betweenness and closeness dominate the report's time (bench/results/report.md:
 * 16 s of 38 s at 5,000, 357 s of 378 s at 20,000), and `analyseNetwork` has no sampling option.
 * So the report then asks `analyseNetwork` for everything except the all-pairs metrics and
 * estimates betweenness from SAMPLE_SOURCES seeded random sources (Brandes & Pich 2007,
 * "Centrality estimation in large networks", via analysis' `sampleOrder`/`permuteView` and the
 * exact kernel on the first k sources, scaled by n/k). Closeness, harmonic centrality, path
 * lengths and centralization are left out there; the method section says so.
 */
import {
  ANALYSE_METRICS,
  type AnalysisResult,
  analyseNetwork,
  betweennessSums,
  buildView,
  compareIds,
  permuteView,
  sampleOrder,
  scaleBetweenness,
  TOP_SIZE,
} from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";

/** From this many organisations on, betweenness is sampled. */
export const LARGE_NETWORK = 5000;
/** Sources sampled for betweenness on large networks (error roughly 1/sqrt(k)). */
export const SAMPLE_SOURCES = 500;
/** Registry metrics that need exact all-pairs passes; skipped on large networks. */
export const ALL_PAIRS_METRICS = ["betweenness", "closeness", "harmonic", "paths", "centralization"];

export interface ReportAnalysis {
  analysis: AnalysisResult;
  sampling?: { sources: number; threshold: number; omitted: string[] };
}

export function analyseForReport(
  network: EcoNetwork,
  seed: number,
  limits: { largeNetwork?: number; sampleSources?: number } = {},
): ReportAnalysis {
  const threshold = limits.largeNetwork ?? LARGE_NETWORK;
  const n = network.graph.order;
  if (n < threshold) return { analysis: analyseNetwork(network, { seed }) };
  const metrics = ANALYSE_METRICS.map((m) => m.id).filter((id) => !ALL_PAIRS_METRICS.includes(id));
  const analysis = analyseNetwork(network, { seed, metrics });
  const view = buildView(network.graph);
  const k = Math.min(view.n, limits.sampleSources ?? SAMPLE_SOURCES);
  const order = sampleOrder(view.n, k, seed);
  const sums = betweennessSums(permuteView(view, order), {}, { from: 0, to: k });
  const scaled = new Float64Array(view.n);
  const factor = k > 0 ? view.n / k : 0;
  for (let i = 0; i < view.n; i++) scaled[order[i]] = sums[i] * factor;
  const { raw, normalized } = scaleBetweenness(view, scaled);
  const brokers: AnalysisResult["top"]["brokers"] = [];
  view.ids.forEach((id, i) => {
    const row = analysis.nodes[id];
    if (!row) return;
    row.betweenness = raw[i];
    row.betweenness_normalized = normalized[i];
    if (normalized[i] > 0)
      brokers.push({
        id,
        label: String(network.graph.getNodeAttribute(id, "label") ?? id),
        value: normalized[i],
      });
  });
  brokers.sort((a, b) => b.value - a.value || compareIds(a.id, b.id));
  analysis.top.brokers = brokers.slice(0, TOP_SIZE);
  return {
    analysis,
    sampling: {
      sources: k,
      threshold,
      omitted: ALL_PAIRS_METRICS.filter((id) => id !== "betweenness"),
    },
  };
}
