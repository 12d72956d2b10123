/** The helicopter view's headline numbers, taken from analysis's result as they are (one engine). */
import type { AnalysisResult } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { Headline } from "./protocol.ts";

const TOP = 5;

export function headline(network: EcoNetwork, analysis: AnalysisResult): Headline {
  const s = analysis.summary;
  const top = (rows: Array<{ label: string; value: number }>) =>
    rows.slice(0, TOP).map((r) => ({ label: r.label, value: r.value }));
  return {
    organisations: s.n,
    relations: network.graph.size,
    ties: s.m,
    density: typeof s.density === "number" ? s.density : null,
    components: s.components?.count ?? null,
    largestShare: s.components?.largest_share ?? null,
    isolates: s.components?.isolates.length ?? 0,
    cutPoints: top(analysis.top.single_points_of_failure),
    brokers: top(analysis.top.brokers),
  };
}
