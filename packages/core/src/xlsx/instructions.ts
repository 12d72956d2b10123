/** The instructions sheet of a template or partner form: what each column means, with an example. */
import type { ColumnSpec, CsvKind } from "../inventory/schema.ts";
import { SCHEMAS } from "../inventory/schema.ts";
import type { Lang } from "../model/types.ts";
import { VOCABULARIES } from "../vocab/registry.ts";
import { header, sheetName, TEMPLATE_KINDS } from "./inventory-sheets.ts";
import type { CellValue, SheetSpec } from "./write-workbook.ts";

type T = { nl: string; en: string };

const TYPE_TEXT: Record<ColumnSpec["type"], T> = {
  id: { nl: "een code (tekst, zonder spaties)", en: "a code (text, no spaces)" },
  ids: { nl: "codes, gescheiden door |", en: "codes, separated by |" },
  text: { nl: "vrije tekst", en: "free text" },
  int: { nl: "een geheel getal", en: "a whole number" },
  decimal: { nl: "een getal", en: "a number" },
  bool: { nl: "ja of nee", en: "yes or no" },
  date: { nl: "een datum", en: "a date" },
  vocab: { nl: "kies uit de lijst", en: "choose from the list" },
  vocabs: {
    nl: "kies uit de lijst; meerdere waarden gescheiden door |",
    en: "choose from the list; several values separated by |",
  },
  ordinal: { nl: "kies uit de lijst (of 1, 2, 3 ...)", en: "choose from the list (or 1, 2, 3 ...)" },
  kbo: { nl: "ondernemingsnummer (10 cijfers)", en: "enterprise number (10 digits)" },
};

const REF_TEXT: Record<string, T> = {
  organisations: {
    nl: "de code van een organisatie uit het blad organisaties",
    en: "the code of an organisation on the organisations sheet",
  },
  barriers: {
    nl: "de code van een drempel uit het blad drempels",
    en: "the code of a barrier on the barriers sheet",
  },
  offerings: {
    nl: "de code van een leerkans uit het blad leerkansen",
    en: "the code of a learning opportunity on the offerings sheet",
  },
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
      return lang === "nl" ? "ja" : "yes";
    case "date":
      return { date: "2024-09-01" };
    default:
      return "";
  }
}

/** Columns whose type alone says too little. */
const FIELD_TEXT: Record<string, T> = {
  nis_code: {
    nl: "NIS-code van de gemeente (5 cijfers, bv. 33011 voor Ieper); of vul alleen de gemeente in",
    en: "NIS code of the municipality (5 digits, e.g. 33011 for Ieper); or fill in the municipality only",
  },
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

/** The instructions sheet (a helper sheet: skipped when the workbook is read as an inventory). */
export function instructionsSheet(
  lang: Lang,
  intro: string[],
  kinds: readonly CsvKind[] = TEMPLATE_KINDS,
): SheetSpec {
  const H =
    lang === "nl"
      ? ["blad", "kolom", "verplicht", "wat vul je in", "voorbeeld"]
      : ["sheet", "column", "required", "what to fill in", "example"];
  const yes = lang === "nl" ? "ja" : "yes";
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
    name: lang === "nl" ? "instructies" : "instructions",
    columns: H.map((h, i) => ({ header: h, width: [22, 24, 10, 70, 28][i] })),
    rows,
    printFitWidth: true,
  };
}
