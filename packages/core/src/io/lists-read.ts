/**
 * Generic node and edge lists (CSV), as researchers export them from Gephi, R, Python or a
 * spreadsheet. Columns are found by the mapping, else by the usual names (case, accents and
 * spacing ignored): node `id`, `label`/`name`; edge `source`, `target`, `weight`, `relation_type`,
 * `directed` (yes/no) or Gephi's `type` (Directed/Undirected), `id` (edge key). Every other column
 * becomes an attribute: numbers when every filled cell of the column is a number (decimal comma
 * for `;` files, as Flemish Excel writes them), yes/no when every filled cell is true/false, else
 * text. Without a node list, nodes are created from the edge list; with one, an edge to an
 * unknown node is a finding and is not imported.
 */

import { normaliseHeader } from "../csv/header.ts";
import { readTable, type Table } from "../csv/read-table.ts";
import { msgText } from "../messages/index.ts";
import { GENERIC_RELATION_TYPE } from "../model/codes.ts";
import type { EcoNetwork, InputFile } from "../model/types.ts";
import { parseBoolean } from "../values/boolean.ts";
import { cleanId, looksLikeExcelScientific } from "../values/id.ts";
import { parseNumber } from "../values/number.ts";
import { NetworkBuilder } from "./network-builder.ts";
import { acceptWeight } from "./weight-check.ts";

type Builder = NetworkBuilder;

export interface ListMapping {
  id?: string;
  label?: string;
  source?: string;
  target?: string;
  weight?: string;
  /** Default direction of the edges (a `directed` / Gephi `type` column overrides it per row). */
  directed?: boolean;
}

type Converter = (raw: string) => unknown;

/** Index of the column called `wanted` (mapping) or one of `defaults`; -1 if absent. */
function findColumn(header: string[], wanted: string | undefined, defaults: string[]): number {
  const names = header.map(normaliseHeader);
  const candidates = wanted !== undefined ? [wanted] : defaults;
  for (const c of candidates) {
    const exact = header.indexOf(c);
    if (exact >= 0) return exact;
    const i = names.indexOf(normaliseHeader(c));
    if (i >= 0) return i;
  }
  return -1;
}

/** Per column: numbers if all filled cells are numbers, booleans if all are true/false, else text. */
function converterFor(table: Table, col: number): Converter {
  const decimalComma = table.delimiter === ";";
  const filled = table.records.map((r) => r.cells[col] ?? "").filter((c) => c.trim() !== "");
  if (filled.length > 0 && filled.every((c) => parseNumber(c, { decimalComma }).ok))
    return (raw) => {
      const n = parseNumber(raw, { decimalComma });
      return n.ok && n.value !== undefined ? n.value : raw;
    };
  if (filled.length > 0 && filled.every((c) => /^(true|false)$/i.test(c.trim())))
    return (raw) => raw.trim().toLowerCase() === "true";
  return (raw) => raw;
}

function attributeName(header: string, index: number): string {
  const h = header.trim();
  return h === "" ? `column_${index + 1}` : h;
}

function missingColumn(
  b: Builder,
  file: string,
  what: string,
  wanted: string | undefined,
  defaults: string[],
) {
  const names = wanted !== undefined ? `'${wanted}'` : defaults.map((d) => `'${d}'`).join(" / ");
  b.report(
    file,
    "error",
    "MISSING_COLUMN",
    { row: 1, column: wanted ?? defaults[0] },
    msgText("lists-read.missing_column", { names, what }),
  );
}

/** A cleaned id, or undefined (with a finding) when the cell is empty. */
function readId(b: Builder, file: string, row: number, column: string, raw: string): string | undefined {
  const { id, removed, normalised } = cleanId(raw);
  if (normalised)
    b.report(
      file,
      "info",
      "UNICODE_NORMALISED",
      { row, column, value: raw },
      msgText("lists-read.unicode_normalised", { id }),
    );
  if (looksLikeExcelScientific(id))
    b.report(
      file,
      "warning",
      "ID_SCIENTIFIC_NOTATION",
      { row, column, value: raw },
      msgText("lists-read.id_scientific_notation", { id }),
    );
  if (removed.length > 0)
    b.report(
      file,
      "warning",
      "ID_CLEANED",
      { row, column, value: raw },
      msgText("lists-read.id_cleaned", { removed: removed.join(", "), id }),
    );
  if (id === "") {
    b.report(file, "error", "MISSING_ID", { row, column }, msgText("lists-read.missing_id", { column }));
    return undefined;
  }
  return id;
}

export function readNodeEdgeLists(
  edges: InputFile,
  nodes?: InputFile,
  mapping: ListMapping = {},
): EcoNetwork {
  const b = new NetworkBuilder();
  const files = [edges.name];
  if (nodes) {
    files.unshift(nodes.name);
    const table = readTable(nodes);
    b.addFile(nodes.name, "nodes", { encoding: table.encoding, delimiter: table.delimiter });
    b.findings.push(...table.findings);
    readNodes(b, table, mapping);
  }
  const table = readTable(edges);
  b.addFile(edges.name, "edges", { encoding: table.encoding, delimiter: table.delimiter });
  b.findings.push(...table.findings);
  readEdges(b, table, mapping, nodes === undefined);
  return b.build("lists");
}

