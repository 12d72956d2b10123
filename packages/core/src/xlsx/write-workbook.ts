/**
 * Workbook writing (docs/decisions/0005): sheets with a frozen, bold header, autofilter, column
 * widths, number formats and list data validations (drop-downs). Text is always written as an
 * inline string, never as a formula, so `=1+1`, `+32...`, `-x` or `@x` from an inventory stays
 * text in Excel and LibreOffice. Same input, same bytes.
 */
import { columnLetter } from "../csv/header.ts";
import { type CellFormat, STYLE, STYLES_XML } from "./write-styles.ts";
import { writeZip } from "./zip.ts";

export type CellValue = string | number | boolean | null | undefined | { date: string };

export interface ColumnSpecOut {
  header: string;
  /** Width in characters; default from the header and the values. */
  width?: number;
  format?: CellFormat;
}

export interface ListValidation {
  /** 0-based column. */
  column: number;
  /** The allowed values (written inline when short, else on the hidden lists sheet). */
  values?: readonly string[];
  /** Or a range formula instead of values, e.g. `'organisaties'!$A$2:$A$2000`. */
  range?: string;
  /** `stop` refuses other values; `warning` asks first; `information` only shows the list. */
  style?: "stop" | "warning" | "information";
  prompt?: string;
}

export interface SheetSpec {
  name: string;
  columns: ColumnSpecOut[];
  rows: CellValue[][];
  /** Freeze the header row and put an autofilter on it (default true). */
  table?: boolean;
  validations?: ListValidation[];
  /** Rows the validations cover (default: the rows written + 500). */
  validationRows?: number;
  hidden?: boolean;
  /** Print landscape, one page wide (text to read, such as the instructions). */
  printFitWidth?: boolean;
}

/** Excel's own limits for sheet names: 31 characters, none of : \ / ? * [ ]. */
/** `'sheet name'!` for a formula. */
export const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return clean === "" ? "sheet" : clean;
}

