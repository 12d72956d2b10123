/**
 * Test fixture generator: the Westhoek example (data/examples/westhoek) saved as one workbook, the
 * way a coordinator's Excel would hold it: one sheet per CSV file (named like the file), numbers in
 * number cells, dates in date cells, yes/no in boolean cells, ids and codes as text.
 */
import { readdirSync, readFileSync } from "node:fs";
import {
  type CellValue,
  type InputFile,
  kindFromFileName,
  parseBoolean,
  parseDate,
  readTable,
  SCHEMAS,
  type SheetSpec,
  writeWorkbook,
} from "../../src/index.ts";
import { mapColumnsForTest } from "./map-columns.ts";

export const WESTHOEK = new URL("../../../../data/examples/westhoek/", import.meta.url).pathname;

export function westhoekCsv(): InputFile[] {
  return readdirSync(WESTHOEK)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${WESTHOEK}${f}`)) }));
}

function typed(raw: string, type: string | undefined): CellValue {
  const s = raw.trim();
  if (s === "") return undefined;
  if (type === "int" || type === "decimal") {
    const n = Number(s.replace(/\./g, "").replace(",", "."));
    return Number.isFinite(n) ? n : raw;
  }
  if (type === "date") {
    const d = parseDate(s);
    return d.ok && d.value ? { date: d.value } : raw;
  }
  if (type === "bool") {
    const b = parseBoolean(s);
    return b.ok && b.value !== undefined ? b.value : raw;
  }
  return raw;
}

/** The sheets of the Westhoek workbook (typed cells as described above). */
export function westhoekSheets(): SheetSpec[] {
  return westhoekCsv().map((file) => {
    const table = readTable(file);
    const kind = kindFromFileName(file.name);
    if (!kind) throw new Error(`unknown example file ${file.name}`);
    const types = mapColumnsForTest(kind, table.header);
    return {
      name: file.name.replace(/\.csv$/, ""),
      columns: table.header.map((h) => ({ header: h })),
      rows: table.records.map((r) => r.cells.map((c, i) => typed(c, types[i]))),
    };
  });
}

export function westhoekWorkbook(): InputFile {
  void SCHEMAS;
  return { name: "westhoek.xlsx", bytes: writeWorkbook(westhoekSheets()) };
}