function readNodes(b: Builder, table: Table, mapping: ListMapping) {
  const file = table.file;
  const idCol = findColumn(table.header, mapping.id, ["id", "key", "node"]);
  if (table.headerRow === 0) return;
  if (idCol < 0) {
    missingColumn(b, file, "id", mapping.id, ["id"]);
    for (const _ of table.records) b.reject(file);
    return;
  }
  const labelCol = findColumn(table.header, mapping.label, ["label", "name", "naam"]);
  const others = table.header.map((_, i) => i).filter((i) => i !== idCol && i !== labelCol);
  const convert = new Map(others.map((i) => [i, converterFor(table, i)]));
  const idName = table.header[idCol].trim() || "id";
  for (const _ of table.blankRows.filter((r) => r > table.headerRow)) b.addBlank(file);
  for (const rec of table.records) {
    const id = readId(b, file, rec.row, idName, rec.cells[idCol] ?? "");
    if (id === undefined) {
      b.reject(file);
      continue;
    }
    const attrs: Record<string, unknown> = Object.create(null);
    for (const i of others) {
      const raw = rec.cells[i] ?? "";
      if (raw.trim() !== "") attrs[attributeName(table.header[i], i)] = convert.get(i)?.(raw);
    }
    if (labelCol >= 0 && (rec.cells[labelCol] ?? "").trim() !== "") attrs.label = rec.cells[labelCol];
    b.addNode(file, id, attrs, rec.row, idName);
  }
}

function readEdges(b: Builder, table: Table, mapping: ListMapping, createNodes: boolean) {
  const file = table.file;
  if (table.headerRow === 0) return;
  const sourceCol = findColumn(table.header, mapping.source, ["source", "from", "bron"]);
  const targetCol = findColumn(table.header, mapping.target, ["target", "to", "doel"]);
  if (sourceCol < 0 || targetCol < 0) {
    if (sourceCol < 0) missingColumn(b, file, "source", mapping.source, ["source"]);
    if (targetCol < 0) missingColumn(b, file, "target", mapping.target, ["target"]);
    for (const _ of table.records) b.reject(file);
    return;
  }
  const weightCol = findColumn(table.header, mapping.weight, ["weight", "gewicht"]);
  if (mapping.weight !== undefined && weightCol < 0)
    missingColumn(b, file, "weight", mapping.weight, ["weight"]);
  const typeCol = findColumn(table.header, undefined, ["relation_type"]);
  const directedCol = findColumn(table.header, undefined, ["directed"]);
  // Gephi writes `Type` = Directed/Undirected; any other `type` column stays an attribute.
  const gephiTypeCol = findColumn(table.header, undefined, ["type"]);
  const gephiType =
    gephiTypeCol >= 0 &&
    table.records.every((r) => /^(directed|undirected|mutual)?$/i.test((r.cells[gephiTypeCol] ?? "").trim()));
  const keyCol = findColumn(table.header, undefined, ["id"]);
  const special = new Set([
    sourceCol,
    targetCol,
    weightCol,
    typeCol,
    directedCol,
    keyCol,
    gephiType ? gephiTypeCol : -1,
  ]);
  const others = table.header.map((_, i) => i).filter((i) => !special.has(i));
  const convert = new Map(others.map((i) => [i, converterFor(table, i)]));
  const decimalComma = table.delimiter === ";";
  const sourceName = table.header[sourceCol].trim() || "source";
  const targetName = table.header[targetCol].trim() || "target";
  for (const _ of table.blankRows.filter((r) => r > table.headerRow)) b.addBlank(file);

  for (const rec of table.records) {
    const cell = (i: number) => (i >= 0 ? (rec.cells[i] ?? "") : "");
    const source = readId(b, file, rec.row, sourceName, cell(sourceCol));
    const target = readId(b, file, rec.row, targetName, cell(targetCol));
    if (source === undefined || target === undefined) {
      b.reject(file);
      continue;
    }
    let weight: number | undefined;
    if (weightCol >= 0 && cell(weightCol).trim() !== "") {
      const w = parseNumber(cell(weightCol), { decimalComma });
      if (w.ok && w.value !== undefined) {
        const place = { row: rec.row, column: table.header[weightCol] };
        if (!acceptWeight(b, file, place, w.value, cell(weightCol))) continue;
        weight = w.value;
      } else
        b.report(
          file,
          "warning",
          "BAD_WEIGHT",
          { row: rec.row, column: table.header[weightCol], value: cell(weightCol) },
          msgText("lists-read.bad_weight", { weightCol: cell(weightCol) }),
        );
    }
    let directed = mapping.directed ?? false;
    if (directedCol >= 0 && cell(directedCol).trim() !== "") {
      const d = parseBoolean(cell(directedCol));
      if (d.ok && d.value !== undefined) directed = d.value;
      else
        b.report(
          file,
          "warning",
          "BAD_DIRECTED",
          { row: rec.row, column: table.header[directedCol], value: cell(directedCol) },
          msgText(directed ? "lists-read.bad_directed_yes" : "lists-read.bad_directed_no", {
            value: cell(directedCol),
          }),
        );
    } else if (gephiType && cell(gephiTypeCol).trim() !== "") {
      directed = cell(gephiTypeCol).trim().toLowerCase() === "directed";
    }
    const attrs: Record<string, unknown> = Object.create(null);
    for (const i of others) {
      const raw = rec.cells[i] ?? "";
      if (raw.trim() !== "") attrs[attributeName(table.header[i], i)] = convert.get(i)?.(raw);
    }
    if (createNodes) {
      for (const id of [source, target]) if (!b.hasNode(id)) b.graph.addNode(id, { label: id });
    }
    const relationType = cell(typeCol).trim() || GENERIC_RELATION_TYPE;
    const key = cell(keyCol).trim() || undefined;
    b.addEdge(file, { key, source, target, directed, weight, relationType, attributes: attrs, row: rec.row });
  }
}
