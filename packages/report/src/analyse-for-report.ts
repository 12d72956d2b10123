/**
 * The helicopter-view analysis for the report: every metric, with betweenness and closeness on
 * worker threads (`analyseNetworkAsync`). From LARGE_NETWORK organisations on, exact all-pairs
 * metrics would dominate the report's time (bench/results/report.md: 357 s of 378 s at 20,000),
 * so betweenness is estimated from SAMPLE_SOURCES seeded random sources (Brandes & Pich 2007) and
 * closeness, harmonic centrality, path lengths and centralization are left out; the method
 * section says so.
 */
import { ANALYSE_METRICS, type AnalysisResult, analyseNetworkAsync } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";

/** From this many organisations on, betweenness is sampled. */
export const LARGE_NETWORK = 5000;
/** Sources sampled for betweenness on large networks (error roughly 1/sqrt(k)). */
export const SAMPLE_SOURCES = 500;
/** Registry metrics that need exact all-pairs passes; skipped on large networks (betweenness is sampled). */
export const ALL_PAIRS_METRICS = ["betweenness", "closeness", "harmonic", "paths", "centralization"];

export interface ReportAnalysis {
  analysis: AnalysisResult;
  sampling?: { sources: number; threshold: number; omitted: string[] };
}

export async function analyseForReport(
  network: EcoNetwork,
  seed: number,
  limits: { largeNetwork?: number; sampleSources?: number } = {},
): Promise<ReportAnalysis> {
  const threshold = limits.largeNetwork ?? LARGE_NETWORK;
  const n = network.graph.order;
  if (n < threshold) return { analysis: await analyseNetworkAsync(network, { seed }) };
  const omitted = ALL_PAIRS_METRICS.filter((id) => id !== "betweenness");
  const metrics = ANALYSE_METRICS.map((m) => m.id).filter((id) => !omitted.includes(id));
  const k = Math.min(n, limits.sampleSources ?? SAMPLE_SOURCES);
  const analysis = await analyseNetworkAsync(network, { seed, metrics, sampleSources: k });
  return { analysis, sampling: { sources: k, threshold, omitted } };
}
