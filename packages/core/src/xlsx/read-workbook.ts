/** A workbook's bytes -> its visible sheets as rows of typed cells (limits checked on the way). */

import { msgText } from "../messages/index.ts";
import { XlsxError } from "./errors.ts";
import { XLSX_LIMITS, type XlsxLimits } from "./limits.ts";
import { dateStyles, sharedStrings, sheetRefs } from "./read-parts.ts";
import { countCells, readSheet, type SheetRow } from "./read-sheet.ts";
import { readZip } from "./zip.ts";

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  rows: SheetRow[];
}

export interface Workbook {
  file: string;
  sheets: WorkbookSheet[];
}

const decoder = new TextDecoder("utf-8");

export function readWorkbook(bytes: Uint8Array, file: string, limits: XlsxLimits = XLSX_LIMITS): Workbook {
  const parts = readZip(bytes, file, limits);
  const { sheets, dir, date1904 } = sheetRefs(parts, file);
  let cells = 0;
  for (const s of sheets) {
    const xml = parts.get(s.path);
    if (xml) cells += countCells(decoder.decode(xml));
  }
  if (cells > limits.maxCells)
    throw new XlsxError(
      "XLSX_TOO_MANY_CELLS",
      file,
      msgText("read-workbook.readWorkbook", { file, cells, maxCells: limits.maxCells }),
    );
  const strings = sharedStrings(parts, dir, file);
  const dates = dateStyles(parts, dir, file);
  const read = sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden,
    rows: parts.has(s.path) ? readSheet(parts, s.path, file, strings, dates, s.name, date1904) : [],
  }));
  checkExpansion(read, file, limits);
  return { file, sheets: read };
}

/** What the cells expand to: each sheet's grid (rows x widest row) and all text together. */
function checkExpansion(sheets: WorkbookSheet[], file: string, limits: XlsxLimits): void {
  let chars = 0;
  for (const sheet of sheets) {
    let filled = 0;
    let width = 0;
    for (const r of sheet.rows) {
      if (r.cells.length === 0) continue;
      filled++;
      width = Math.max(width, r.cells.length);
      for (const c of r.cells) chars += c ? c.text.length : 0;
    }
    if (filled * width > limits.maxGridCells)
      throw tooLarge(
        file,
        msgText("read-workbook.too_many_cells", {
          name: JSON.stringify(sheet.name),
          filled,
          width,
          maxGridCells: limits.maxGridCells,
        }),
      );
  }
  if (chars > limits.maxTextChars)
    throw tooLarge(
      file,
      msgText("read-workbook.too_much_text", { chars, maxTextChars: limits.maxTextChars }),
    );
}

function tooLarge(file: string, what: { nl: string; en: string }): XlsxError {
  return new XlsxError("XLSX_TOO_LARGE", file, msgText("read-workbook.too_large", { file, what }));
}
