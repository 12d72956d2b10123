/** A workbook's bytes -> its visible sheets as rows of typed cells (limits checked on the way). */
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
  const { sheets, dir } = sheetRefs(parts, file);
  let cells = 0;
  for (const s of sheets) {
    const xml = parts.get(s.path);
    if (xml) cells += countCells(decoder.decode(xml));
  }
  if (cells > limits.maxCells)
    throw new XlsxError("XLSX_TOO_MANY_CELLS", file, {
      nl: `${file} heeft ${cells} cellen, meer dan de grens van ${limits.maxCells}: bewaar alleen de inventaristabellen in een nieuwe werkmap, of bewaar elk blad als CSV.`,
      en: `${file} has ${cells} cells, more than the limit of ${limits.maxCells}: keep only the inventory tables in a new workbook, or save each sheet as CSV.`,
    });
  const strings = sharedStrings(parts, dir, file);
  const dates = dateStyles(parts, dir, file);
  return {
    file,
    sheets: sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden,
      rows: parts.has(s.path) ? readSheet(parts, s.path, file, strings, dates) : [],
    })),
  };
}
