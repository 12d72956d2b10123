/** Shapes of core's message catalogue. */
import type { Text } from "../model/types.ts";

/** What a phrase is filled with; a Text parameter is given in the phrase's own language. */
export type Param = string | number | Text;
export type Params = Record<string, Param>;

/** The parameters as a phrase sees them: every Text already in its language. */
export type Filled = Record<string, string>;

/** A sentence, or a function that builds it from named parameters (plurals, word order). */
export type Phrase = string | ((p: Filled) => string);

export interface Message {
  nl: Phrase;
  en: Phrase;
}
