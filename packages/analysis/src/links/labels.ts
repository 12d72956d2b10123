/**
 * Words for vocabulary codes in suggestion sentences. Until core exports its vocabulary labels
 * through the barrel, a code reads as itself with spaces (`nature_environment` -> "nature
 * environment"); callers may pass their own labeller.
 */
import type { Lang } from "@ecolens/core";

export type VocabKind = "theme" | "target_group" | "barrier_type" | "sector" | "resource";
export type Labeller = (kind: VocabKind, code: string, lang: Lang) => string;

export const plainLabel: Labeller = (_kind, code) => code.replace(/^other:/, "").replace(/_/g, " ");

/** "a, b and c" / "a, b en c". */
export function joinWords(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words.join("");
  const and = lang === "nl" ? " en " : " and ";
  return `${words.slice(0, -1).join(", ")}${and}${words[words.length - 1]}`;
}
