/**
 * The fast path for researchers' large edge lists: CSV bytes straight to a GraphView, without a
 * graphology graph (performance.md §1, §8: building the object graph, not parsing, costs the time;
 * at L graphology needs ~5 s and ~540 MB where typed arrays need ~0.2 s and ~110 MB).
 *
 * Same meaning as readNodeEdgeLists (core/io/lists-read.ts) followed by buildView: columns found
 * by the usual names (source/from/bron, target/to/doel, weight/gewicht, directed, Gephi's `type`),
 * ids cleaned as cleanId does, nodes in order of first appearance (a node list first, when given),
 * weights parsed as parseNumber does (decimal comma in `;` files), an empty or bad weight = 1,
 * parallel ties summed, self-loops dropped. It does not keep attributes, relation types or per-row
 * findings beyond counts: use the general reader for inventories.
 * Core must not read files, so this takes bytes (or text); the CLI reads the file.
 */

import type { GraphView } from "@ecolens/analysis";
import { cleanId, normaliseHeader, parseBoolean, parseNumber } from "@ecolens/core";
import { type EdgeArrays, viewFromEdges } from "./csr-build.ts";
import { type RowFields, scanRows } from "./csv-rows.ts";
import { IdTable } from "./id-table.ts";

export interface FastEdgeListOptions {
  /** Column names (else the usual names are tried, case and accents ignored). */
  source?: string;
  target?: string;
  /** Weight column; null = unweighted (every tie strength 1). */
  weight?: string | null;
  /** Direction of rows without a `directed`/`type` cell. Default false (undirected). */
  directed?: boolean;
  /** Analyse as a digraph; default: only when every edge is directed (as buildView). */
  viewDirected?: boolean;
  /** An optional node list (CSV with an `id` column): fixes the vertex order; edges to other ids are skipped. */
  nodes?: Uint8Array | string;
  /** A `type` column is not Gephi's Directed/Undirected (found automatically when a cell says otherwise). */
  ignoreTypeColumn?: boolean;
}

export interface FastEdgeListReport {
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows skipped: an empty id, or (with a node list) an id not in it. */
  skipped: number;
  /** Weights that were not numbers (read as 1). */
  badWeights: number;
  /** The first few problems, with their line numbers. */
  examples: { line: number; nl: string; en: string }[];
}

export interface FastEdgeListResult {
  view: GraphView;
  report: FastEdgeListReport;
}

/** A clear, bilingual error for input the fast path cannot read at all. */
export class FastReadError extends Error {
  constructor(readonly text: { nl: string; en: string }) {
    super(text.en);
    this.name = "FastReadError";
  }
}

const DELIMITERS = [0x2c, 0x3b, 0x09]; // , ; TAB
const MAX_FIELDS = 512;

