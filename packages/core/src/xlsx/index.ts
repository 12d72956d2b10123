export { type CollectResult, collectForms, TIE_COLUMNS, TIE_STATUS_LABEL } from "./collect.ts";
export type { RemovedTie, TieStatus } from "./collect-ties.ts";
export { XlsxError, type XlsxRefusal } from "./errors.ts";
export { importInventoryFiles, isWorkbookName, XLSX_FINDING_CODES } from "./import-workbooks.ts";
export { instructionsSheet } from "./instructions.ts";
export {
  cellOf,
  columnValidation,
  inventorySheet,
  municipalityNames,
  sheetName,
  TEMPLATE_KINDS,
  type TemplateKind,
} from "./inventory-sheets.ts";
export { XLSX_LIMITS, type XlsxLimits } from "./limits.ts";
export { type Cell, type CellType, parseRef, type SheetRow } from "./read-sheet.ts";
export { readWorkbook, type Workbook, type WorkbookSheet } from "./read-workbook.ts";
export {
  DELETE_HEADER,
  FORM_SHEET,
  partnerFileName,
  partnerFormSheets,
  partnerFormWorkbook,
  templateWorkbook,
} from "./template.ts";
export { tieStatusCounts } from "./tie-status-counts.ts";
export { HELPER_SHEETS, type SheetTable, sheetCsv, workbookTables } from "./to-tables.ts";
export { type CellFormat, STYLE } from "./write-styles.ts";
export {
  type CellValue,
  type ColumnSpecOut,
  isoToSerial,
  type ListValidation,
  type SheetSpec,
  safeSheetName,
  writeWorkbook,
} from "./write-workbook.ts";
export { readZip, refuseNonXlsx, writeZip } from "./zip.ts";
