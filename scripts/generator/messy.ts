/**
 * A small export with the mistakes real partner lists contain, to show what `validate` reports.
 * organisaties.csv: classic Excel "CSV" (Windows-1252), a `sep=;` hint line (so the header is
 * spreadsheet row 2). relaties.csv: UTF-8 without BOM, a duplicate header, a quoted note spanning
 * two lines (one record = one row), and an unclosed quote in the last record. Every planted
 * mistake is listed in expected-findings.json with its spreadsheet row and column as written.
 */
import { csvLine, EXCEL_NL_BE, utf8Bytes, windows1252Bytes } from "./csv.ts";
import { formatKbo, kboCheck } from "./kbo.ts";

export interface ExpectedFinding {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: "error" | "warning" | "info";
  note: string;
}

const NBSP = "\u00a0";
const ZWSP = "\u200b";
const kbo = (first8: string) => formatKbo(first8 + kboCheck(first8), "dotted");
/** A valid number with its check digits changed: the checksum no longer holds. */
function badKbo(first8: string): string {
  const check = (Number(kboCheck(first8)) % 97) + 1;
  return formatKbo(first8 + String(check).padStart(2, "0"), "dotted");
}

const ORG_HEADER = [
  "organisatie_id",
  "naam",
  "type",
  "rechtsvorm",
  "ondernemingsnummer",
  "gemeente",
  "nis_code",
  "postcode",
  "leden",
  "personeel_vte",
  "toegetreden_op",
  "adres",
];
type Planted = Omit<ExpectedFinding, "file" | "row">;
/** Each row, with the findings planted in it. Raw lines are written as is (the ragged row). */
const ORG_ROWS: { cells?: string[]; raw?: string; planted?: Planted[] }[] = [
  {
    cells: [
      "bib-ieper",
      "Bibliotheek Ieper",
      "bibliotheek",
      "lokaal_bestuur",
      "",
      "Ieper",
      "33011",
      "8900",
      "",
      "6,5",
      "1/09/2021",
      "Weverijstraat 1",
    ],
  },
  {
    cells: [
      "stad-ieper",
      "Stad Ieper",
      "lokaal_bestuur",
      "lokaal_bestuur",
      kbo("02071234"),
      "Ieper",
      "33011",
      "8900",
      "",
      "",
      "",
      "Grote Markt 1",
    ],
  },
  {
    cells: [
      "chiro-sint-jan",
      "Chiro Sint-Jan",
      "jeugdbeweging",
      "feitelijke_vereniging",
      "",
      "Ieper",
      "33011",
      "8900",
      "85",
      "",
      "",
      "",
    ],
  },
  {
    cells: [
      "cvo-miras",
      "CVO MIRAS",
      "cvo",
      "onderwijsinstelling",
      "",
      "Ieper",
      "33011",
      "8900",
      "",
      "110",
      "",
      "",
    ],
  },
  {
    cells: [
      "ligo",
      "Ligo Westhoek",
      "cbe",
      "onderwijsinstelling",
      "",
      "Ieper",
      "33011",
      "8900",
      "",
      "24,5",
      "",
      "",
    ],
  },
  // "1.250" is a thousands separator in an nl-BE export: valid, not a finding.
  {
    cells: [
      "vv-zonnebeke",
      "VV Zonnebeke",
      "sportclub",
      "vzw",
      kbo("04183350"),
      "Zonnebeke",
      "33037",
      "8980",
      "1.250",
      "",
      "15/03/2022",
      "",
    ],
  },
  {
    cells: [
      "cafe-elan",
      "Café-theater Élan",
      "amateurkunsten",
      "vzw",
      kbo("06541227"),
      "Poperinge",
      "33021",
      "8970",
      "60",
      "",
      "",
      "Gasthuisstraat 12",
    ],
  },
  {
    cells: [
      "jh-hofke",
      "'t Hofke",
      "jeugdhuis",
      "vzw",
      badKbo("08123456"),
      "Poperinge",
      "33021",
      "8970",
      "140",
      "",
      "",
      "",
    ],
    planted: [
      {
        column: "ondernemingsnummer",
        code: "INVALID_KBO",
        severity: "warning",
        note: "check digits do not match 97 − (first 8 mod 97)",
      },
    ],
  },
  {
    cells: [
      "bib-ieper",
      "Bib Ieper uitleenpost Sint-Jan",
      "bibliotheek",
      "lokaal_bestuur",
      "",
      "Ieper",
      "33011",
      "8900",
      "",
      "",
      "",
      "",
    ],
    planted: [
      {
        column: "organisatie_id",
        code: "DUPLICATE_ID",
        severity: "error",
        note: "bib-ieper already used in row 3",
      },
    ],
  },
  {
    cells: [
      "speeltuin-zonnebeke",
      "Speeltuin De Pimpampoentjes",
      "speeltuin",
      "feitelijke_vereniging",
      "",
      "Zonnebeke",
      "33037",
      "8980",
      "",
      "",
      "",
      "",
    ],
    planted: [
      {
        column: "type",
        code: "UNKNOWN_VOCABULARY",
        severity: "warning",
        note: "'speeltuin' is no organisation type; kept as other:speeltuin",
      },
    ],
  },
  {
    cells: [
      "wzc-ter-linde",
      "",
      "zorginstelling",
      "vzw",
      kbo("04470021"),
      "Wervik",
      "33029",
      "8940",
      "",
      "85",
      "",
      "",
    ],
    planted: [{ column: "naam", code: "MISSING_REQUIRED", severity: "error", note: "the name is empty" }],
  },
  {
    cells: [
      "natuurpunt-wz",
      "Natuurpunt Westhoek-Zuid",
      "natuurvereniging",
      "feitelijke_vereniging",
      "",
      "Heuvelland",
      "33039",
      "8950",
      "420",
      "",
      "31/02/2024",
      "",
    ],
    planted: [
      {
        column: "toegetreden_op",
        code: "INVALID_DATE",
        severity: "warning",
        note: "31 February does not exist",
      },
    ],
  },
  // An unquoted `;` in the last column (the address) gives one cell too many.
  {
    raw: "ksa-poperinge;KSA Poperinge;jeugdbeweging;feitelijke_vereniging;;Poperinge;33021;8970;95;;;Markt 1; bus 2",
    planted: [
      { column: null, code: "RAGGED_ROW", severity: "warning", note: "13 cells where the header has 12" },
    ],
  },
  {
    cells: [
      `sociaal-huis-wervik${NBSP}`,
      "Sociaal Huis Wervik",
      "lokaal_bestuur",
      "ocmw",
      "",
      "Wervik",
      "33029",
      "8940",
      "",
      "12",
      "",
      "",
    ],
    planted: [
      {
        column: "organisatie_id",
        code: "INVISIBLE_CHARACTER",
        severity: "warning",
        note: "trailing non-breaking space (U+00A0) in the id",
      },
    ],
  },
  // Ordinary ids that break naive JavaScript objects: must import like any other.
  {
    cells: [
      "__proto__",
      "Jeugdhuis Prototype",
      "jeugdhuis",
      "vzw",
      kbo("07774512"),
      "Wervik",
      "33029",
      "8940",
      "70",
      "",
      "",
      "",
    ],
  },
  {
    cells: [
      "constructor",
      "Constructiewerkplaats De Bouwdoos",
      "sociale_economie",
      "vzw",
      kbo("05512904"),
      "Ieper",
      "33011",
      "8900",
      "",
      "14",
      "",
      "",
    ],
  },
  // A partner row copied from the Limburg pilot's list, still with the pre-2025 code of Kortessem.
  {
    cells: [
      "ferm-kortessem",
      "Ferm Kortessem",
      "sociaal_cultureel",
      "feitelijke_vereniging",
      "",
      "Kortessem",
      "73040",
      "3720",
      "110",
      "",
      "",
      "",
    ],
    planted: [
      {
        column: "nis_code",
        code: "MERGED_MUNICIPALITY",
        severity: "info",
        note: "73040 Kortessem merged into 71072 Hasselt on 1 January 2025",
      },
    ],
  },
  {
    cells: [
      "repair-cafe-veurne",
      "Repair Café Veurne",
      "techniekclub",
      "feitelijke_vereniging",
      "",
      "Veurne",
      "38025",
      "8630",
      "",
      "",
      "",
      "",
    ],
  },
  {
    cells: [
      "caw",
      "CAW Westhoek",
      "welzijn",
      "vzw",
      kbo("04290553"),
      "Ieper",
      "33011",
      "8900",
      "",
      "48",
      "",
      "",
    ],
  },
  {
    cells: [
      "vdab",
      "VDAB Ieper",
      "opleidingsverstrekker",
      "vlaamse_overheid",
      "",
      "Ieper",
      "33011",
      "8900",
      "",
      "",
      "",
      "",
    ],
  },
];

