/**
 * The report model: plain, JSON-serialisable data that the CLI assembles from analysis results
 * and viz renders. viz never runs an analysis; every number here was computed before.
 * Every section except `meta`, `nodes`, `edges` and `vocab` is optional: a missing analysis hides
 * its section instead of breaking the page.
 */
import type { Lang, Text } from "@ecolens/core";

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
  score: number;
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
}

export interface ReportModel {
  meta: {
    name: string;
    seed: number;
    sourceKind?: string;
    files?: string[];
    /** ISO date the data was built on, when known (no clock in the report, for reproducibility). */
    date?: string;
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
  dataQuality?: DataQualityModel;
}
