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
  const what = kind === "zip" ? msgText("file-findings.what") : msgText("file-findings.what_2");
  const ext = /\.[^./\\]+$/.exec(file)?.[0];
  const named = ext ? msgText("file-findings.named", { ext }) : msgText("file-findings.named_2");
  return {
    severity: "error",
    code: "EXCEL_FILE",
    file,
    message: {
      nl:
        `Dit lijkt ${what.nl}, geen CSV-bestand, ${named.nl}. Open het in Excel en ` +
        "kies Bestand > Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' (of in LibreOffice: " +
        `Opslaan als > Tekst CSV), en lees dat bestand${kind === "zip" ? ", of geef een .xlsx-werkmap de extensie .xlsx zodat ecolens ze als werkmap leest" : ""}. Niets uit dit bestand is ingelezen.`,
      en:
        `This looks like ${what.en}, not a CSV file, ${named.en}. Open it in ` +
        "Excel and choose File > Save As > 'CSV UTF-8 (Comma delimited)' (or in LibreOffice: Save As > " +
        `Text CSV), and read that file${kind === "zip" ? "; or give an .xlsx workbook the .xlsx extension so ecolens reads it as a workbook" : ""}. Nothing from this file was imported.`,
    },
  };
}

function mixedFinding(file: string, rows: readonly number[]): Finding {
  const many = rows.length > 1;
  return {
    severity: "warning",
    code: "ENCODING_MIXED",
    file,
    row: rows[0],
    message: {
      nl:
        `Dit bestand mengt twee coderingen: de meeste rijen zijn UTF-8, maar ${many ? "rijen" : "rij"} ` +
        `${rowList(rows)} ${many ? "zijn" : "is"} Windows-1252 (klassieke Excel-CSV) en ${many ? "zijn" : "is"} ` +
        "zo gelezen. Kijk in die rijen na of letters met accenten zoals é, ë en ç juist staan, en bewaar " +
        "het hele bestand als 'CSV UTF-8'.",
      en:
        `This file mixes two encodings: most rows are UTF-8, but ${many ? "rows" : "row"} ${rowList(rows)} ` +
        `${many ? "are" : "is"} Windows-1252 (classic Excel CSV) and ${many ? "were" : "was"} read as such. ` +
        "Check accented letters such as é, ë and ç in those rows, and save the whole file as 'CSV UTF-8'.",
    },
  };
}

export function fileFindings(file: string, facts: FileFacts): Finding[] {
  if (facts.workbook) return [workbookFinding(file, facts.workbook)];
  return facts.rows.length > 0 ? [mixedFinding(file, facts.rows)] : [];
}
