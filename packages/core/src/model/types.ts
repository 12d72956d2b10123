/**
 * The inventory model and the network bundle that every analysis reads.
 * Vocabulary-valued fields hold canonical codes (model/codes.ts) or `other:<raw>`.
 */
import type { MultiGraph } from "graphology";

export type Lang = "nl" | "en";
/** A sentence for people, in both languages. */
export interface Text {
  nl: string;
  en: string;
}

/** A file handed to core by the CLI (core never touches the file system). */
export interface InputFile {
  /** The name shown to users in findings, e.g. `organisaties.csv` or a relative path. */
  name: string;
  bytes: Uint8Array;
}

export interface Organisation {
  org_id: string;
  name: string;
  org_type?: string;
  sector?: string;
  learning_context?: string;
  legal_form?: string;
  kbo_number?: string;
  nis_code?: string;
  municipality?: string;
  postcode?: string;
  address?: string;
  lat?: number;
  lon?: number;
  scope?: string;
  region?: string;
  themes: string[];
  target_groups: string[];
  age_min?: number;
  age_max?: number;
  staff_fte?: number;
  volunteers?: number;
  members?: number;
  resources: string[];
  partnership_role?: string;
  joined_on?: string; // ISO date
  uitpas?: boolean;
  source?: string;
  as_of?: string; // ISO date
  /** Unknown columns, kept as text under their original header. */
  extra: Record<string, string>;
  /** Spreadsheet row (header = 1) in `file`. */
  file?: string;
  row?: number;
}

export interface Relation {
  /** Stable key: the graph's edge key. */
  key: string;
  source_id: string;
  target_id: string;
  relation_type: string;
  directed: boolean;
  /** Strength of the tie (>= 0); defaults to the level, else 1. */
  weight: number;
  level?: number; // 1..4
  frequency?: number; // 1..5
  trust?: number;
  value?: number;
  reported_by?: string;
  confirmed?: boolean;
  theme?: string;
  barrier_id?: string;
  start_date?: string;
  end_date?: string;
  wave?: string;
  source?: string;
  notes?: string;
  extra: Record<string, string>;
  file?: string;
  row?: number;
}

export interface Offering {
  offering_id: string;
  org_id: string;
  co_org_ids: string[];
  title?: string;
  learning_context?: string;
  format?: string;
  themes: string[];
  target_groups: string[];
  age_min?: number;
  age_max?: number;
  nis_code?: string;
  municipality?: string;
  cost_eur?: number;
  reduced_tariff?: boolean;
  accessibility: string[];
  language?: string;
  start_date?: string;
  end_date?: string;
  schedule?: string;
  capacity?: number;
  participants?: number;
  participants_target?: number;
  recognition?: string;
  next_step_ids: string[];
  source?: string;
  as_of?: string;
  extra: Record<string, string>;
  file?: string;
  row?: number;
}

export interface Barrier {
  barrier_id: string;
  barrier_type: string;
  barrier_group?: string;
  target_group: string;
  nis_code?: string;
  municipality?: string;
  org_id?: string;
  offering_id?: string;
  description?: string;
  severity?: number; // 1..3
  reported_by?: string;
  reported_on?: string;
  status?: string;
  extra: Record<string, string>;
  file?: string;
  row?: number;
}

export interface BarrierCommitment {
  barrier_id: string;
  org_id: string;
  commitment_type?: string;
  committed_on?: string;
  status?: string;
  extra: Record<string, string>;
  file?: string;
  row?: number;
}

export interface Municipality {
  nis_code: string;
  name_nl: string;
  name_fr?: string;
  arrondissement: string;
  province: string;
  region: string;
  population?: number;
  population_year?: number;
  valid_from?: string;
  valid_to?: string;
  merged_into?: string;
}

/* ---------- the import report ---------- */

export type Severity = "error" | "warning" | "info";

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `DUPLICATE_ID`, `UNKNOWN_VOCABULARY`. */
  code: string;
  file: string;
  /** Spreadsheet row: header = 1; a record spanning several lines is one row. */
  row?: number;
  column?: string;
  /** The offending value with invisible characters made visible (e.g. `⟦U+00A0⟧`). */
  value?: string;
  message: Text;
}

export type InventoryFileKind =
  | "organisations"
  | "relations"
  | "offerings"
  | "barriers"
  | "barrier_commitments"
  | "municipalities"
  | "nodes"
  | "edges"
  | "gexf"
  | "graphml"
  | "json"
  | "pajek";

export interface FileSummary {
  file: string;
  kind: InventoryFileKind;
  encoding?: string;
  delimiter?: string;
  /** Data rows = imported + rejected + blank. */
  dataRows: number;
  imported: number;
  rejected: number;
  blank: number;
}

export interface ImportReport {
  files: FileSummary[];
  /** Sorted by file, then row, then column. */
  findings: Finding[];
  errors: number;
  warnings: number;
}

/* ---------- the graph ---------- */

/** Node attributes: the organisation's fields, flat (researchers' files bring any attributes). */
export interface OrgNodeAttributes {
  label: string;
  org_type?: string;
  sector?: string;
  learning_context?: string;
  nis_code?: string;
  municipality?: string;
  themes?: string[];
  target_groups?: string[];
  x?: number;
  y?: number;
  // Open on purpose: GEXF/GraphML/JSON files bring attributes of their own, kept and written back
  // (an attribute bag of the graph, not a result type: results have no index signatures).
  [attribute: string]: unknown;
}

/** Edge attributes of one relation; several relations between one pair are parallel edges. */
export interface RelationEdgeAttributes {
  relation_type: string;
  /** Strength (tie intensity), never a distance. */
  weight: number;
  directed: boolean;
  // Open on purpose, as the node attributes: a file's own edge attributes are kept.
  [attribute: string]: unknown;
}

export interface NetworkGraphAttributes {
  /** Where the network came from, for reports. */
  name?: string;
  // Open on purpose, as the node attributes: a file's own graph attributes are kept.
  [attribute: string]: unknown;
}

/**
 * Organisations are nodes (key = org_id); relations are edges in a mixed multigraph: directed
 * relation types are directed edges, the others undirected, and several relation types between one
 * pair are kept as parallel edges. See docs/decisions/0001-graph-model.md.
 */
export type EcoGraph = MultiGraph<OrgNodeAttributes, RelationEdgeAttributes, NetworkGraphAttributes>;

export type NetworkSourceKind = "inventory" | "gexf" | "graphml" | "json" | "lists" | "pajek";

/** Everything an analysis may read: the graph plus the inventory's side tables. */
export interface EcoNetwork {
  graph: EcoGraph;
  organisations: Organisation[];
  relations: Relation[];
  offerings: Offering[];
  barriers: Barrier[];
  commitments: BarrierCommitment[];
  /** Reference data (shipped with ecolens unless the inventory brings its own). */
  municipalities: Municipality[];
  report: ImportReport;
  source: { kind: NetworkSourceKind; files: string[] };
  /** A round collected from partner forms (the collected workbook's response sheet), when known. */
  response?: RoundResponse;
}

/** Who returned a partner form in a collected round (`ecolens collect`). */
export interface RoundResponse {
  /** Organisations the round asked. */
  total: number;
  /** Organisations that returned their form. */
  returned: number;
  /** Those that did not, sorted by id. */
  missing: Array<{ org_id: string; name: string }>;
}
