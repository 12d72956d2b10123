/** Core's messages: words and marks used inside other texts (column labels, number formatting). */
import type { Message } from "./types.ts";

export const FORMAT_MESSAGES = {
  /** The decimal mark of a number written for people: Dutch writes a comma. */
  "format.decimal_mark": { nl: ",", en: "." },
  "header.column_label": {
    nl: (p) => `kolom ${p.n} (${p.letter})`,
    en: (p) => `column ${p.n} (${p.letter})`,
  },
} as const satisfies Record<string, Message>;
