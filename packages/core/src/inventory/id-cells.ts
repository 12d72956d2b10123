/**
 * Id and text cells: what is removed or changed is always reported with file, row, column and the
 * value as written. Ids: invisible characters (INVISIBLE_CHARACTER), control and bidi characters
 * (CONTROL_CHARACTER), a decomposed form normalised to NFC (UNICODE_NORMALISED), and codes that
 * Excel wrote in scientific notation (ID_SCIENTIFIC_NOTATION, kept as written: the digits are
 * gone). Text: control and bidi characters are removed (CONTROL_CHARACTER).
 */
import type { Finding } from "../model/types.ts";
import { cleanId, looksLikeExcelScientific } from "../values/id.ts";
import { codePointLabel } from "../values/visible.ts";
import { finding, q, type Where } from "./findings.ts";

const PLAIN_ID = /^[!-~]+$/;

function controlFinding(raw: string, where: Where, labels: string[], result: string): Finding {
  return finding(
    "warning",
    "CONTROL_CHARACTER",
    { ...where, value: raw },
    {
      nl: `In ${q(raw)} (kolom ${q(where.column ?? "")}) stonden stuur- of schrijfrichtingstekens (${labels.join(", ")}); die kunnen tekst op het scherm verbergen of omkeren. Ze zijn verwijderd, gelezen is ${q(result)}.`,
      en: `${q(raw)} (column ${q(where.column ?? "")}) held control or text-direction characters (${labels.join(", ")}); they can hide or reverse text on screen. They were removed; read as ${q(result)}.`,
    },
  );
}

function scientificFinding(raw: string, where: Where): Finding {
  return finding(
    "warning",
    "ID_SCIENTIFIC_NOTATION",
    { ...where, value: raw },
    {
      nl: `De code ${q(raw)} (kolom ${q(where.column ?? "")}) staat in wetenschappelijke notatie: Excel heeft een lang nummer zo weergegeven en bewaard, en de cijfers zijn verloren. Ze is bewaard zoals ze staat. Zet de kolom in Excel op 'Tekst', typ de codes opnieuw en bewaar opnieuw als CSV.`,
      en: `Code ${q(raw)} (column ${q(where.column ?? "")}) is in scientific notation: Excel displayed a long number that way and saved it so, and the digits are lost. It was kept as written. Format the column as 'Text' in Excel, type the codes again and save as CSV again.`,
    },
  );
}

/** An id without invisible or control characters, in NFC; reports what was changed. */
export function readId(raw: string, where: Where, findings: Finding[]): string {
  // Fast path: printable ASCII without spaces has nothing to trim, remove or normalise.
  if (PLAIN_ID.test(raw)) {
    if (looksLikeExcelScientific(raw)) findings.push(scientificFinding(raw, where));
    return raw;
  }
  const { id, removed, controls, normalised } = cleanId(raw);
  const invisible = removed.filter((label) => !controls.includes(label));
  if (invisible.length > 0)
    findings.push(
      finding(
        "warning",
        "INVISIBLE_CHARACTER",
        { ...where, value: raw },
        {
          nl: `In ${q(raw)} (kolom ${q(where.column ?? "")}) stonden onzichtbare tekens (${invisible.join(", ")}); ze zijn verwijderd, de code is nu ${q(id)}. Zulke tekens komen mee bij kopiëren uit websites of Word en maken codes die er gelijk uitzien verschillend.`,
          en: `${q(raw)} (column ${q(where.column ?? "")}) held invisible characters (${invisible.join(", ")}); they were removed, the code is now ${q(id)}. Such characters come along when copying from web pages or Word and make codes that look the same differ.`,
        },
      ),
    );
  if (controls.length > 0) findings.push(controlFinding(raw, where, controls, id));
  if (normalised)
    findings.push(
      finding(
        "info",
        "UNICODE_NORMALISED",
        { ...where, value: raw },
        {
          nl: `De code ${q(id)} (kolom ${q(where.column ?? "")}) stond in ontbonden vorm (letter + los accent, zoals macOS en sommige webformulieren schrijven) en is omgezet naar de gewone samengestelde vorm (NFC), zodat ze gelijk is aan dezelfde code elders.`,
          en: `Code ${q(id)} (column ${q(where.column ?? "")}) was in decomposed form (letter + separate accent, as macOS and some web forms write it) and was converted to the usual composed form (NFC), so it equals the same code elsewhere.`,
        },
      ),
    );
  if (looksLikeExcelScientific(id)) findings.push(scientificFinding(raw, where));
  return id;
}

/** Control characters and bidi controls; in text, tab and line breaks are allowed (a quoted cell may hold them). */
const CONTROL = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const TEXT_WHITESPACE = new Set(["\t", "\n", "\r"]);

/** A text cell, trimmed, with control and bidi characters removed and reported. */
export function readText(raw: string, where: Where, findings: Finding[]): string {
  const text = raw.trim();
  if (!CONTROL.test(text)) return text;
  const labels: string[] = [];
  let cleaned = "";
  for (const ch of text) {
    if (!CONTROL.test(ch) || TEXT_WHITESPACE.has(ch)) {
      cleaned += ch;
      continue;
    }
    const label = codePointLabel(ch.codePointAt(0)!);
    if (!labels.includes(label)) labels.push(label);
  }
  if (labels.length === 0) return text;
  cleaned = cleaned.trim();
  findings.push(controlFinding(raw, where, labels, cleaned));
  return cleaned;
}
