/**
 * A small export with the mistakes real partner lists contain, to show what `validate` reports.
 * organisaties.csv: classic Excel "CSV" (Windows-1252), a `sep=;` hint line (so the header is
 * spreadsheet row 2). relaties.csv: UTF-8 without BOM, a duplicate header, a quoted note spanning
 * two lines (one record = one row), and an unclosed quote in the last record. Every planted
 * mistake is listed in expected-findings.json with its spreadsheet row and column as written.
 */
import { csvLine, EXCEL_NL_BE, utf8Bytes, windows1252Bytes } from "./csv.ts";
import { ORG_HEADER, ORG_ROWS } from "./messy-organisations.ts";
import { REL_HEADER, REL_ROWS, UNCLOSED_LAST } from "./messy-relations.ts";

export interface ExpectedFinding {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: "error" | "warning" | "info";
  note: string;
}

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
