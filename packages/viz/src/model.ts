/**
 * The report model: plain, JSON-serialisable data that the CLI assembles from analysis results
 * and viz renders. viz never runs an analysis; every number here was computed before.
 * Every section except `meta`, `nodes`, `edges` and `vocab` is optional: a missing analysis hides
 * its section instead of breaking the page.
 */
import type { Lang, Text } from "@ecolens/core";
import type { GeoModel } from "./geo/model.ts";

export type { Lang, Text };

export interface ReportNode {
  id: string;
  label: string;
  org_type?: string;
  sector?: string;
  learning_context?: string;
  municipality?: string;
  nis_code?: string;
  themes: string[];
  target_groups: string[];
  /** Other attributes to show in the panel (already text), e.g. legal form, address. */
  attributes?: Record<string, string>;
  /** Layout position (computeLayout). */
  x: number;
  y: number;
  /** Cluster index (Louvain), when clusters were computed. */
  cluster?: number;
  /** Node metrics by metric id (see `metrics`); null = not defined for this node. */
  metrics: Record<string, number | null>;
}

export interface ReportEdge {
  source: string;
  target: string;
  relation_type: string;
  weight: number;
  directed: boolean;
  /** Set only when the input carries tie statuses (a collected round): confirmed by both sides. */
  confirmed?: boolean;
}

/** A metric from the registry, for the panel, the size selector and the glossary. */
export interface ReportMetric {
  id: string;
  level: "network" | "node" | "group";
  title: Text;
  explanation: Text;
  /** True when node sizes may be scaled by it. */
  sizeable?: boolean;
}

/** A labelled number in the helicopter view (density, components...). */
export interface ReportFigure {
  id: string;
  title: Text;
  value: number | null;
  /** How to show it. */
  format?: "integer" | "decimal" | "percent";
  /** One line beside the value: what it means (the registry's plain text where there is one). */
  explanation?: Text;
}

export interface FormalInformalRow {
  /** Municipality code (nis) or name; "" = unknown municipality. */
  municipality: string;
  /** Organisations on either side of the formal / non-formal-informal split. */
  orgs: number;
  /** ...of which with at least one tie across the split. */
  withTie: number;
}

export interface MixingModel {
  /** Group codes (sectors) in display order. */
  groups: string[];
  /** counts[i][j] = ties between group i and group j: symmetric, each tie once in [i][j] and [j][i]. */
  counts: number[][];
  /** Krackhardt-Stern E-I index over the groups (-1 all internal .. +1 all external). */
  ei: number | null;
  /** E-I expected under random mixing, when computed. */
  eiExpected?: number | null;
}

export interface BrokerRow {
  id: string;
  /** Normalised score (0..1), the scale shown everywhere in the report. */
  score: number;
  /** The raw (unnormalised) value, for tooltips. */
  raw?: number;
  /** Which measure the score is (metric id), e.g. "betweenness". */
  metric: string;
  /** Gould-Fernandez roles or other extra text. */
  note?: Text;
}

export interface ClusterRow {
  cluster: number;
  size: number;
  /** Organisations per sector code. */
  sectors: Record<string, number>;
  /** A few member labels, most central first. */
  examples?: string[];
}

export interface ClustersModel {
  modularity: number | null;
  clusters: ClusterRow[];
}

/** One cell: a theme (or barrier type) x target group in a municipality. */
export interface GridCell {
  municipality: string;
  row: string;
  column: string;
  value: number;
}

export interface WhiteSpotRow {
  municipality: string;
  theme: string;
  target_group: string;
  /** Offerings found (0 = a white spot). */
  offerings: number;
  /** A priority target group (analysis: isPriorityTargetGroup). */
  priority?: boolean;
  /** Other municipalities of the region that do have an offering for this theme and group. */
  coveredElsewhere?: number;
  note?: Text;
}

export interface BarrierRow {
  barrier_id: string;
  barrier_type: string;
  target_group: string;
  municipality?: string;
  description?: string;
  severity?: number;
  /** Organisations that committed to work on it. */
  committed: number;
  status?: string;
}

export interface SuggestionRow {
  source: string;
  target: string;
  score: number;
  reason: Text;
}

export interface CriticalRow {
  id: string;
  /** Organisations cut off from the largest part if this one leaves. */
  cutOff: number;
  reason: Text;
}

export interface NodeBarrierLink {
  org_id: string;
  barrier_id: string;
  role: "signals" | "works_on";
  barrier_type: string;
  target_group: string;
}

export interface DataQualityModel {
  files: Array<{ file: string; kind: string; dataRows: number; imported: number; rejected: number }>;
  errors: number;
  warnings: number;
  /** The first findings (sorted), to show as examples. */
  findings: Array<{
    severity: string;
    code: string;
    file: string;
    row?: number;
    column?: string;
    value?: string;
    message: Text;
  }>;
  /** Total number of findings (findings may be cut). */
  totalFindings: number;
  /** A round collected from partner forms (ecolens collect): the share of ties confirmed by both sides. */
  ties?: Text;
  /** The response of a collected round: organisations asked, forms returned, who did not. */
  response?: { total: number; returned: number; missing: Array<{ org_id: string; name: string }> };
}