const REL_HEADER = ["van", "naar", "relatietype", "niveau", "opmerking", "opmerking"];
const REL_ROWS: { cells: string[]; planted?: Planted[] }[] = [
  { cells: ["stad-ieper", "bib-ieper", "stuurgroep", "4", "", ""] },
  {
    cells: [
      "bib-ieper",
      "ligo",
      "gezamenlijke_activiteit",
      "3",
      "Digipunt samen met Ligo\r\nelke dinsdag",
      "",
    ],
  },
  { cells: ["bib-ieper", "chiro-sint-jan", "info-uitwisseling", "1", "", ""] },
  { cells: ["stad-ieper", "chiro-sint-jan", "financiering", "2", "", ""] },
  {
    cells: ["chiro-sint-jan", "chiro-sint-jan", "gezamenlijke_activiteit", "2", "", ""],
    planted: [
      { column: "naar", code: "SELF_LOOP", severity: "warning", note: "an organisation tied to itself" },
    ],
  },
  { cells: ["cvo-miras", "ligo", "convenant", "3", "", ""] },
  {
    cells: ["cvo-miras", "ligo", "convenant", "3", "", ""],
    planted: [
      {
        column: null,
        code: "DUPLICATE_RELATION",
        severity: "warning",
        note: "same pair and relation type as row 7",
      },
    ],
  },
  {
    cells: ["vv-zonnebeke", "gemeente-zonnebeke", "financiering", "2", "", ""],
    planted: [
      {
        column: "naar",
        code: "UNKNOWN_ORGANISATION",
        severity: "error",
        note: "gemeente-zonnebeke is not in organisaties.csv",
      },
    ],
  },
  { cells: ["cafe-elan", "__proto__", "gezamenlijke_activiteit", "2", "", ""] },
  { cells: ["constructor", "vdab", "doorverwijzing", "2", "", ""] },
  { cells: ["ksa-poperinge", "jh-hofke", "info-uitwisseling", "1", "", ""] },
  { cells: ["sociaal-huis-wervik", "caw", "doorverwijzing", "3", "", ""] },
  { cells: ["caw", "sociaal-huis-wervik", "info-uitwisseling", "2", "", ""] },
  {
    cells: [`bib-ieper${ZWSP}`, "cvo-miras", "info-uitwisseling", "2", "", ""],
    planted: [
      {
        column: "van",
        code: "INVISIBLE_CHARACTER",
        severity: "warning",
        note: "zero-width space (U+200B) after the id",
      },
    ],
  },
  { cells: ["natuurpunt-wz", "cvo-miras", "doorstroom", "2", "opleiding natuurgids", ""] },
  { cells: ["repair-cafe-veurne", "cvo-miras", "info-uitwisseling", "1", "", ""] },
  { cells: ["ferm-kortessem", "bib-ieper", "info-uitwisseling", "1", "", ""] },
  { cells: ["speeltuin-zonnebeke", "vv-zonnebeke", "gezamenlijke_activiteit", "2", "", ""] },
  { cells: ["wzc-ter-linde", "sociaal-huis-wervik", "doorverwijzing", "3", "", ""] },
  { cells: ["ligo", "sociaal-huis-wervik", "doorverwijzing", "2", "", ""] },
  { cells: ["vdab", "cvo-miras", "convenant", "3", "", ""] },
  { cells: ["stad-ieper", "__proto__", "financiering", "2", "", ""] },
  { cells: ["jh-hofke", "cafe-elan", "gezamenlijke_activiteit", "3", "", ""] },
  { cells: ["ligo", "chiro-sint-jan", "info-uitwisseling", "1", "", ""] },
];
/** The last record opens a quote that is never closed (a truncated export). */
const UNCLOSED_LAST = 'natuurpunt-wz;chiro-sint-jan;gezamenlijke_activiteit;2;"Samen op kamp in de duinen';

