/** One input file -> decoded, delimiter-sniffed, parsed table with its CSV-level findings. */
import type { Finding, InputFile } from "../model/types.ts";
import { decodeBytes, type TextEncodingName } from "./decode.ts";
import { type WorkbookKind, workbookKind } from "./decode-lines.ts";
import { fileFindings } from "./file-findings.ts";
import { csvFindings } from "./findings.ts";
import { type ParseCsvOptions, type ParsedCsv, parseCsv } from "./parse.ts";
import { scanLogicalLines } from "./scan.ts";
import { readSepLine } from "./sniff.ts";

export type Table = ParsedCsv & {
  file: string;
  /** `binary` for a workbook or zip that is no text at all (nothing was parsed). */
  encoding: TextEncodingName | "binary";
  findings: Finding[];
  /** Set when the file is an Excel workbook or another zip, not CSV; the table is then empty. */
  workbook?: WorkbookKind;
};

const EMPTY: ParsedCsv = {
  delimiter: ",",
  sepLine: false,
  header: [],
  headerRow: 0,
  records: [],
  blankRows: [],
  issues: [],
};

export function readTable(file: InputFile, options: ParseCsvOptions = {}): Table {
  const workbook = workbookKind(file.bytes);
  if (workbook) {
    const findings = fileFindings(file.name, { workbook, rows: [] });
    return { ...EMPTY, file: file.name, encoding: "binary", findings, workbook };
  }
  const decoded = decodeBytes(file.bytes);
  const parsed = parseCsv(decoded.text, options);
  const rows = spreadsheetRows(decoded.text, parsed.delimiter, decoded.cp1252Lines);
  return {
    ...parsed,
    file: file.name,
    encoding: decoded.encoding,
    findings: [...fileFindings(file.name, { rows }), ...csvFindings(file.name, decoded, parsed)],
  };
}

/**
 * Physical lines (1-based) -> the spreadsheet rows they belong to, numbered as parseCsv numbers
 * them (a quoted cell spanning lines is one row; a `sep=` line is row 1). Sorted, each row once.
 */
export function spreadsheetRows(text: string, delimiter: string, lines: readonly number[]): number[] {
  if (lines.length === 0) return [];
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = readSepLine(body);
  if (sep) body = sep.rest;
  const offset = sep ? 1 : 0; // physical lines before the first parsed one
  const scanned = scanLogicalLines(body, (ch) => ch === delimiter);
  // First physical line of each logical line.
  const starts: number[] = [];
  let physical = 1 + offset;
  for (const line of scanned.lines) {
    starts.push(physical);
    physical += 1 + (line.match(/\r\n|\r|\n/g)?.length ?? 0);
  }
  const rows = new Set<number>();
  for (const p of lines) {
    if (p <= offset) {
      rows.add(1);
      continue;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    rows.add(lo + 1 + offset);
  }
  return [...rows].sort((a, b) => a - b);
}
