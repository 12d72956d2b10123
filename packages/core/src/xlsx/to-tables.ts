/**
 * A workbook -> one table per sheet, handed to the inventory import as the `;`-delimited UTF-8 CSV
 * the sheet would be saved as (every cell quoted, one line per Excel row, so the import's row
 * numbers are Excel's), so the import and its findings work unchanged. A sheet is named
 * `<workbook>/<sheet>`, so its kind is found from the sheet name with the same nl/en aliases as
 * file names. Cells become the text the CSV path would see: dates yyyy-mm-dd, numbers with a
 * decimal comma (so `|` and `,` separate the items of a multi-valued cell), booleans true/false.
 * What only a workbook can tell (a number cell used as an id, an error cell) is added as findings.
 */
import { columnLetter } from "../csv/header.ts";
import { mapColumns } from "../inventory/columns.ts";
import { kindFromFileName, kindFromHeader } from "../inventory/file-kind.ts";
import { finding, q } from "../inventory/findings.ts";
import { msgText } from "../messages/index.ts";
import type { Finding, InputFile } from "../model/types.ts";
import type { Cell, SheetRow } from "./read-sheet.ts";
import type { Workbook, WorkbookSheet } from "./read-workbook.ts";

/** Sheets ecolens writes itself around the tables (template instructions, drop-down lists). */
export const HELPER_SHEETS = new Set([
  "instructies",
  "instructions",
  "lijsten",
  "lists",
  "formulier",
  "form",
  "respons",
  "response",
]);

/** Id columns where a number cell is normal (NIS codes and postcodes have no leading zeros). */
const NUMERIC_IDS = new Set(["nis_code", "postcode", "kbo_number"]);

function cellText(cell: Cell | undefined): string {
  if (!cell || cell.type === "error") return "";
  if (cell.type === "number") return cell.text.replace(".", ",");
  return cell.text;
}

const isBlank = (r: SheetRow) => r.cells.every((c) => c === undefined || cellText(c).trim() === "");

export interface SheetTable {
  /** `<workbook>/<sheet>`. */
  file: string;
  header: string[];
  headerRow: number;
  /** Every row up to the last non-blank one, by Excel row number (blank rows as empty lines). */
  lines: Map<number, string[]>;
  lastRow: number;
  /** Findings only a workbook can give (number cells as ids, error cells). */
  findings: Finding[];
}

/** The sheet's rows as a table (header = first non-blank row). */
function sheetTable(file: string, sheet: WorkbookSheet): SheetTable {
  const rows = sheet.rows;
  const first = rows.findIndex((r) => !isBlank(r));
  // A loop, not Math.max(...rows): 150,000 rows as arguments overflow the call stack.
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const pad = (r: SheetRow) => Array.from({ length: width }, (_, i) => cellText(r.cells[i]));
  const header = first >= 0 ? pad(rows[first]) : [];
  const headerRow = first >= 0 ? rows[first].row : 0;
  const records = first >= 0 ? rows.slice(first + 1).filter((r) => !isBlank(r)) : [];
  const lines = new Map<number, string[]>();
  if (first >= 0) lines.set(headerRow, header);
  for (const r of records) lines.set(r.row, pad(r));
  const lastRow = records.at(-1)?.row ?? headerRow;
  return { file, header, headerRow, lines, lastRow, findings: cellFindings(file, header, records) };
}

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** The table as the UTF-8 CSV Excel would save: `;`, every cell quoted, line n = Excel row n. */
export function sheetCsv(table: SheetTable): InputFile {
  const out: string[] = [];
  for (let row = 1; row <= table.lastRow; row++) out.push(table.lines.get(row)?.map(quote).join(";") ?? "");
  return { name: table.file, bytes: new TextEncoder().encode(`${out.join("\r\n")}\r\n`) };
}

/** Error cells (#N/A, #REF!, ...) and number cells in id columns. */
function cellFindings(file: string, header: string[], records: SheetRow[]): Finding[] {
  const out: Finding[] = [];
  for (const r of records)
    for (const cell of r.cells)
      if (cell?.type === "error")
        out.push(
          finding(
            "warning",
            "XLSX_ERROR_CELL",
            { file, row: r.row, column: header[cell.col] ?? columnLetter(cell.col), value: cell.text },
            msgText("to-tables.xlsx_error_cell", {
              col: columnLetter(cell.col),
              row: r.row,
              text: q(cell.text),
            }),
          ),
        );
  const kind = kindFromFileName(file) ?? kindFromHeader(header);
  if (!kind) return out;
  for (const m of mapColumns(kind, header).byField.values()) {
    if ((m.spec.type !== "id" && m.spec.type !== "ids") || NUMERIC_IDS.has(m.spec.field)) continue;
    const numbers = records.filter((r) => r.cells[m.index]?.type === "number");
    if (numbers.length === 0) continue;
    const cell = numbers[0].cells[m.index] as Cell;
    out.push(
      finding(
        "warning",
        "XLSX_NUMBER_AS_ID",
        { file, row: numbers[0].row, column: header[m.index], value: cell.text },
        msgText("to-tables.xlsx_number_as_id", {
          length: numbers.length,
          index: columnLetter(m.index),
          row: numbers[0].row,
        }),
      ),
    );
  }
  return out;
}

/** Every non-empty sheet (hidden ones too: nothing is lost) except ecolens' helper sheets, as a table. */
export function workbookTables(workbook: Workbook): SheetTable[] {
  const used = new Set<string>();
  const tables: SheetTable[] = [];
  for (const sheet of workbook.sheets) {
    if (HELPER_SHEETS.has(sheet.name.trim().toLowerCase())) continue;
    if (sheet.rows.every(isBlank)) continue;
    let name = `${workbook.file}/${sheet.name}`;
    for (let i = 2; used.has(name); i++) name = `${workbook.file}/${sheet.name} (${i})`;
    used.add(name);
    tables.push(sheetTable(name, sheet));
  }
  return tables;
}

/** `naam` -> `naam (B)`: where a finding's column is in the sheet, as Excel shows it. */
export function withColumnLetters(findings: Finding[], tables: readonly SheetTable[]): Finding[] {
  const headers = new Map(tables.map((t) => [t.file, t.header.map((h) => h.trim())]));
  return findings.map((f) => {
    const header = headers.get(f.file);
    if (!header || f.column === undefined) return f;
    const index = header.indexOf(f.column.trim());
    return index < 0 ? f : { ...f, column: `${f.column} (${columnLetter(index)})` };
  });
}