export function messyFiles(): Map<string, Uint8Array> {
  const eol = EXCEL_NL_BE.eol;
  const findings: ExpectedFinding[] = [
    {
      file: "organisaties.csv",
      row: null,
      column: null,
      code: "ENCODING_FALLBACK",
      severity: "warning",
      note: "not valid UTF-8: read as Windows-1252",
    },
  ];
  // organisaties.csv: row 1 = "sep=;", row 2 = header, data from row 3.
  let orgText = `sep=;${eol}${csvLine(ORG_HEADER, EXCEL_NL_BE)}${eol}`;
  ORG_ROWS.forEach((r, i) => {
    orgText += (r.raw ?? csvLine(r.cells!, EXCEL_NL_BE)) + eol;
    for (const p of r.planted ?? []) findings.push({ file: "organisaties.csv", row: i + 3, ...p });
  });
  // relaties.csv: row 1 = header (with "opmerking" twice), data from row 2.
  findings.push({
    file: "relaties.csv",
    row: 1,
    column: "opmerking",
    code: "DUPLICATE_HEADER",
    severity: "warning",
    note: "the column opmerking appears twice",
  });
  let relText = csvLine(REL_HEADER, EXCEL_NL_BE) + eol;
  REL_ROWS.forEach((r, i) => {
    relText += csvLine(r.cells, EXCEL_NL_BE) + eol;
    for (const p of r.planted ?? []) findings.push({ file: "relaties.csv", row: i + 2, ...p });
  });
  relText += UNCLOSED_LAST + eol;
  findings.push({
    file: "relaties.csv",
    row: REL_ROWS.length + 2,
    column: "opmerking",
    code: "UNCLOSED_QUOTE",
    severity: "error",
    note: "a quote opened in the last record is never closed",
  });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.row ?? 0) - (b.row ?? 0)));
  return new Map([
    ["organisaties.csv", windows1252Bytes(orgText)],
    ["relaties.csv", utf8Bytes(relText, false)],
    ["expected-findings.json", utf8Bytes(`${JSON.stringify(findings, null, 2)}\n`, false)],
  ]);
}
