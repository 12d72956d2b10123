/** The instructions sheet of a template or partner form: what each column means, with an example. */
import type { ColumnSpec, CsvKind } from "../inventory/schema.ts";
import { SCHEMAS } from "../inventory/schema.ts";
import { msg, msgText } from "../messages/index.ts";
import type { Lang } from "../model/types.ts";
import { VOCABULARIES } from "../vocab/registry.ts";
import { header, sheetName, TEMPLATE_KINDS } from "./inventory-sheets.ts";
import type { CellValue, SheetSpec } from "./write-workbook.ts";

type T = { nl: string; en: string };

const TYPE_TEXT: Record<ColumnSpec["type"], T> = {
  id: msgText("instructions.id"),
  ids: msgText("instructions.ids"),
  text: msgText("instructions.type.text"),
  int: msgText("instructions.int"),
  decimal: msgText("instructions.decimal"),
  bool: msgText("instructions.bool"),
  date: msgText("instructions.date"),
  vocab: msgText("instructions.vocab"),
  vocabs: msgText("instructions.vocabs"),
  ordinal: msgText("instructions.ordinal"),
  kbo: msgText("instructions.kbo"),
};

const REF_TEXT: Record<string, T> = {
  organisations: msgText("instructions.organisations"),
  barriers: msgText("instructions.barriers"),
  offerings: msgText("instructions.offerings"),
};

/** Example values by field (the rest by type). */
const EXAMPLES: Record<string, CellValue> = {
  org_id: "bib-ieper",
  name: "Bibliotheek Ieper",
  source_id: "bib-ieper",
  target_id: "cvo-miras",
  reported_by: "bib-ieper",
  offering_id: "LK-0001",
  barrier_id: "DR-001",
  title: "Taalcafé",
  municipality: "Ieper",
  nis_code: "33011",
  postcode: "8900",
  address: "Weverijstraat 1",
  lat: 50.85,
  lon: 2.885,
  kbo_number: "0207.501.020",
  description: "Geen vervoer naar de les",
  co_org_ids: "ocmw-ieper | cvo-miras",
  next_step_ids: "LK-0002",
};

function example(kind: CsvKind, spec: ColumnSpec, lang: Lang): CellValue {
  if (spec.field in EXAMPLES && !(kind === "relations" && spec.field === "org_id"))
    return EXAMPLES[spec.field];
  if (spec.vocab) return VOCABULARIES[spec.vocab].entries[0][lang];
  switch (spec.type) {
    case "int":
      return 12;
    case "decimal":
      return 2.5;
    case "bool":
      return msg("xlsx.yes", lang);
    case "date":
      return { date: "2024-09-01" };
    default:
      return "";
  }
}

/** Columns whose type alone says too little. */
const FIELD_TEXT: Record<string, T> = {
  nis_code: msgText("instructions.nis_code"),
};

function meaning(kind: CsvKind, spec: ColumnSpec, lang: Lang): string {
  if (spec.field in FIELD_TEXT) return FIELD_TEXT[spec.field][lang];
  const parts = [TYPE_TEXT[spec.type][lang]];
  if (spec.vocab) parts.push(`(${VOCABULARIES[spec.vocab].title[lang]})`);
  const ref = {
    source_id: "organisations",
    target_id: "organisations",
    reported_by: "organisations",
    org_id: "organisations",
    barrier_id: "barriers",
    offering_id: "offerings",
  }[spec.field];
  const own =
    (kind === "organisations" && spec.field === "org_id") || (kind === ref && spec.field.endsWith("_id"));
  if (ref && !own) parts.push(`: ${REF_TEXT[ref][lang]}`);
  if (spec.min !== undefined || spec.max !== undefined)
    parts.push(`(${spec.min ?? "…"} – ${spec.max ?? "…"})`);
  return parts.join(" ").replace(" : ", ": ");
}

const INSTRUCTION_COLUMNS = [
  "instructions.col.sheet",
  "instructions.col.column",
  "instructions.col.required",
  "instructions.col.what",
  "instructions.col.example",
] as const;

/** The instructions sheet (a helper sheet: skipped when the workbook is read as an inventory). */
export function instructionsSheet(
  lang: Lang,
  intro: string[],
  kinds: readonly CsvKind[] = TEMPLATE_KINDS,
): SheetSpec {
  const H = INSTRUCTION_COLUMNS.map((code) => msg(code, lang));
  const yes = msg("xlsx.yes", lang);
  const rows: CellValue[][] = intro.map((line) => [line]);
  rows.push([]);
  for (const kind of kinds)
    for (const spec of SCHEMAS[kind])
      rows.push([
        sheetName(kind, lang),
        header(spec, lang),
        spec.required ? yes : "",
        meaning(kind, spec, lang),
        example(kind, spec, lang),
      ]);
  return {
    name: msg("instructions.sheet_name", lang),
    columns: H.map((h, i) => ({ header: h, width: [22, 24, 10, 70, 28][i] })),
    rows,
    printFitWidth: true,
  };
}