export interface ReportModel {
  meta: {
    name: string;
    seed: number;
    sourceKind?: string;
    files?: string[];
    /** ISO date the data was built on, when known (no clock in the report, for reproducibility). */
    date?: string;
    /** The part of the network the report covers ("Only municipality: Ieper"), when scoped. */
    scope?: Text;
    /** The place the data covers, from the municipalities' region (e.g. "Westhoek") or names. */
    place?: string;
    /** Relations as entered (parallel relations of different types count separately). */
    relations?: number;
    /** Pairs of organisations with at least one relation (what the metrics count as ties). */
    ties?: number;
  };
  /** Labels for codes: vocab[field][code] = {nl, en}; fields: sector, org_type, theme, target_group,
   * relation_type, barrier_type, municipality, learning_context. Unknown codes show as-is. */
  vocab: Record<string, Record<string, Text>>;
  nodes: ReportNode[];
  edges: ReportEdge[];
  metrics: ReportMetric[];
  figures?: ReportFigure[];
  formalInformal?: FormalInformalRow[];
  mixing?: MixingModel;
  brokers?: BrokerRow[];
  clusters?: ClustersModel;
  whiteSpots?: WhiteSpotRow[];
  /** Providers per theme x target group per municipality for the white-spot heatmap:
   * 0 = white spot, 1 = one provider (fragile), 2 = two or more. */
  offeringGrid?: GridCell[];
  barriers?: BarrierRow[];
  nodeBarriers?: NodeBarrierLink[];
  suggestions?: SuggestionRow[];
  critical?: CriticalRow[];
  /** Articulation points (cut points): organisations whose departure splits their part of the
   * network, with how many organisations they would cut off. */
  cutPoints?: Array<{ id: string; cutOff: number }>;
  dataQuality?: DataQualityModel;
  /** "What changed" since earlier inventory rounds (ecolens report --since). */
  changes?: ChangesModel;
  /** Learning paths: pathway coverage and example routes for priority groups. */
  learningPaths?: LearningPathsModel;
  /** Figures per municipality and findings by place for the map of the municipalities. */
  geo?: GeoModel;
  /** Set when betweenness was estimated from sampled sources (large networks); `omitted` metrics
   * were left out because only exact all-pairs versions exist. */
  sampling?: { sources: number; threshold: number; omitted: string[] };
  /** Sections whose analysis failed: shown at the top of the report as "could not be computed: why". */
  failures?: SectionFailure[];
}

/** A report section that could not be computed, with the sentence to show (already in both languages). */
export interface SectionFailure {
  section: string;
  message: Text;
}

/** One whole-network figure over the rounds (oldest first). */
export interface RoundFigure {
  metric: string;
  title: Text;
  values: Array<number | null>;
  /** Last step: toward a goal (better), away (worse), or not a goal (neutral). */
  assessment: "better" | "worse" | "same" | "neutral" | "unknown";
  format: "integer" | "decimal" | "percent";
}

/** A relation that came or went; ids are those of this report's (newest) round where they exist. */
export interface ChangeEdge {
  source: string;
  target: string;
  source_name: string;
  target_name: string;
  relation_type: string;
  /** Formal <-> non-formal/informal. */
  cross_line: boolean;
  /** Both ends are on the map (for lost ties: both organisations are still there). */
  drawable: boolean;
}

export interface ChangesModel {
  /** Round labels, oldest first; the last one is the round of this report. */
  labels: string[];
  headline: Text[];
  verdict: string;
  verdictText: Text;
  goals: Array<{ assessment: string; text: Text }>;
  figures: RoundFigure[];
  /** Formal-informal bridging per municipality: share old -> new. */
  municipalities: Array<{
    municipality: string;
    name: string;
    old: number | null;
    new: number | null;
    status: string;
  }>;
  risers: Array<{ name: string; id: string | null; change: number }>;
  fallers: Array<{ name: string; id: string | null; change: number }>;
  /** Ids (in this round) of new organisations. */
  addedOrgs: string[];
  /** Organisations of the earlier round that stopped (not on the map). */
  removedOrgs: Array<{ id: string; name: string; municipality: string | null }>;
  addedEdges: ChangeEdge[];
  removedEdges: ChangeEdge[];
  uncertain: Array<{ old_name: string; new_name: string; message: Text }>;
  counts: {
    organisations: { old: number; new: number; added: number; removed: number };
    relations: { old: number; new: number; added: number; removed: number };
    barriers: { resolved: number; added: number; open_old: number; open_new: number };
    offerings: { added: number; removed: number };
  };
  /** Earlier steps when more than two rounds were compared. */
  steps: Array<{ from: string; to: string; headline: Text[]; verdictText: Text }>;
}

export interface PathwayCellModel {
  theme: string;
  target_group: string;
  status: "route" | "blocked" | "no_route" | "no_start";
  starts: number;
  routes: number;
  routes_free: number;
  sentence: Text;
}

export interface RouteStepModel {
  org_id: string;
  org_name: string;
  offering_id: string;
  title?: string;
  learning_context: string;
  recognition: string;
  place?: string;
  blocked: boolean;
}

export interface ExampleRouteModel {
  story: Text;
  steps: RouteStepModel[];
  blocked_steps: number;
  reaches_formal: boolean;
}

export interface LearningExample {
  id: string;
  learner: { theme: string; group: string; age?: number; barriers: string[] };
  summary: Text;
  routes: ExampleRouteModel[];
  breaks: Array<{ sentence: Text; menders: string[] }>;
}

export interface LearningPathsModel {
  summary: Text;
  themes: string[];
  target_groups: string[];
  /** Target groups that are priority groups (marked in the matrix). */
  priority: string[];
  /** Region cells. */
  cells: PathwayCellModel[];
  examples: LearningExample[];
}
