/**
 * The downloads, made in the worker from the last network with core's writers: the import report
 * (CSV, formula-safe, and a workbook), GEXF, GraphML, node and edge CSVs with the metrics, and a
 * workbook with both. Names and sheet titles come from the catalogue.
 */
import type { AnalysisResult } from "@ecolens/analysis";
import {
  type CellValue,
  type EcoNetwork,
  type MetricColumns,
  parseCsv,
  type SheetSpec,
  toCsvBytes,
  writeCsvTables,
  writeGexf,
  writeGraphml,
  writeWorkbook,
} from "@ecolens/core";
import { type Lang, t } from "../i18n/catalogue.ts";
import type { ExportFormat, ImportSummary } from "./protocol.ts";

export interface Session {
  /** The folder the files came from, when they share one: it names the downloads. */
  name?: string;
  network?: EcoNetwork;
  analysis?: AnalysisResult;
  imported: ImportSummary;
  reportHtml?: string;
}

export interface DownloadFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

const CSV = "text/csv;charset=utf-8";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XML = "application/xml;charset=utf-8";

function findingRows(imported: ImportSummary, lang: Lang): CellValue[][] {
  const rows: CellValue[][] = imported.findings.map((f) => [
    t(`severity.${f.severity}`, lang),
    f.file,
    f.row ?? null,
    f.column ?? null,
    f.value ?? null,
    f.message[lang],
    f.code,
  ]);
  for (const i of imported.ignored)
    rows.push([
      t("severity.warning", lang),
      i.name,
      null,
      null,
      null,
      t(i.reason, lang, i.values),
      "FILE_NOT_READ",
    ]);
  return rows;
}

function findingHeader(lang: Lang): string[] {
  return [
    t("col.severity", lang),
    t("col.file", lang),
    t("col.row", lang),
    t("col.column", lang),
    t("col.value", lang),
    t("col.message", lang),
    "code",
  ];
}

/** Node metrics for the writers: every numeric metric analysis computed, by node id. */
function metricColumns(analysis: AnalysisResult | undefined): MetricColumns | undefined {
  if (!analysis) return undefined;
  const columns: MetricColumns = {};
  for (const [id, row] of Object.entries(analysis.nodes))
    for (const [key, value] of Object.entries(row)) {
      columns[key] ??= {};
      columns[key][id] = value;
    }
  return columns;
}

/** A plain CSV table as a sheet; metric and weight columns as numbers, every other cell as text. */
function tableSheet(name: string, csv: Uint8Array, numeric: Set<string>): SheetSpec {
  const parsed = parseCsv(new TextDecoder().decode(csv), { delimiter: "," });
  const asNumber = parsed.header.map((h) => numeric.has(h));
  const cell = (v: string, i: number): CellValue => {
    if (!asNumber[i] || v === "") return v === "" ? null : v;
    const n = Number(v);
    return Number.isFinite(n) ? n : v;
  };
  return {
    name,
    columns: parsed.header.map((h) => ({ header: h })),
    rows: parsed.records.map((r) => r.cells.map(cell)),
  };
}

function networkFile(session: Session, format: ExportFormat, lang: Lang): DownloadFile {
  const stem = downloadStem(session.name);
  const network = session.network;
  if (!network) throw new Error("no network");
  const metrics = metricColumns(session.analysis);
  if (format === "gexf")
    return { name: `${stem}.gexf`, mime: XML, bytes: utf8(writeGexf(network, { metrics })) };
  if (format === "graphml")
    return { name: `${stem}.graphml`, mime: XML, bytes: utf8(writeGraphml(network, { metrics })) };
  const tables = writeCsvTables(network, { metrics });
  if (format === "nodes-csv") return { name: `${stem}-nodes.csv`, mime: CSV, bytes: tables.nodes };
  if (format === "edges-csv") return { name: `${stem}-edges.csv`, mime: CSV, bytes: tables.edges };
  const plain = writeCsvTables(network, { metrics, plain: true });
  const numeric = new Set(["weight", ...Object.keys(metrics ?? {})]);
  const bytes = writeWorkbook([
    tableSheet(t("sheet.nodes", lang), plain.nodes, numeric),
    tableSheet(t("sheet.edges", lang), plain.edges, numeric),
  ]);
  return { name: `${stem}.xlsx`, mime: XLSX, bytes };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * The start of every download's name: `ecolens`, or `ecolens-westhoek-2025` for files from a
 * folder, so two rounds' reports do not both arrive as ecolens-report.html. Only letters, digits,
 * `_` and `-` from the folder's name (it is the user's text, and a file name on any system).
 */
export function downloadStem(name: string | undefined): string {
  const safe = (name ?? "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  const short = [...safe].slice(0, 60).join("").replace(/-+$/, "");
  return short ? `ecolens-${short}` : "ecolens";
}

export function exportFile(session: Session, format: ExportFormat, lang: Lang): DownloadFile {
  const stem = downloadStem(session.name);
  if (format === "findings-csv")
    return {
      name: `${stem}-import.csv`,
      mime: CSV,
      bytes: toCsvBytes(findingHeader(lang), findingRows(session.imported, lang)),
    };
  if (format === "findings-xlsx") {
    const header = findingHeader(lang).map((h) => ({ header: h }));
    const sheet = {
      name: t("sheet.findings", lang),
      columns: header,
      rows: findingRows(session.imported, lang),
    };
    return { name: `${stem}-import.xlsx`, mime: XLSX, bytes: writeWorkbook([sheet]) };
  }
  if (format === "report") {
    if (!session.reportHtml) throw new Error("no report");
    return { name: `${stem}-report.html`, mime: "text/html;charset=utf-8", bytes: utf8(session.reportHtml) };
  }
  return networkFile(session, format, lang);
}
