/** The messages between the page and the worker (plain, structured-clone-safe data). */
import type { FileSummary, Finding } from "@ecolens/core";
import type { IgnoredFile, NamedBytes } from "../files/recognise.ts";
import type { Code, Lang } from "../i18n/catalogue.ts";

export type ExportFormat =
  | "report"
  | "findings-csv"
  | "findings-xlsx"
  | "gexf"
  | "graphml"
  | "nodes-csv"
  | "edges-csv"
  | "xlsx";

export type ToWorker =
  /** Load the report code and start the layout worker while the page waits for files. */
  | { type: "warm"; id: number }
  | { type: "run"; id: number; lang: Lang; current: NamedBytes[]; previous: NamedBytes[] }
  | { type: "export"; id: number; lang: Lang; format: ExportFormat };

export interface Headline {
  organisations: number;
  relations: number;
  ties: number;
  density: number | null;
  components: number | null;
  largestShare: number | null;
  isolates: number;
  cutPoints: Array<{ label: string; value: number }>;
  brokers: Array<{ label: string; value: number }>;
}

export interface ImportSummary {
  files: FileSummary[];
  findings: Finding[];
  ignored: IgnoredFile[];
  errors: number;
  warnings: number;
}

export interface RunResult {
  current: ImportSummary;
  previous?: ImportSummary;
  headline?: Headline;
  /** The report page, when the network has organisations. */
  reportHtml?: string;
  /** Why there is no analysis (catalogue code). */
  problem?: { code: Code; values?: Record<string, string> };
}

export type FromWorker =
  | { type: "progress"; id: number; step: Code; share: number }
  | { type: "result"; id: number; result: RunResult }
  /** The import report and the headline, while the report is still being written. */
  | { type: "partial"; id: number; result: RunResult }
  | { type: "file"; id: number; name: string; mime: string; bytes: Uint8Array }
  | { type: "failed"; id: number; reason: string };
