/**
 * Identifiers stay strings (leading zeros kept: `0012` is not `12`). Copy-paste from web pages and
 * Word brings non-breaking spaces at the ends and zero-width characters inside; both make two ids
 * that look the same differ, so they are removed and reported.
 */
import { codePointLabel } from "./visible.ts";

export interface CleanedId {
  id: string;
  /** Code points removed, as `U+200B` labels, each once, in order of first removal. Ordinary
   * spaces, tabs and line breaks trimmed from the ends are not listed. */
  removed: string[];
}

const INVISIBLE_INSIDE = /[\p{Cc}\p{Cf}]/u;
const EDGE_SPACE = /[\s\p{Zs}]/u;
const HARMLESS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function cleanId(raw: string): CleanedId {
  const removed: string[] = [];
  const note = (cp: number) => {
    if (HARMLESS.has(cp)) return;
    const label = codePointLabel(cp);
    if (!removed.includes(label)) removed.push(label);
  };
  // Drop control/format characters anywhere, then whitespace (incl. NBSP) at both ends.
  const kept: string[] = [];
  for (const ch of raw) {
    if (INVISIBLE_INSIDE.test(ch)) note(ch.codePointAt(0)!);
    else kept.push(ch);
  }
  let start = 0;
  let end = kept.length;
  while (start < end && EDGE_SPACE.test(kept[start])) note(kept[start++].codePointAt(0)!);
  while (end > start && EDGE_SPACE.test(kept[end - 1])) note(kept[--end].codePointAt(0)!);
  return { id: kept.slice(start, end).join(""), removed };
}