const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Text for XML: escaped, and characters XML cannot carry made visible instead of breaking the file. */
export function xmlText(s: string): string {
  return s
    .replace(XML_FORBIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Days since 1899-12-30 (Excel's 1900 date system) for an ISO date; undefined when not a date. */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? undefined : Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Excel holds at most 32,767 characters in a cell and calls a workbook with a longer one damaged
 * (it offers to repair it): longer text is cut there, ending in `…`.
 */
export const EXCEL_MAX_CELL_TEXT = 32_767;
const cellText = (s: string) =>
  s.length > EXCEL_MAX_CELL_TEXT ? `${s.slice(0, EXCEL_MAX_CELL_TEXT - 1)}…` : s;

function cellXml(ref: string, value: CellValue, format: CellFormat | undefined, header: boolean): string {
  if (value === null || value === undefined || value === "") return "";
  const style = header ? STYLE.header : format ? STYLE[format] : STYLE.default;
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object") {
    const serial = isoToSerial(value.date);
    if (serial !== undefined) return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cellText(value.date))}</t></is></c>`;
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cellText(value))}</t></is></c>`;
}

const display = (v: CellValue) =>
  v === null || v === undefined
    ? ""
    : typeof v === "object"
      ? v.date
      : typeof v === "number"
        ? v.toFixed(2)
        : String(v);

function widths(sheet: SheetSpec): number[] {
  return sheet.columns.map((c, i) => {
    if (c.width) return c.width;
    let w = c.header.length + 2;
    for (const row of sheet.rows.slice(0, 500)) w = Math.max(w, display(row[i]).length + 1);
    return Math.min(60, Math.max(8, w));
  });
}

interface ListRange {
  ref: string;
}

function validationsXml(sheet: SheetSpec, lists: (values: readonly string[]) => ListRange | string): string {
  const v = sheet.validations ?? [];
  if (v.length === 0) return "";
  const last = Math.max(2, (sheet.validationRows ?? sheet.rows.length + 500) + 1);
  const items = v.map((val) => {
    const col = columnLetter(val.column);
    const source = val.range ?? lists(val.values ?? []);
    const formula = typeof source === "string" ? source : source.ref;
    const style = val.style ?? "warning";
    const prompt = val.prompt ? ` showInputMessage="1" prompt="${xmlText(val.prompt.slice(0, 255))}"` : "";
    return `<dataValidation type="list" errorStyle="${style}" allowBlank="1" showErrorMessage="1"${prompt} sqref="${col}2:${col}${last}"><formula1>${xmlText(formula)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

function sheetXml(sheet: SheetSpec, lists: (values: readonly string[]) => ListRange | string): string {
  const table = sheet.table ?? true;
  const n = sheet.columns.length;
  const lastCol = columnLetter(Math.max(0, n - 1));
  const lastRow = sheet.rows.length + 1;
  const cols = widths(sheet)
    .map((w, i) => {
      const f = sheet.columns[i].format;
      const style = f ? ` style="${STYLE[f]}"` : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${style}/>`;
    })
    .join("");
  const rows = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row, r) => {
    const cells = sheet.columns.map((c, i) =>
      cellXml(`${columnLetter(i)}${r + 1}`, row[i], c.format, r === 0),
    );
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const view = table
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`
    : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const filter = table && n > 0 ? `<autoFilter ref="A1:${lastCol}${lastRow}"/>` : "";
  const fit = sheet.printFitWidth === true;
  const sheetPr = fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
  const pageSetup = fit
    ? `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${sheetPr}<dimension ref="A1:${lastCol}${lastRow}"/>${view}<sheetFormatPr defaultRowHeight="15"/>${n > 0 ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData>${filter}${validationsXml(sheet, lists)}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${pageSetup}</worksheet>`;
}

/** Writes the workbook; `listsSheet` names the hidden sheet that holds long drop-down lists. */
export function writeWorkbook(sheets: SheetSpec[], listsSheet = "lists"): Uint8Array {
  const listColumns: string[][] = [];
  const listIndex = new Map<string, ListRange>();
  const lists = (values: readonly string[]): ListRange | string => {
    const inline = values.join(",");
    if (inline.length <= 250 && !values.some((v) => /[,"]/.test(v))) return `"${inline}"`;
    const key = values.join("\u0000");
    const known = listIndex.get(key);
    if (known) return known;
    const col = columnLetter(listColumns.length);
    listColumns.push([...values]);
    const range = { ref: `${quoteSheet(listsSheet)}!$${col}$1:$${col}$${Math.max(1, values.length)}` };
    listIndex.set(key, range);
    return range;
  };
  const bodies = sheets.map((s) => sheetXml(s, lists));
  const all = [...sheets.map((s, i) => ({ name: s.name, hidden: s.hidden ?? false, xml: bodies[i] }))];
  if (listColumns.length > 0) {
    const height = Math.max(...listColumns.map((c) => c.length));
    const rows = Array.from({ length: height }, (_, r) => listColumns.map((c) => c[r]));
    const columns = listColumns.map((_, i) => ({ header: columnLetter(i), width: 30 }));
    // The lists sheet has no header row: write it with the first values as its "header".
    const [first, ...rest] = rows;
    const xml = sheetXml(
      {
        name: listsSheet,
        columns: columns.map((c, i) => ({ ...c, header: first[i] ?? "" })),
        rows: rest,
        table: false,
      },
      lists,
    );
    all.push({ name: listsSheet, hidden: true, xml });
  }
  return writeZip(packageParts(all));
}

function packageParts(
  sheets: Array<{ name: string; hidden: boolean; xml: string }>,
): Array<[string, string]> {
  const decl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const types = `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`;
  const rootRels = `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEls = sheets
    .map(
      (s, i) =>
        `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ` state="hidden"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const filters = sheets
    .map((s, i) => {
      const m = /<autoFilter ref="([^"]+)"/.exec(s.xml);
      if (!m) return "";
      const [a, b] = m[1].split(":");
      const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quoteSheet(s.name))}!${abs(a)}:${abs(b)}</definedName>`;
    })
    .join("");
  const workbook = `${decl}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEls}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ""}</workbook>`;
  const wbRels = `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join(
      "",
    )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  return [
    ["[Content_Types].xml", types],
    ["_rels/.rels", rootRels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", wbRels],
    ["xl/styles.xml", STYLES_XML],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, s.xml]),
  ];
}
