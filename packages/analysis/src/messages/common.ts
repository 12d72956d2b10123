/** Small words shared by the sentences of analysis: list joins and the decimal mark. */
import type { Message } from "./types.ts";

export const COMMON_MESSAGES = {
  /** The word before the last item of a list: "a, b en c" / "a, b and c". */
  "list.and": { nl: "en", en: "and" },
  "number.decimal_mark": { nl: ",", en: "." },
  /** The locale of a whole number: 2.122 in Dutch, 2,122 in English. */
  "number.locale": { nl: "nl-BE", en: "en-GB" },
} as const satisfies Record<string, Message>;
