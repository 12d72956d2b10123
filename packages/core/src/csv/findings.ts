/**
 * Ready-made nl/en findings for what the CSV layer notices: encoding fallback, mojibake, unclosed
 * quotes, ragged rows, duplicate headers, unnamed columns holding values, empty files. The importer adds its own (per column/value).
 */

import { type MessageCode, msg, msgText } from "../messages/index.ts";
import type { Finding } from "../model/types.ts";
import { makeVisible } from "../values/visible.ts";
import { type DecodedText, looksLikeMojibake } from "./decode.ts";
import { columnLabel, findDuplicateHeaders } from "./header.ts";
import type { ParsedCsv } from "./parse.ts";

/** A Map: the delimiter can come from the user (`--delimiter`), so no inherited keys may answer. */
const DELIMITER_NAMES = new Map<string, MessageCode>([
  [";", "csv.delimiter.semicolon"],
  [",", "csv.delimiter.comma"],
  ["\t", "csv.delimiter.tab"],
  ["|", "csv.delimiter.bar"],
]);

export function delimiterName(delimiter: string, lang: "nl" | "en"): string {
  const code = DELIMITER_NAMES.get(delimiter);
  return code ? msg(code, lang) : `"${makeVisible(delimiter)}"`;
}

function mojibakeFinding(file: string, parsed: ParsedCsv): Finding {
  // Point at the first row (header included) that shows the pattern, so people can find it.
  const rows: { row: number; cells: string[] }[] = [
    { row: parsed.headerRow, cells: parsed.header },
    ...parsed.records,
  ];
  let where: { row: number; value: string } | undefined;
  for (const r of rows) {
    const cell = r.cells.find((c) => looksLikeMojibake(c));
    if (cell !== undefined) {
      where = { row: r.row, value: cell };
      break;
    }
  }
  return {
    severity: "warning",
    code: "MOJIBAKE",
    file,
    ...(where ? { row: where.row, value: makeVisible(where.value) } : {}),
    message: msgText("csv.mojibake"),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Encoding, mojibake and emptiness: the findings about the file as a whole. */
function fileFindings(file: string, decoded: DecodedText, parsed: ParsedCsv): Finding[] {
  const out: Finding[] = [];
  if (decoded.fallback)
    out.push({
      severity: "warning",
      code: "ENCODING_FALLBACK",
      file,
      message: msgText("csv.encoding_fallback"),
    });
  if (decoded.mojibake) out.push(mojibakeFinding(file, parsed));
  if (parsed.headerRow === 0)
    out.push({ severity: "warning", code: "EMPTY_FILE", file, message: msgText("csv.empty_file") });
  else if (parsed.records.length === 0)
    out.push({
      severity: "warning",
      code: "EMPTY_FILE",
      file,
      row: parsed.headerRow,
      message: msgText("csv.no_data_rows"),
    });
  return out;
}

/** Column names used twice, and unnamed columns that hold values. */
function headerFindings(file: string, parsed: ParsedCsv): Finding[] {
  const out: Finding[] = [];
  const label = (i: number) => ({ nl: columnLabel(i, "nl"), en: columnLabel(i, "en") });
  for (const d of findDuplicateHeaders(parsed.header)) {
    const a = parsed.header[d.first].trim();
    const b = parsed.header[d.duplicate].trim();
    const names = a === b ? `"${a}"` : `"${a}" / "${b}"`;
    out.push({
      severity: "error",
      code: "DUPLICATE_HEADER",
      file,
      row: parsed.headerRow,
      column: b,
      value: makeVisible(parsed.header[d.duplicate]),
      message: msgText("csv.duplicate_header", {
        names,
        first: label(d.first),
        duplicate: label(d.duplicate),
      }),
    });
  }
  parsed.header.forEach((name, i) => {
    if (name.trim() !== "") return;
    const filled = parsed.records.filter((r) => (r.cells[i] ?? "").trim() !== "").length;
    if (filled === 0) return; // an unused, unnamed column (e.g. trailing `;`) is harmless
    const column = { nl: capitalise(columnLabel(i, "nl")), en: capitalise(columnLabel(i, "en")) };
    out.push({
      severity: "warning",
      code: "EMPTY_HEADER",
      file,
      row: parsed.headerRow,
      message: msgText("csv.empty_header", { column, filled }),
    });
  });
  return out;
}

/** Unclosed quotes and rows with too few or too many cells. */
function rowFindings(file: string, parsed: ParsedCsv): Finding[] {
  return parsed.issues.map((issue): Finding => {
    if (issue.kind === "unclosed_quote")
      return {
        severity: "error",
        code: "UNCLOSED_QUOTE",
        file,
        row: issue.row,
        message: msgText("csv.unclosed_quote", { row: issue.row }),
      };
    const counts = { row: issue.row, actual: String(issue.actual), expected: String(issue.expected) };
    if (issue.kind === "ragged_short")
      return {
        severity: "warning",
        code: "RAGGED_ROW",
        file,
        row: issue.row,
        message: msgText("csv.ragged_short", counts),
      };
    const delimiter = {
      nl: delimiterName(parsed.delimiter, "nl"),
      en: delimiterName(parsed.delimiter, "en"),
    };
    return {
      severity: "error",
      code: "RAGGED_ROW",
      file,
      row: issue.row,
      message: msgText("csv.ragged_long", { ...counts, delimiter }),
    };
  });
}

/** All CSV-level findings for one file, sorted by row (file-level ones first). */
export function csvFindings(file: string, decoded: DecodedText, parsed: ParsedCsv): Finding[] {
  const out = [
    ...fileFindings(file, decoded, parsed),
    ...headerFindings(file, parsed),
    ...rowFindings(file, parsed),
  ];
  // Stable order: file-level findings (no row) first, then by row; ties keep insertion order.
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => (x.f.row ?? 0) - (y.f.row ?? 0) || x.i - y.i)
    .map(({ f }) => f);
}
