/**
 * CSV text -> header + records with SPREADSHEET row numbers (header = row 1, or row 2 after a
 * `sep=` hint line; a quoted record spanning several lines is one row, as Excel counts).
 * Field splitting and unquoting is papaparse's; line ends are unified first (scan.ts) so CRLF, LF
 * and CR-only files behave the same. Cell values are not trimmed here.
 */
import Papa from "papaparse";
import { scanLogicalLines, unifiedText } from "./scan.ts";
import { readSepLine, sniffDelimiter } from "./sniff.ts";

export type CsvIssueKind = "unclosed_quote" | "ragged_short" | "ragged_long";

export interface CsvIssue {
  kind: CsvIssueKind;
  /** Spreadsheet row; for `unclosed_quote` the row where the quote opened. */
  row: number;
  /** Ragged rows: the header's cell count. */
  expected?: number;
  /** Ragged rows: this row's cell count. */
  actual?: number;
}

export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: string;
  sepLine: boolean;
  /** Raw header cells (not trimmed or normalised); empty when the file has no non-blank row. */
  header: string[];
  /** Spreadsheet row of the header; 0 when there is none. */
  headerRow: number;
  /** Non-blank rows after the header, ragged ones included (see `issues`). */
  records: CsvRecord[];
  /** Rows whose cells are all empty or whitespace (before or after the header). */
  blankRows: number[];
  /** Sorted by row. */
  issues: CsvIssue[];
}

export interface ParseCsvOptions {
  /** Overrides sniffing (a `sep=` line is still skipped). */
  delimiter?: string;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === "");

export function parseCsv(input: string, options: ParseCsvOptions = {}): ParsedCsv {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = readSepLine(text);
  if (sep) text = sep.rest;
  const delimiter = options.delimiter || sep?.delimiter || sniffDelimiter(text).delimiter;
  const firstRow = sep ? 2 : 1;

  const scanned = scanLogicalLines(text, (ch) => ch === delimiter);
  const parsed =
    scanned.lines.length === 0
      ? { data: [] as string[][], errors: [] as Papa.ParseError[] }
      : Papa.parse<string[]>(unifiedText(scanned), {
          delimiter,
          newline: "\n",
          quoteChar: '"',
          escapeChar: '"',
          header: false,
          skipEmptyLines: false,
          dynamicTyping: false,
        });
  // The final "\n" gives papaparse one phantom empty row; it is no spreadsheet row.
  if (scanned.terminated && parsed.data.length === scanned.lines.length + 1) parsed.data.pop();

  // papaparse reports where an unterminated quoted field started; the scanner agrees by design.
  const unclosed = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code === "MissingQuotes" && typeof e.row === "number") unclosed.add(e.row);
  }
  if (scanned.unclosedLine !== undefined) unclosed.add(scanned.unclosedLine);

  const header: string[] = [];
  let headerRow = 0;
  const records: CsvRecord[] = [];
  const blankRows: number[] = [];
  const issues: CsvIssue[] = [];

  parsed.data.forEach((cells, index) => {
    const row = index + firstRow;
    if (unclosed.has(index)) issues.push({ kind: "unclosed_quote", row });
    if (isBlank(cells)) {
      blankRows.push(row);
      return;
    }
    if (headerRow === 0) {
      for (const cell of cells) header.push(cell); // no spread: 300,000 headers overflow the stack
      headerRow = row;
      return;
    }
    const expected = header.length;
    let kept = cells;
    // Trailing empty cells beyond the header (a stray `;` at line end) carry nothing: drop them.
    if (kept.length > expected && isBlank(kept.slice(expected))) kept = kept.slice(0, expected);
    if (!unclosed.has(index)) {
      if (kept.length < expected) issues.push({ kind: "ragged_short", row, expected, actual: kept.length });
      if (kept.length > expected) issues.push({ kind: "ragged_long", row, expected, actual: kept.length });
    }
    records.push({ row, cells: kept });
  });

  return { delimiter, sepLine: sep !== undefined, header, headerRow, records, blankRows, issues };
}
