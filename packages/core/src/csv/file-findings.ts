/**
 * Findings about the file as a whole, before any column is looked at: a workbook or zip saved
 * under a `.csv` name, and a file whose rows were saved in two encodings.
 */

import { msgText } from "../messages/index.ts";
import type { Finding } from "../model/types.ts";
import type { WorkbookKind } from "./decode-lines.ts";

export interface FileFacts {
  workbook?: WorkbookKind;
  /** Spreadsheet rows decoded as Windows-1252 in a file that is otherwise UTF-8. */
  rows: readonly number[];
}

/** `2, 5, 7` or `2, 5, 7 ... (12 rows)` when there are many. */
export function rowList(rows: readonly number[], max = 10): string {
  const shown = rows.slice(0, max).join(", ");
  return rows.length > max ? `${shown}, … (${rows.length})` : shown;
}

function workbookFinding(file: string, kind: WorkbookKind): Finding {
  const what = kind === "zip" ? msgText("file-findings.zip") : msgText("file-findings.xls");
  const ext = /\.[^./\\]+$/.exec(file)?.[0];
  const named = ext ? msgText("file-findings.named_ext", { ext }) : msgText("file-findings.named_csv");
  return {
    severity: "error",
    code: "EXCEL_FILE",
    file,
    message: msgText(kind === "zip" ? "file-findings.zip_as_csv" : "file-findings.xls_as_csv", {
      what,
      named,
    }),
  };
}

function mixedFinding(file: string, rows: readonly number[]): Finding {
  const many = rows.length > 1;
  return {
    severity: "warning",
    code: "ENCODING_MIXED",
    file,
    row: rows[0],
    message: msgText(many ? "file-findings.mixed_rows" : "file-findings.mixed_row", { rows: rowList(rows) }),
  };
}

export function fileFindings(file: string, facts: FileFacts): Finding[] {
  if (facts.workbook) return [workbookFinding(file, facts.workbook)];
  return facts.rows.length > 0 ? [mixedFinding(file, facts.rows)] : [];
}
