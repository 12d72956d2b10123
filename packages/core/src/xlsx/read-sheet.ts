/**
 * One worksheet -> rows of typed cells. A formula cell gives its cached value: the formula is never
 * evaluated (and never read). Excel's row numbers and column positions are kept as written.
 */

import { columnLetter } from "../csv/header.ts";
import type { XmlElement } from "../io/xml-parse.ts";
import { msgText } from "../messages/index.ts";
import { excelSerialToIso } from "../values/date.ts";
import { XlsxError } from "./errors.ts";
import { child, children, stringItemText, xmlOf } from "./read-parts.ts";

/** Excel's grid: 1,048,576 rows and 16,384 columns (A..XFD). */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COL = 16_384;

export type CellType = "text" | "number" | "date" | "boolean" | "error";

export interface Cell {
  type: CellType;
  /** The cell as text: numbers in JS notation, dates as yyyy-mm-dd, booleans true/false. */
  text: string;
  number?: number;
  /** Excel's column letter of the cell. */
  col: number;
}

export interface SheetRow {
  /** Excel's row number (1-based). */
  row: number;
  /** By 0-based column; holes are empty cells. */
  cells: Array<Cell | undefined>;
}

/** Counts `<c ...>` cells in a sheet's XML without parsing it (for the cell limit). */
export function countCells(xml: string): number {
  return xml.match(/<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g)?.length ?? 0;
}

/** `BC12` -> 0-based column 54 and row 12. */
export function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** Days from the 1900 system's serial 0 to the 1904 system's (a Mac workbook's `date1904`). */
const DAYS_1900_TO_1904 = 1462;

function readCell(
  c: XmlElement,
  col: number,
  strings: string[],
  dates: boolean[],
  date1904: boolean,
): Cell | undefined {
  const t = c.attrs.get("t") ?? "n";
  const v = child(c, "v")?.text;
  switch (t) {
    case "s": {
      const s = strings[Number(v)];
      return s === undefined ? undefined : { type: "text", text: s, col };
    }
    case "inlineStr": {
      const is = child(c, "is");
      return is ? { type: "text", text: stringItemText(is), col } : undefined;
    }
    case "str":
      return v === undefined ? undefined : { type: "text", text: v, col };
    case "b":
      return v === undefined
        ? undefined
        : { type: "boolean", text: v.trim() === "1" ? "true" : "false", col };
    case "e":
      return v === undefined ? undefined : { type: "error", text: v, col };
    case "d":
      // ISO 8601 date cells (Strict / some generators): keep the date part.
      return v === undefined ? undefined : { type: "date", text: v.trim().slice(0, 10), col };
    default: {
      if (v === undefined || v.trim() === "") return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return { type: "text", text: v, col };
      const style = Number(c.attrs.get("s") ?? 0);
      if (dates[style]) {
        const iso = excelSerialToIso(date1904 ? n + DAYS_1900_TO_1904 : n);
        if (iso.ok && iso.value !== undefined) return { type: "date", text: iso.value, number: n, col };
      }
      return { type: "number", text: String(n), number: n, col };
    }
  }
}

/** A row or cell outside Excel's grid (a row 10^12 would make a table of a trillion lines). */
function outsideGrid(file: string, sheet: string, kind: "row" | "cell", ref: string | undefined): XlsxError {
  const at = String(ref).slice(0, 20);
  return new XlsxError(
    "XLSX_BROKEN",
    file,
    msgText("read-sheet.outside_grid", {
      file,
      sheet: JSON.stringify(sheet),
      what: msgText(kind === "row" ? "read-sheet.row" : "read-sheet.cell"),
      at,
      rows: EXCEL_MAX_ROW,
      cols: EXCEL_MAX_COL,
    }),
  );
}

/** A row or cell written twice: Excel would show one of them, so one would be silently lost. */
function twice(file: string, sheet: string, kind: "row" | "cell", ref: string): XlsxError {
  const what = msgText(kind === "row" ? "read-sheet.row" : "read-sheet.cell");
  return new XlsxError(
    "XLSX_BROKEN",
    file,
    msgText("read-sheet.twice", { file, sheet: JSON.stringify(sheet), what, ref }),
  );
}

/** A shared-string cell must point at a string that exists (else it was read as empty, unsaid). */
function checkStringRef(c: XmlElement, strings: string[], file: string, sheet: string, ref: string): void {
  const v = child(c, "v")?.text;
  if (v === undefined || strings[Number(v.trim())] !== undefined) return;
  const shown = JSON.stringify(v.slice(0, 20));
  throw new XlsxError(
    "XLSX_BROKEN",
    file,
    msgText("read-sheet.checkStringRef", { file, sheet: JSON.stringify(sheet), ref, shown }),
  );
}

export function readSheet(
  parts: Map<string, Uint8Array>,
  path: string,
  file: string,
  strings: string[],
  dates: boolean[],
  sheet = path,
  date1904 = false,
): SheetRow[] {
  const root = xmlOf(parts, path, file);
  const rows: SheetRow[] = [];
  let nextRow = 1;
  const seen = new Set<number>();
  for (const r of children(child(root, "sheetData"), "row")) {
    const rowNumber = Number(r.attrs.get("r") ?? nextRow) || nextRow;
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > EXCEL_MAX_ROW)
      throw outsideGrid(file, sheet, "row", r.attrs.get("r"));
    if (seen.has(rowNumber)) throw twice(file, sheet, "row", String(rowNumber));
    seen.add(rowNumber);
    nextRow = rowNumber + 1;
    const cells: Array<Cell | undefined> = [];
    const cols = new Set<number>();
    let nextCol = 0;
    for (const c of children(r, "c")) {
      const col = parseRef(c.attrs.get("r") ?? "")?.col ?? nextCol;
      if (col >= EXCEL_MAX_COL) throw outsideGrid(file, sheet, "cell", c.attrs.get("r"));
      if (cols.has(col)) throw twice(file, sheet, "cell", `${columnLetter(col)}${rowNumber}`);
      cols.add(col);
      nextCol = col + 1;
      if (c.attrs.get("t") === "s")
        checkStringRef(c, strings, file, sheet, `${columnLetter(col)}${rowNumber}`);
      const cell = readCell(c, col, strings, dates, date1904);
      if (cell) cells[col] = cell;
    }
    rows.push({ row: rowNumber, cells });
  }
  return rows.sort((a, b) => a.row - b.row);
}
