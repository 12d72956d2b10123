/**
 * A table -> rows of typed values per field, plus extra columns, with findings. Rows that cannot
 * be trusted (an unclosed quote swallowed the rest of the file; more cells than headers shifted
 * the values) or lack a required value are rejected here; cross-file checks come later.
 */
import type { Table } from "../csv/read-table.ts";
import { msgText } from "../messages/index.ts";
import type { Finding } from "../model/types.ts";
import { type ColumnContext, columnDecimalComma, columnXMarks, readCell } from "./cells.ts";
import { type ColumnMap, columnFindings, mapColumns } from "./columns.ts";
import { finding, q } from "./findings.ts";
import { type CsvKind, SCHEMAS } from "./schema.ts";

export interface ParsedRow {
  row: number;
  /** Field -> typed value (null prototype: no inherited keys). */
  values: Record<string, unknown>;
  extra: Record<string, string>;
}

export interface ParsedFile {
  table: Table;
  kind: CsvKind;
  map: ColumnMap;
  /** Rows that passed the per-row checks, in file order. */
  rows: ParsedRow[];
  /** Spreadsheet rows not imported (each has an error finding). */
  rejected: Set<number>;
}

/** Required columns a file can do without: what stands in for them. */
const DEFAULTS: Partial<Record<CsvKind, Record<string, { nl: string; en: string }>>> = {
  organisations: {
    name: msgText("rows.name"),
  },
  relations: {
    relation_type: msgText("rows.relation_type"),
  },
};

export function parseFile(
  table: Table,
  kind: CsvKind,
  findings: Finding[],
  map = mapColumns(kind, table.header),
): ParsedFile {
  const file = table.file;
  const parsed: ParsedFile = { table, kind, map, rows: [], rejected: new Set() };
  const column = (index: number) => table.records.map((r) => r.cells[index] ?? "");
  for (const f of columnFindings(map, table.header, file, table.headerRow)) findings.push(f);

  // A required column that is absent: a default stands in, or no row can be imported.
  let fatal = false;
  // An empty file or a workbook has no header at all: the CSV layer said so, no column is missing.
  for (const spec of SCHEMAS[kind]) {
    if (!spec.required || map.byField.has(spec.field) || table.headerRow === 0) continue;
    const fallback = DEFAULTS[kind]?.[spec.field];
    if (fallback) {
      findings.push(
        finding(
          "info",
          "MISSING_COLUMN",
          { file, row: table.headerRow },
          msgText("rows.missing_column", { field: spec.field, fallback }),
        ),
      );
    } else {
      fatal = true;
      findings.push(
        finding(
          "error",
          "MISSING_COLUMN",
          { file, row: table.headerRow },
          msgText("rows.missing_required_column", {
            field: spec.field,
            aliases: (spec.aliases ?? []).join(", ") || "–",
          }),
        ),
      );
    }
  }

  const broken = new Set(table.issues.filter((i) => i.kind !== "ragged_short").map((i) => i.row));
  const contexts: Array<{ index: number; ctx: ColumnContext }> = [...map.byField.values()].map((m) => {
    const values = column(m.index);
    return {
      index: m.index,
      ctx: {
        spec: m.spec,
        file,
        column: m.header,
        delimiter: table.delimiter,
        decimalComma: columnDecimalComma(table.delimiter, values, m.spec.type === "int"),
        xMarks: m.spec.type === "bool" && columnXMarks(values),
      },
    };
  });

  for (const record of table.records) {
    // An unclosed quote or a row with too many cells is already an error from the CSV layer.
    if (fatal || broken.has(record.row)) {
      parsed.rejected.add(record.row);
      continue;
    }
    const values: Record<string, unknown> = Object.create(null);
    const rowFindings: Finding[] = [];
    for (const { index, ctx } of contexts) {
      const v = readCell(ctx, record.cells[index] ?? "", record.row, rowFindings);
      if (v !== undefined) values[ctx.spec.field] = v;
    }
    const missing = contexts.filter(({ ctx }) => ctx.spec.required && isEmpty(values[ctx.spec.field]));
    findings.push(...rowFindings);
    if (missing.length > 0) {
      for (const { index, ctx } of missing)
        findings.push(
          finding(
            "error",
            "MISSING_REQUIRED",
            { file, row: record.row, column: ctx.column, value: record.cells[index] ?? "" },
            msgText("rows.missing_required", { row: record.row, column: q(ctx.column) }),
          ),
        );
      parsed.rejected.add(record.row);
      continue;
    }
    const extra: Record<string, string> = Object.create(null);
    for (const x of map.extras) {
      const v = (record.cells[x.index] ?? "").trim();
      if (v !== "") extra[x.key] = v;
    }
    parsed.rows.push({ row: record.row, values, extra });
  }
  return parsed;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
}
