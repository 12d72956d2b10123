/**
 * The helicopter-view analysis for the report: the metrics the report shows, with betweenness and
 * closeness on worker threads (`analyseNetworkAsync`). From LARGE_NETWORK organisations on, exact
 * all-pairs metrics would dominate the report's time (bench/results/report.md: 357 s of 378 s at
 * 20,000), so betweenness is estimated from SAMPLE_SOURCES seeded random sources (Brandes & Pich
 * 2007) and closeness, harmonic centrality, path lengths and centralization are left out; the
 * method section says so.
 *
 * The report reads every node metric (the map, the tables) and, besides them, only REPORT_READS
 * (sections/figures.ts, sections/network.ts): the group-mixing tests (E-I with 999 permutations,
 * assortativity, partition modularity, brokerage roles), transitivity, reciprocity and strong
 * components are not computed for it (1.6 s of CPU at 20,000 organisations; `ecolens analyse`
 * computes them). report-metrics.test.ts holds the model equal to one built on every metric.
 */
import { ANALYSE_METRICS, type AnalysisResult, analyseNetworkAsync } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";

/** From this many organisations on, betweenness is sampled. */
export const LARGE_NETWORK = 5000;
/** Sources sampled for betweenness on large networks (error roughly 1/sqrt(k)). */
export const SAMPLE_SOURCES = 500;
/** Registry metrics that need exact all-pairs passes; skipped on large networks (betweenness is sampled). */
export const ALL_PAIRS_METRICS = ["betweenness", "closeness", "harmonic", "paths", "centralization"];
/**
 * The registry metrics outside the node section that the report reads: the headline figures
 * (density, components, cross-sector ties), the single points of failure (articulation points)
 * and the by-place overview.
 */
export const REPORT_READS = ["density", "components", "articulation_points", "cross_sector", "place"];

/** Every node metric and REPORT_READS, in registry order, less `omitted`. */
export function reportMetricIds(omitted: readonly string[] = []): string[] {
  return ANALYSE_METRICS.filter((m) => m.placement.section === "nodes" || REPORT_READS.includes(m.id))
    .map((m) => m.id)
    .filter((id) => !omitted.includes(id));
}

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
  if (n < threshold)
    return { analysis: await analyseNetworkAsync(network, { seed, metrics: reportMetricIds() }) };
  const omitted = ALL_PAIRS_METRICS.filter((id) => id !== "betweenness");
  const k = Math.min(n, limits.sampleSources ?? SAMPLE_SOURCES);
  const metrics = reportMetricIds(omitted);
  const analysis = await analyseNetworkAsync(network, { seed, metrics, sampleSources: k });
  return { analysis, sampling: { sources: k, threshold, omitted } };
}
