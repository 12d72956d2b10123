/**
 * The inventory import for a mix of CSV files and workbooks: each workbook sheet goes through the
 * CSV import as a table (to-tables.ts); findings in a sheet name Excel's column letter next to
 * the header, and what only a workbook can tell is added to the import report.
 */
import { sortFindingsByPlace } from "../inventory/findings.ts";
import { type ImportOptions, importInventory } from "../inventory/import.ts";
import { msgText } from "../messages/index.ts";
import type { EcoNetwork, Finding, InputFile, Text } from "../model/types.ts";
import { XLSX_LIMITS, type XlsxLimits } from "./limits.ts";
import { readResponse } from "./read-response.ts";
import { readWorkbook } from "./read-workbook.ts";
import { HELPER_SHEETS, type SheetTable, sheetCsv, withColumnLetters, workbookTables } from "./to-tables.ts";

/** Finding codes only workbooks give (the CSV ones are in inventory/finding-codes.ts). */
export const XLSX_FINDING_CODES: Record<string, { severities: Array<"warning" | "info">; meaning: Text }> = {
  XLSX_NUMBER_AS_ID: {
    severities: ["warning"],
    meaning: msgText("import-workbooks.meaning.id_in_number_cell"),
  },
  XLSX_ERROR_CELL: {
    severities: ["warning"],
    meaning: msgText("import-workbooks.meaning.error_cell"),
  },
  XLSX_SHEET_SKIPPED: {
    severities: ["info"],
    meaning: msgText("import-workbooks.meaning.sheet_skipped"),
  },
  XLSX_NO_TABLES: {
    severities: ["warning"],
    meaning: msgText("import-workbooks.meaning.no_tables"),
  },
};

/** `.xlsx` (and `.xlsm`, which is refused with a message) are workbooks; the rest is CSV. */
export function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name);
}

function helperSkipped(file: string): Finding {
  return {
    severity: "info",
    code: "XLSX_SHEET_SKIPPED",
    file,
    message: msgText("import-workbooks.helper_sheet_skipped"),
  };
}

function noTables(file: string): Finding {
  return {
    severity: "warning",
    code: "XLSX_NO_TABLES",
    file,
    message: msgText("import-workbooks.no_tables"),
  };
}

export function importInventoryFiles(
  files: InputFile[],
  options: ImportOptions = {},
  limits: XlsxLimits = XLSX_LIMITS,
): EcoNetwork {
  const inputs: InputFile[] = [];
  const tables: SheetTable[] = [];
  const extra: Finding[] = [];
  let response: EcoNetwork["response"];
  for (const file of files) {
    if (!isWorkbookName(file.name)) {
      inputs.push(file);
      continue;
    }
    const workbook = readWorkbook(file.bytes, file.name, limits);
    const sheets = workbookTables(workbook);
    response ??= readResponse(workbook.sheets);
    if (sheets.length === 0) extra.push(noTables(file.name));
    for (const s of workbook.sheets)
      if (
        HELPER_SHEETS.has(s.name.trim().toLowerCase()) &&
        s.rows.some((r) => r.cells.some((c) => c !== undefined))
      )
        extra.push(helperSkipped(`${file.name}/${s.name}`));
    for (const t of sheets) {
      tables.push(t);
      for (const f of t.findings) extra.push(f);
      inputs.push(sheetCsv(t));
    }
  }
  const network = importInventory(inputs, options);
  if (response) network.response = response;
  if (tables.length === 0 && extra.length === 0) return network;
  const report = network.report;
  const order = new Map(tables.map((t) => [t.file, t.header.map((h) => h.trim())]));
  const col = (f: Finding) =>
    f.column === undefined ? -1 : (order.get(f.file)?.indexOf(f.column.trim()) ?? -1);
  const all = sortFindingsByPlace([...report.findings, ...extra], col);
  const findings = withColumnLetters(all, tables);
  network.report = {
    ...report,
    findings,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
  return network;
}
