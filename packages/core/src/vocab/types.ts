/** The shape of a controlled vocabulary: canonical code, nl/en labels and accepted synonyms. */
import type { Text } from "../model/types.ts";

export interface VocabEntry {
  /** Canonical English snake_case code (model/codes.ts), the value stored after import. */
  code: string;
  /** Label for people in Dutch; its normalised form (e.g. `bibliotheek`) is the NL code. */
  nl: string;
  en: string;
  /** Other spellings people write in their spreadsheets (matched after normalisation). */
  synonyms?: readonly string[];
}

export interface Vocabulary {
  name: string;
  /** What the vocabulary is about, for headings and messages. */
  title: Text;
  entries: readonly VocabEntry[];
}
