/**
 * Header helpers: the normalisation used to match column names (design/inventory-format.md,
 * principles), spreadsheet column letters, and duplicate detection.
 */
import { msg } from "../messages/index.ts";

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;

/**
 * `" Organisatie-ID "` -> `organisatie_id`, `Thema's/Domeinen` -> `thema's_domeinen`,
 * `Leeftijd.Van` -> `leeftijd_van`, `Peildatum` -> `peildatum`, `Gemeente (NIS)` -> `gemeente_(nis)`.
 * Steps: strip BOM and zero-width characters; trim; lowercase; NFKD and drop combining marks;
 * whitespace, `-`, `/`, `.` -> `_`; collapse `__`; trim `_`.
 */
export function normaliseHeader(h: string): string {
  return h
    .replace(INVISIBLE, "")
    .trim()
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\s\-/.]+/g, "_")
    .replace(/_{2,}/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA" (spreadsheet column letters). */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `column 3 (C)` / `kolom 3 (C)` for a 0-based index. */
export function columnLabel(index0: number, lang: "nl" | "en"): string {
  return msg("header.column_label", lang, { n: index0 + 1, letter: columnLetter(index0) });
}

export interface DuplicateHeader {
  /** The normalised name both columns share. */
  normalised: string;
  /** 0-based index of the first column with this name. */
  first: number;
  /** 0-based index of a later column with the same normalised name. */
  duplicate: number;
}

/** Columns whose normalised names repeat an earlier column's (empty names are not compared). */
export function findDuplicateHeaders(header: readonly string[]): DuplicateHeader[] {
  const firstIndex = new Map<string, number>();
  const out: DuplicateHeader[] = [];
  header.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (name === "") return;
    const first = firstIndex.get(name);
    if (first === undefined) firstIndex.set(name, i);
    else out.push({ normalised: name, first, duplicate: i });
  });
  return out;
}
