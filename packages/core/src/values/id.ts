/**
 * Identifiers stay strings (leading zeros kept: `0012` is not `12`). Copy-paste from web pages and
 * Word brings non-breaking spaces at the ends and zero-width characters inside; both make two ids
 * that look the same differ, so they are removed and reported. Control and bidi characters (which
 * can reorder or hide text on screen) are removed too and listed apart. The result is in Unicode
 * NFC, so `é` typed as one character and as `e` + combining accent (macOS, some web forms) is one id.
 */
import { codePointLabel } from "./visible.ts";

export interface CleanedId {
  id: string;
  /** Code points removed, as `U+200B` labels, each once, in order of first removal. Ordinary
   * spaces, tabs and line breaks trimmed from the ends are not listed. */
  removed: string[];
  /** The subset of `removed` that are control (Cc) or bidi characters. */
  controls: string[];
  /** The id was not in NFC (composed) form and was normalised to it. */
  normalised: boolean;
}

const INVISIBLE_INSIDE = /[\p{Cc}\p{Cf}]/u;
const EDGE_SPACE = /[\s\p{Zs}]/u;
const HARMLESS_EDGE = /^[ \t\r\n]+|[ \t\r\n]+$/g;
/** Cc, and the bidi marks, embeddings, overrides and isolates (Unicode UAX #9). */
const CONTROL = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Printable ASCII with no space at either end: already clean and in NFC (most ids). */
const PLAIN_ASCII = /^[!-~](?:[ -~]*[!-~])?$/;

export function cleanId(raw: string): CleanedId {
  if (PLAIN_ASCII.test(raw)) return { id: raw, removed: [], controls: [], normalised: false };
  const removed: string[] = [];
  const controls: string[] = [];
  const note = (ch: string, edge = false) => {
    if (edge && " \t\r\n".includes(ch)) return;
    const label = codePointLabel(ch.codePointAt(0)!);
    if (!removed.includes(label)) removed.push(label);
    if (CONTROL.test(ch) && !controls.includes(label)) controls.push(label);
  };
  // Ordinary whitespace at the ends goes silently; inside, a tab or line break is a control.
  const kept: string[] = [];
  for (const ch of raw.replace(HARMLESS_EDGE, "")) {
    if (INVISIBLE_INSIDE.test(ch)) note(ch);
    else kept.push(ch);
  }
  let start = 0;
  let end = kept.length;
  while (start < end && EDGE_SPACE.test(kept[start])) note(kept[start++], true);
  while (end > start && EDGE_SPACE.test(kept[end - 1])) note(kept[--end], true);
  const cleaned = kept.slice(start, end).join("");
  const id = cleaned.normalize("NFC");
  return { id, removed, controls, normalised: id !== cleaned };
}

/**
 * Excel shows long numeric codes in scientific notation and saves them that way in CSV
 * (`123456789012` -> `1,23457E+11` on nl-BE, `1.23E+05`): the digits are lost for good.
 */
const SCIENTIFIC = /^[-+]?\d+(?:[.,]\d+)?[eE][-+]\d+$/;

export function looksLikeExcelScientific(id: string): boolean {
  return SCIENTIFIC.test(id);
}

/** Key under which ids that differ only by upper/lower case or by spaces coincide. */
export function idVariantKey(id: string): string {
  return id
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\p{Zs}]+/gu, "");
}
