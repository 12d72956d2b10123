/**
 * Id and text cells: what is removed or changed is always reported with file, row, column and the
 * value as written. Ids: invisible characters (INVISIBLE_CHARACTER), control and bidi characters
 * (CONTROL_CHARACTER), a decomposed form normalised to NFC (UNICODE_NORMALISED), and codes that
 * Excel wrote in scientific notation (ID_SCIENTIFIC_NOTATION, kept as written: the digits are
 * gone). Text: control and bidi characters are removed (CONTROL_CHARACTER).
 */

import { msgText } from "../messages/index.ts";
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
    msgText("id-cells.control_character", {
      raw: q(raw),
      column: q(where.column ?? ""),
      labels: labels.join(", "),
      result: q(result),
    }),
  );
}

function scientificFinding(raw: string, where: Where): Finding {
  return finding(
    "warning",
    "ID_SCIENTIFIC_NOTATION",
    { ...where, value: raw },
    msgText("id-cells.id_scientific_notation", { raw: q(raw), column: q(where.column ?? "") }),
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
        msgText("id-cells.invisible_character", {
          raw: q(raw),
          column: q(where.column ?? ""),
          labels: invisible.join(", "),
          id: q(id),
        }),
      ),
    );
  if (controls.length > 0) findings.push(controlFinding(raw, where, controls, id));
  if (normalised)
    findings.push(
      finding(
        "info",
        "UNICODE_NORMALISED",
        { ...where, value: raw },
        msgText("id-cells.unicode_normalised", { id: q(id), column: q(where.column ?? "") }),
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
