/** Shapes of analysis's message catalogue. */

export type Params = Record<string, string | number>;

/** A sentence, or a function that builds it from named parameters (for plurals and numbers). */
export type Phrase = string | ((p: Params) => string);

export interface Message {
  nl: Phrase;
  en: Phrase;
}
