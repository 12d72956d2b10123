/** What the gaps command computes: printed as text, as JSON (`--json`) or as CSV files (`--csv`). */
import type {
  BarrierCoverage,
  ClusterReport,
  PathwayCoverage,
  Resilience,
  Suggestions,
  WhiteSpots,
} from "@ecolens/analysis";

export interface GapsResult {
  organisations: number;
  ties: number;
  white_spots: WhiteSpots;
  barriers: BarrierCoverage;
  suggestions: Suggestions;
  departure: Resilience;
  clusters: ClusterReport;
  /** Learning paths: per theme × target group, region and municipality, whether chains reach formal learning. */
  pathway_coverage: PathwayCoverage;
  /** Which layers the input has: a network file has no offerings or barriers, so those sections cannot be computed. */
  layers: { offerings: boolean; barriers: boolean; places: boolean };
}
