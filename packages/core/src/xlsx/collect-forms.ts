/** Returned partner forms -> who answered and the rows of each table, as text cells by field. */
import { mapColumns } from "../inventory/columns.ts";
import { kindFromFileName, kindFromHeader } from "../inventory/file-kind.ts";
import type { CsvKind } from "../inventory/schema.ts";
import { msgText } from "../messages/index.ts";
import type { InputFile } from "../model/types.ts";
import { XlsxError } from "./errors.ts";
import { readWorkbook, type Workbook } from "./read-workbook.ts";
import { workbookTables } from "./to-tables.ts";

export interface FormRow {
  /** Header (as written) -> cell text. */
  cells: Map<string, string>;
  /** Field -> cell text, for the schema columns. */
  fields: Map<string, string>;
}

export interface ReturnedForm {
  file: string;
  /** The organisation the form was made for. */
  org_id: string;
  tables: Map<CsvKind, FormRow[]>;
}

export interface FormProblem {
  file: string;
  message: { nl: string; en: string };
}

const FORM_SHEETS = new Set(["formulier", "form"]);

function formOrg(wb: Workbook): string | undefined {
  const form = wb.sheets.find((s) => FORM_SHEETS.has(s.name.toLowerCase()));
  const row = form?.rows.find((r) => r.cells[0]?.text === "org_id");
  return row?.cells[1]?.text?.trim() || undefined;
}

/**
 * Reads one returned form; a workbook that is no partner form, or one that is refused (damaged,
 * encrypted, macros, too large), is a problem that skips this form, not an error that stops all.
 */
export function readForm(file: InputFile): ReturnedForm | FormProblem {
  let wb: Workbook;
  try {
    wb = readWorkbook(file.bytes, file.name);
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    // The refusal starts with the file name, which the problem already carries.
    const bare = (text: string) => (text.startsWith(file.name) ? text.slice(file.name.length).trim() : text);
    return {
      file: file.name,
      message: msgText("collect-forms.skipped", { text: { nl: bare(e.text.nl), en: bare(e.text.en) } }),
    };
  }
  const org = formOrg(wb);
  if (!org)
    return {
      file: file.name,
      message: msgText("collect-forms.not_a_form"),
    };
  const tables = new Map<CsvKind, FormRow[]>();
  for (const t of workbookTables(wb)) {
    const kind = kindFromFileName(t.file) ?? kindFromHeader(t.header);
    if (!kind) continue;
    const map = mapColumns(kind, t.header);
    const rows: FormRow[] = [];
    for (const [row, line] of [...t.lines].sort((a, b) => a[0] - b[0])) {
      if (row === t.headerRow) continue;
      const cells = new Map(t.header.map((h, i) => [h.trim(), (line[i] ?? "").trim()]));
      const fields = new Map<string, string>();
      for (const [field, m] of map.byField) fields.set(field, (line[m.index] ?? "").trim());
      rows.push({ cells, fields });
    }
    tables.set(kind, [...(tables.get(kind) ?? []), ...rows]);
  }
  return { file: file.name, org_id: org, tables };
}
