/**
 * The helicopter-view parts of the report from the network analysis: headline figures, single
 * points of failure, brokers and, per municipality, organisations with a tie across the formal /
 * non-formal-informal line.
 */
import type { AnalysisResult, PlaceOverview } from "@ecolens/analysis";
import type { BrokerRow, FormalInformalRow, ReportModel } from "@ecolens/viz";
import { headlineFigures } from "./figures.ts";

/** The place overview of the analysis, when it ran. */
export function placeOfAnalysis(analysis: AnalysisResult | undefined): PlaceOverview | undefined {
  return analysis?.groups.place;
}

export function brokerRows(analysis: AnalysisResult): BrokerRow[] {
  return analysis.top.brokers.map((b) => {
    const raw = analysis.nodes[b.id]?.betweenness;
    return {
      id: b.id,
      score: b.value,
      raw: typeof raw === "number" ? raw : undefined,
      metric: "betweenness",
    };
  });
}

export function formalInformalRows(place: PlaceOverview): FormalInformalRow[] {
  return place.municipalities.map((m) => ({
    municipality: m.key,
    orgs: m.cross_line.formal + m.cross_line.non_formal_informal,
    withTie: m.cross_line.with_cross_line_tie,
  }));
}

export type NetworkSection = Pick<ReportModel, "figures" | "cutPoints" | "brokers" | "formalInformal">;

/** Figures, cut points, brokers and the formal-informal rows; `relations` = relations as entered. */
export function networkSection(analysis: AnalysisResult, relations: number): NetworkSection {
  const section: NetworkSection = {
    figures: headlineFigures(analysis, relations),
    cutPoints: analysis.top.single_points_of_failure.map((p) => ({ id: p.id, cutOff: p.value })),
    brokers: brokerRows(analysis),
  };
  const place = placeOfAnalysis(analysis);
  if (place) section.formalInformal = formalInformalRows(place);
  return section;
}