export function readEdgeListView(
  input: Uint8Array | string,
  options: FastEdgeListOptions = {},
): FastEdgeListResult {
  const bytes = asUtf8(input);
  const ids = new IdTable(Math.max(1024, bytes.length >> 5));
  const report: FastEdgeListReport = { rows: 0, skipped: 0, badWeights: 0, examples: [] };
  if (options.nodes !== undefined) readNodeIds(asUtf8(options.nodes), ids);
  const closed = options.nodes !== undefined;
  const delimiter = sniffDelimiter(bytes);
  const decimalComma = delimiter === 0x3b;
  const estimate = Math.max(16, bytes.length >> 4);
  const edges: EdgeArrays = {
    count: 0,
    source: new Int32Array(estimate),
    target: new Int32Array(estimate),
    weight: new Float64Array(estimate),
    directedFlags: null,
  };
  let flags: Uint8Array = new Uint8Array(estimate);
  let col: Columns | null = null;
  const problem = (line: number, nl: string, en: string) => {
    if (report.examples.length < 10) report.examples.push({ line, nl, en });
  };
  scanRows(bytes, delimiter, MAX_FIELDS, (row) => {
    if (col === null) {
      col = findColumns(bytes, row, options);
      return true;
    }
    report.rows++;
    const s = vertexOf(bytes, row, col.source, ids, closed);
    const t = vertexOf(bytes, row, col.target, ids, closed);
    if (s < 0 || t < 0) {
      report.skipped++;
      if (s === -1 || t === -1) problem(row.line, "lege id; rij overgeslagen", "empty id; row skipped");
      else
        problem(
          row.line,
          "id niet in de knooppuntenlijst; rij overgeslagen",
          "id not in the node list; row skipped",
        );
      return true;
    }
    let w = 1;
    if (col.weight >= 0 && col.weight < row.count) {
      const parsed = parseWeight(
        bytes,
        row.start[col.weight],
        row.end[col.weight],
        row.escaped[col.weight],
        decimalComma,
      );
      if (Number.isNaN(parsed)) {
        report.badWeights++;
        problem(row.line, "gewicht is geen getal; 1 gebruikt", "weight is not a number; 1 used");
      } else w = parsed;
    }
    let dir = options.directed ? 1 : 0;
    const directedText =
      col.directed >= 0 && col.directed < row.count ? cellText(bytes, row, col.directed) : "";
    if (directedText.trim() !== "") {
      const d = parseBoolean(directedText);
      if (d.ok && d.value !== undefined) dir = d.value ? 1 : 0;
    } else if (col.gephiType >= 0 && col.gephiType < row.count) {
      const text = cellText(bytes, row, col.gephiType).trim().toLowerCase();
      if (text === "directed") dir = 1;
      else if (text !== "undirected" && text !== "mutual" && text !== "") col.gephiType = -2; // not Gephi's column
    }
    const e = edges.count++;
    if (e >= edges.source.length) {
      edges.source = grow(edges.source);
      edges.target = grow(edges.target);
      edges.weight = growF(edges.weight);
      flags = growU8(flags);
    }
    edges.source[e] = s;
    edges.target[e] = t;
    edges.weight[e] = w;
    flags[e] = dir;
    return true;
  });
  if (col === null)
    throw new FastReadError({
      nl: "het bestand is leeg: geen kopregel",
      en: "the file is empty: no header row",
    });
  const found = col as Columns;
  if (found.gephiType === -2) {
    // A `type` column that is not Gephi's Directed/Undirected: re-read the directions without it.
    return readEdgeListView(input, { ...options, ignoreTypeColumn: true });
  }
  let allDirected = edges.count > 0;
  for (let e = 0; e < edges.count && allDirected; e++) if (flags[e] === 0) allDirected = false;
  if (edges.count === 0) allDirected = options.directed === true;
  edges.directedFlags = flags;
  const view = viewFromEdges(ids.strings(), edges, {
    directed: options.viewDirected ?? allDirected,
    useWeights: found.weight >= 0,
  });
  return { view, report };
}

interface Columns {
  source: number;
  target: number;
  weight: number;
  directed: number;
  /** Gephi's Directed/Undirected `type` column; -2 once a row shows it is something else. */
  gephiType: number;
}

function headerNames(bytes: Uint8Array, row: RowFields): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.count; i++) out.push(cellText(bytes, row, i));
  return out;
}

function findColumns(bytes: Uint8Array, row: RowFields, options: FastEdgeListOptions): Columns {
  const header = headerNames(bytes, row);
  const names = header.map(normaliseHeader);
  const find = (wanted: string | undefined, defaults: string[]) => {
    for (const c of wanted !== undefined ? [wanted] : defaults) {
      const exact = header.indexOf(c);
      if (exact >= 0) return exact;
      const i = names.indexOf(normaliseHeader(c));
      if (i >= 0) return i;
    }
    return -1;
  };
  const source = find(options.source, ["source", "from", "bron"]);
  const target = find(options.target, ["target", "to", "doel"]);
  if (source < 0 || target < 0) {
    const which = source < 0 ? (options.source ?? "source") : (options.target ?? "target");
    throw new FastReadError({
      nl: `kolom '${which}' niet gevonden in de kopregel (${header.join(", ")})`,
      en: `column '${which}' not found in the header (${header.join(", ")})`,
    });
  }
  const weight = options.weight === null ? -1 : find(options.weight ?? undefined, ["weight", "gewicht"]);
  if (options.weight && weight < 0)
    throw new FastReadError({
      nl: `gewichtskolom '${options.weight}' niet gevonden`,
      en: `weight column '${options.weight}' not found`,
    });
  return {
    source,
    target,
    weight,
    directed: find(undefined, ["directed"]),
    gephiType: options.ignoreTypeColumn ? -1 : find(undefined, ["type"]),
  };
}

