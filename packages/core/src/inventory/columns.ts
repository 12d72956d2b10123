/**
 * Header -> field mapping for one file, with findings for unknown and doubled columns.
 * Unknown columns are kept (as `extra` on the record and attributes in the graph), never dropped.
 */
import { columnLetter, normaliseHeader } from "../csv/header.ts";
import { msgText } from "../messages/index.ts";
import type { Finding } from "../model/types.ts";
import { makeVisible } from "../values/visible.ts";
import { finding, q } from "./findings.ts";
import { type ColumnSpec, type CsvKind, SCHEMAS } from "./schema.ts";
import { isTieColumn } from "./tie-columns.ts";

export interface MappedColumn {
  index: number;
  /** The header as the user wrote it (trimmed). */
  header: string;
  spec: ColumnSpec;
}

export interface ExtraColumn {
  index: number;
  header: string;
  /** Attribute name: the header, made unique; `column_C` for a nameless column. */
  key: string;
}

export interface ColumnMap {
  kind: CsvKind;
  byField: Map<string, MappedColumn>;
  extras: ExtraColumn[];
}

type Strength = 0 | 1 | 2; // canonical, alias, weak

/** normaliseHeader, and apostrophes do not count (`Thema's` = `themas`). */
export function headerKey(header: string): string {
  return normaliseHeader(header).replace(/['\u2019`]/g, "");
}

/** headerKey of the schema's own names, computed once (a header of 300,000 columns asks often). */
const schemaKeys = new Map<string, string>();
function schemaKey(name: string): string {
  let key = schemaKeys.get(name);
  if (key === undefined) schemaKeys.set(name, (key = headerKey(name)));
  return key;
}

function claims(spec: ColumnSpec, name: string): Strength | undefined {
  if (schemaKey(spec.field) === name) return 0;
  if (spec.aliases?.some((a) => schemaKey(a) === name)) return 1;
  if (spec.weak?.some((a) => schemaKey(a) === name)) return 2;
  return undefined;
}

/** Assigns headers to fields: stronger names first, then left to right; each field once. */
export function mapColumns(kind: CsvKind, header: readonly string[]): ColumnMap {
  const schema = SCHEMAS[kind];
  const names = header.map((h) => headerKey(h));
  const byField = new Map<string, MappedColumn>();
  const taken = new Set<number>();
  const assign = (index: number, spec: ColumnSpec) => {
    byField.set(spec.field, { index, header: header[index].trim(), spec });
    taken.add(index);
  };

  // Gephi's `Source` in a relations file: only when nothing else names the source organisation.
  if (kind === "relations") {
    const sourceSpec = schema.find((s) => s.field === "source_id")!;
    const hasSourceId = names.some((n) => claims(sourceSpec, n) !== undefined);
    const plainSource = names.indexOf("source");
    if (!hasSourceId && plainSource >= 0) assign(plainSource, sourceSpec);
  }

  for (const strength of [0, 1, 2] as Strength[]) {
    names.forEach((name, index) => {
      if (taken.has(index) || name === "") return;
      const spec = schema.find((s) => !byField.has(s.field) && claims(s, name) === strength);
      if (spec) assign(index, spec);
    });
  }

  const extras: ExtraColumn[] = [];
  const used = new Set<string>();
  header.forEach((raw, index) => {
    if (taken.has(index)) return;
    const trimmed = raw.trim();
    let key = trimmed === "" ? `column_${columnLetter(index)}` : trimmed;
    if (used.has(key)) key = `${key} (column_${columnLetter(index)})`;
    used.add(key);
    extras.push({ index, header: trimmed, key });
  });
  return { kind, byField, extras };
}

/** Does any schema field claim this normalised header (for telling doubled from unknown)? */
function fieldClaiming(kind: CsvKind, name: string): ColumnSpec | undefined {
  return SCHEMAS[kind].find((s) => claims(s, name) !== undefined);
}

/** Findings about unknown and doubled columns (nameless ones are the CSV layer's EMPTY_HEADER). */
export function columnFindings(
  map: ColumnMap,
  header: readonly string[],
  file: string,
  headerRow: number,
): Finding[] {
  const out: Finding[] = [];
  const names = header.map((h) => headerKey(h));
  const csvNames = header.map((h) => normaliseHeader(h));
  // First column of each name, for skipping doubles (indexOf per column was quadratic).
  const firstOf = new Map<string, number>();
  csvNames.forEach((n, i) => {
    if (!firstOf.has(n)) firstOf.set(n, i);
  });
  for (const extra of map.extras) {
    const name = names[extra.index];
    // A nameless column: the CSV layer reports it (EMPTY_HEADER) when it holds values.
    if (name === "") continue;
    // The raw header as value only when it hides characters the trimmed name does not show.
    const where = {
      file,
      row: headerRow,
      column: extra.header,
      ...(makeVisible(header[extra.index]) !== extra.header ? { value: header[extra.index] } : {}),
    };
    // The same name twice is already reported by the CSV layer (DUPLICATE_HEADER).
    const csvName = csvNames[extra.index];
    if (csvName !== "" && (firstOf.get(csvName) ?? extra.index) < extra.index) continue;
    const spec = name === "" ? undefined : fieldClaiming(map.kind, name);
    // The tie status columns `ecolens collect` writes are ecolens' own: kept, not reported.
    if (!spec && map.kind === "relations" && isTieColumn(name)) continue;
    const first = spec ? map.byField.get(spec.field) : undefined;
    if (spec && first) {
      out.push(
        finding(
          "warning",
          "DUPLICATE_COLUMN",
          where,
          msgText("columns.duplicate_column", {
            extra: q(extra.header),
            first: q(first.header),
            field: spec.field,
          }),
        ),
      );
      continue;
    }
    const shown = extra.header === "" ? `${columnLetter(extra.index)}` : q(extra.header);
    out.push(
      finding(
        "warning",
        "UNKNOWN_COLUMN",
        where,
        msgText("columns.unknown_column", { shown, key: extra.key }),
      ),
    );
  }
  return out;
}
