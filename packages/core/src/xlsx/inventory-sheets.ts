/**
 * The inventory as workbook sheets: one sheet per table with the schema's columns (Dutch headers
 * are the first Dutch alias, English the canonical name, so both read back through the same
 * column mapping), values written so that they import back to the same values (vocabulary codes
 * as labels in the chosen language, ordinal ranks as their label, dates as date cells, yes/no as
 * words), and drop-down lists for every vocabulary, yes/no, municipality and reference column.
 */
import type { ColumnSpec, CsvKind } from "../inventory/schema.ts";
import { SCHEMAS } from "../inventory/schema.ts";
import { msg } from "../messages/index.ts";
import type { Lang } from "../model/types.ts";
import { MUNICIPALITIES } from "../reference/municipalities.ts";
import { label } from "../vocab/match.ts";
import { VOCABULARIES } from "../vocab/registry.ts";
import type { CellValue, ListValidation, SheetSpec } from "./write-workbook.ts";
import { quoteSheet } from "./write-workbook.ts";

/** The tables a template and a partner form hold, in order. */
export const TEMPLATE_KINDS = [
  "organisations",
  "relations",
  "offerings",
  "barriers",
  "barrier_commitments",
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Rows the drop-downs and reference ranges cover. */
export const FORM_ROWS = 2000;

export function sheetName(kind: CsvKind, lang: Lang): string {
  return msg(`sheet.${kind}`, lang);
}

/** Fields whose canonical name is already Dutch (their first alias is English). */
const DUTCH_FIELDS = new Set(["postcode"]);

/** English headers are the canonical field names; Dutch ones the first alias. */
const HEADER_IN: Record<Lang, (spec: ColumnSpec) => string> = {
  en: (spec) => spec.field,
  nl: (spec) => (DUTCH_FIELDS.has(spec.field) ? spec.field : (spec.aliases?.[0] ?? spec.field)),
};

export function header(spec: ColumnSpec, lang: Lang): string {
  return HEADER_IN[lang](spec);
}

const yesNo = (lang: Lang): [string, string] => [msg("xlsx.yes", lang), msg("xlsx.no", lang)];

/** Which other sheet's first column (ids) a reference field points to. */
const REFERENCES: Record<string, CsvKind> = {
  source_id: "organisations",
  target_id: "organisations",
  reported_by: "organisations",
  org_id: "organisations",
  barrier_id: "barriers",
  offering_id: "offerings",
};

export function vocabValues(spec: ColumnSpec, lang: Lang): string[] {
  return spec.vocab ? VOCABULARIES[spec.vocab].entries.map((e) => e[lang]) : [];
}

export function municipalityNames(): string[] {
  return [...new Set(MUNICIPALITIES.filter((m) => !m.merged_into).map((m) => m.name_nl))].sort((a, b) =>
    a.localeCompare(b, "nl"),
  );
}

export interface ValidationOptions {
  /** Values for organisation references instead of the organisations sheet's id column. */
  orgIds?: readonly string[];
  /** Values for barrier references (a partner form has no barriers sheet). */
  barrierIds?: readonly string[];
}

/** The drop-down of one column, or undefined when the column takes free text. */
export function columnValidation(
  kind: CsvKind,
  spec: ColumnSpec,
  column: number,
  lang: Lang,
  options: ValidationOptions = {},
): ListValidation | undefined {
  if (spec.type === "vocab" || spec.type === "ordinal")
    return { column, values: vocabValues(spec, lang), style: "warning" };
  if (spec.type === "vocabs")
    return {
      column,
      values: vocabValues(spec, lang),
      style: "information",
      prompt: msg("inventory-sheets.several_values", lang),
    };
  if (spec.type === "bool") return { column, values: yesNo(lang), style: "stop" };
  if (spec.field === "municipality") return { column, values: municipalityNames(), style: "warning" };
  const target = REFERENCES[spec.field];
  const own = (kind === "organisations" && spec.field === "org_id") || (kind === target && column === 0);
  if (!target || own || (kind === "barrier_commitments" && spec.field === "status")) return undefined;
  if (target === "organisations" && options.orgIds)
    return { column, values: options.orgIds, style: "warning" };
  if (target === "barriers" && options.barrierIds)
    return { column, values: options.barrierIds, style: "warning" };
  return {
    column,
    range: `${quoteSheet(sheetName(target, lang))}!$A$2:$A$${FORM_ROWS + 1}`,
    style: "warning",
  };
}

/** A record's field as the cell that imports back to the same value. */
export function cellOf(spec: ColumnSpec, value: unknown, lang: Lang): CellValue {
  if (value === undefined || value === null) return undefined;
  switch (spec.type) {
    case "vocab":
      return label(spec.vocab!, String(value), lang);
    case "vocabs":
      return Array.isArray(value)
        ? value.map((v) => label(spec.vocab!, String(v), lang)).join(" | ")
        : undefined;
    case "ordinal": {
      const entry = VOCABULARIES[spec.vocab!].entries[Number(value) - 1];
      return entry ? entry[lang] : Number(value);
    }
    case "ids":
      return Array.isArray(value) ? value.join(" | ") : String(value);
    case "bool":
      return value === true ? msg("xlsx.yes", lang) : value === false ? msg("xlsx.no", lang) : undefined;
    case "date":
      return { date: String(value) };
    case "int":
    case "decimal":
      return typeof value === "number" ? value : String(value);
    default:
      return String(value);
  }
}

type AnyRecord = { extra?: Record<string, string> } & Record<string, unknown>;

/** One table as a sheet: schema columns, then the records' unknown columns (kept as text). */
export function inventorySheet(
  kind: CsvKind,
  records: readonly AnyRecord[],
  lang: Lang,
  options: ValidationOptions & {
    more?: Array<{ header: string; values: CellValue[]; validation?: Omit<ListValidation, "column"> }>;
  } = {},
): SheetSpec {
  const specs = SCHEMAS[kind];
  const extras = [...new Set(records.flatMap((r) => Object.keys(r.extra ?? {})))].sort();
  const more = options.more ?? [];
  const columns = [
    ...specs.map((s) => ({
      header: header(s, lang),
      format: s.type === "id" || s.type === "ids" || s.type === "kbo" ? ("text" as const) : undefined,
    })),
    ...extras.map((h) => ({ header: h, format: "text" as const })),
    ...more.map((m) => ({ header: m.header })),
  ];
  const rows = records.map((r, i) => [
    ...specs.map((s) => cellOf(s, r[s.field], lang)),
    ...extras.map((h) => r.extra?.[h]),
    ...more.map((m) => m.values[i]),
  ]);
  const validations = specs
    .map((s, i) => columnValidation(kind, s, i, lang, options))
    .filter((v): v is ListValidation => v !== undefined);
  more.forEach((m, i) => {
    if (m.validation) validations.push({ ...m.validation, column: specs.length + extras.length + i });
  });
  return {
    name: sheetName(kind, lang),
    columns,
    rows,
    validations,
    validationRows: Math.max(FORM_ROWS, rows.length + 200),
  };
}
