/**
 * CSV export. Default = what Flemish Excel (nl-BE) opens with a double click: `;` between cells,
 * UTF-8 with BOM, CRLF, decimal comma. `plain` = `,`, no BOM, LF, decimal point (R, pandas).
 * Quoting per RFC 4180. Text cells that a spreadsheet would run as a formula (first character `=`,
 * `+`, `-`, `@`, TAB or CR; OWASP "CSV injection") get a leading `'`; numbers written from number
 * values (e.g. -0,5) are numbers, not text, and stay as they are.
 */
import type { EcoNetwork } from "../model/types.ts";
import {
  inferColumns,
  type MetricColumns,
  nodeRecords,
  present,
  withMetricColumns,
} from "./attribute-schema.ts";

export interface CsvOptions {
  /** `,` + no BOM + LF + decimal point instead of the Flemish Excel default. */
  plain?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function numberText(v: number, plain: boolean): string {
  if (Number.isNaN(v)) return "";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  const s = String(v);
  return plain ? s : s.replace(".", ",");
}

/** One cell as text: numbers localised, lists `|`-joined, formulas neutralised, quoted if needed. */
export function csvCell(value: unknown, options: CsvOptions = {}): string {
  const plain = options.plain === true;
  const delimiter = plain ? "," : ";";
  let text: string;
  if (!present(value)) text = "";
  else if (typeof value === "number") return numberText(value, plain);
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (Array.isArray(value)) text = value.map((x) => (present(x) ? String(x) : "")).join("|");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r"))
    text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function toCsvBytes(header: string[], rows: unknown[][], options: CsvOptions = {}): Uint8Array {
  const plain = options.plain === true;
  const delimiter = plain ? "," : ";";
  const eol = plain ? "\n" : "\r\n";
  const lines = [header, ...rows].map((row) => row.map((v) => csvCell(v, options)).join(delimiter));
  const text = (plain ? "" : "\uFEFF") + lines.join(eol) + eol;
  return new TextEncoder().encode(text);
}

export interface CsvTablesOptions extends CsvOptions {
  metrics?: MetricColumns;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A column name not yet taken (an attribute called `source` becomes `source_attribute`). */
function freeName(name: string, taken: Set<string>): string {
  let n = name;
  while (taken.has(n)) n = `${n}_attribute`;
  taken.add(n);
  return n;
}

/**
 * nodes.csv: id, label, attributes (sorted), metrics; edges.csv: source, target, relation_type,
 * directed, weight, attributes (sorted). Rows sorted by id / source, target, type, key.
 */
export function writeCsvTables(
  network: EcoNetwork,
  options: CsvTablesOptions = {},
): { nodes: Uint8Array; edges: Uint8Array } {
  const graph = network.graph;
  const records = nodeRecords(graph, options.metrics).sort(([a], [b]) => byCodeUnits(a, b));
  const nodeColumns = withMetricColumns(
    inferColumns(
      records.map(([, r]) => r),
      (k) => k === "label",
    ),
    options.metrics,
  );
  const takenNodes = new Set(["id", "label"]);
  const nodeHeader = ["id", "label", ...nodeColumns.map((c) => freeName(c.name, takenNodes))];
  const nodeRows = records.map(([id, r]) => [
    id,
    typeof r.label === "string" ? r.label : id,
    ...nodeColumns.map((c) => r[c.name]),
  ]);

  const fixed = ["relation_type", "directed", "weight"];
  const edges = graph.mapEdges((key, a, source, target) => ({
    key,
    a: a as Record<string, unknown>,
    source,
    target,
  }));
  edges.sort(
    (x, y) =>
      byCodeUnits(x.source, y.source) ||
      byCodeUnits(x.target, y.target) ||
      byCodeUnits(String(x.a.relation_type), String(y.a.relation_type)) ||
      byCodeUnits(x.key, y.key),
  );
  const edgeColumns = inferColumns(
    edges.map((e) => e.a),
    (k) => fixed.includes(k),
  );
  const takenEdges = new Set(["source", "target", ...fixed]);
  const edgeHeader = ["source", "target", ...fixed, ...edgeColumns.map((c) => freeName(c.name, takenEdges))];
  const edgeRows = edges.map((e) => [
    e.source,
    e.target,
    e.a.relation_type,
    e.a.directed === true,
    e.a.weight,
    ...edgeColumns.map((c) => e.a[c.name]),
  ]);
  return {
    nodes: toCsvBytes(nodeHeader, nodeRows, options),
    edges: toCsvBytes(edgeHeader, edgeRows, options),
  };
}