/** Vertex of an id cell: -1 empty, -2 not in the node list (when `closed`). */
function vertexOf(bytes: Uint8Array, row: RowFields, col: number, ids: IdTable, closed: boolean): number {
  if (col >= row.count) return -1;
  let s = row.start[col];
  let e = row.end[col];
  let plain = row.escaped[col] === 0;
  while (s < e && (bytes[s] === 0x20 || bytes[s] === 0x09)) s++;
  while (e > s && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x09)) e--;
  for (let i = s; i < e && plain; i++) if (bytes[i] >= 0x80 || bytes[i] < 0x20) plain = false;
  let src = bytes;
  if (!plain) {
    // Rare: escapes, non-ASCII or control characters. Clean as the general reader does.
    src = ENCODER.encode(cleanId(cellText(bytes, row, col)).id);
    s = 0;
    e = src.length;
  }
  if (s === e) return -1;
  if (closed) {
    const v = ids.find(src, s, e);
    return v < 0 ? -2 : v;
  }
  return ids.intern(src, s, e);
}

const ENCODER = new TextEncoder();
const DECODER = new TextDecoder("utf-8");

function cellText(bytes: Uint8Array, row: RowFields, col: number): string {
  const text = DECODER.decode(bytes.subarray(row.start[col], row.end[col]));
  return row.escaped[col] ? text.replaceAll('""', '"') : text;
}

/** A plain decimal number parsed in place; anything else through parseNumber. NaN = not a number. */
function parseWeight(
  bytes: Uint8Array,
  start: number,
  end: number,
  escaped: number,
  decimalComma: boolean,
): number {
  let s = start;
  let e = end;
  while (s < e && bytes[s] === 0x20) s++;
  while (e > s && bytes[e - 1] === 0x20) e--;
  if (s === e) return 1;
  let i = s;
  let sign = 1;
  if (bytes[i] === 0x2d) {
    sign = -1;
    i++;
  }
  let value = 0;
  let digits = 0;
  while (i < e && bytes[i] >= 0x30 && bytes[i] <= 0x39 && digits < 15) {
    value = value * 10 + (bytes[i++] - 0x30);
    digits++;
  }
  if (i === e && digits > 0 && !escaped) return sign * value;
  const text = DECODER.decode(bytes.subarray(start, end));
  const parsed = parseNumber(escaped ? text.replaceAll('""', '"') : text, { decimalComma });
  return parsed.ok && parsed.value !== undefined ? parsed.value : Number.NaN;
}

function readNodeIds(bytes: Uint8Array, ids: IdTable): void {
  let idCol = -2;
  scanRows(bytes, sniffDelimiter(bytes), MAX_FIELDS, (row) => {
    if (idCol === -2) {
      const names = headerNames(bytes, row).map(normaliseHeader);
      idCol = ["id", "key", "node"].map((c) => names.indexOf(c)).find((i) => i >= 0) ?? -1;
      if (idCol < 0)
        throw new FastReadError({
          nl: "kolom 'id' niet gevonden in de knooppuntenlijst",
          en: "column 'id' not found in the node list",
        });
      return true;
    }
    vertexOf(bytes, row, idCol, ids, false);
    return true;
  });
}

/** UTF-8 bytes without a BOM; Windows-1252 bytes (not valid UTF-8) are converted. */
function asUtf8(input: Uint8Array | string): Uint8Array {
  let bytes = typeof input === "string" ? ENCODER.encode(input) : input;
  if (typeof input !== "string") {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++)
      if (bytes[i] >= 0x80) {
        ascii = false;
        break;
      }
    if (!ascii) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        bytes = ENCODER.encode(new TextDecoder("windows-1252").decode(bytes));
      }
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return bytes;
}

/** The delimiter that occurs most often in the first line (outside quotes); `,` by default. */
function sniffDelimiter(bytes: Uint8Array): number {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && (c === 0x0a || c === 0x0d)) {
      if (counts.some((k) => k > 0)) break;
    } else if (!quoted) {
      const d = DELIMITERS.indexOf(c);
      if (d >= 0) counts[d]++;
    }
  }
  let best = 0;
  for (let d = 1; d < 3; d++) if (counts[d] > counts[best]) best = d;
  return DELIMITERS[best];
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
function growF(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
function growU8(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}
