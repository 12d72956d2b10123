/**
 * Words for vocabulary codes inside suggestion sentences: core's nl/en vocabulary labels, put in
 * lower case without the age band ("Jongeren (12-25)" -> "jongeren"); an unknown code reads as
 * itself with spaces. Callers may pass their own labeller.
 */
import { type Lang, label } from "@ecolens/core";
import { joinList } from "../messages/index.ts";

export type VocabKind = "theme" | "target_group" | "barrier_type" | "sector" | "resource" | "org_type";
export type Labeller = (kind: VocabKind, code: string, lang: Lang) => string;

export const plainLabel: Labeller = (_kind, code) => code.replace(/^other:/, "").replace(/_/g, " ");

export const vocabLabel: Labeller = (kind, code, lang) => {
  const text = label(kind, code, lang);
  if (text === code) return plainLabel(kind, code, lang);
  const short = text.replace(/\s*\([^)]*\)\s*$/, "");
  // Keep acronyms (e.g. "STEM") as written; lower-case an ordinary first word.
  return /^[A-Z][a-z]/.test(short) ? short[0].toLowerCase() + short.slice(1) : short;
};

/** "a, b and c" / "a, b en c": the catalogue's list join (messages/). */
export function joinWords(words: readonly string[], lang: Lang): string {
  return joinList(words, lang);
}
