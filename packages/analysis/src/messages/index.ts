/**
 * The message catalogue of analysis: every sentence analysis builds for people, keyed by a code,
 * Dutch and English side by side (one file per area). A phrase is a string or a function of named
 * parameters, so plurals and word order stay in the language that needs them.
 * `test/messages/catalogue.test.ts` checks that every key has both languages.
 */
import type { Lang, Text } from "@ecolens/core";
import { COMMON_MESSAGES } from "./common.ts";
import { DIFF_MESSAGES } from "./diff.ts";
import { GAPS_MESSAGES } from "./gaps.ts";
import { LINKS_MESSAGES } from "./links.ts";
import { MATCH_MESSAGES } from "./match.ts";
import { PATHS_MESSAGES } from "./paths.ts";
import { PLACE_MESSAGES } from "./place.ts";
import { RESILIENCE_MESSAGES } from "./resilience.ts";
import { SCOPE_MESSAGES } from "./scope.ts";
import type { Message, Params } from "./types.ts";

export type { Message, Params, Phrase } from "./types.ts";

export const ANALYSIS_MESSAGES = {
  ...COMMON_MESSAGES,
  ...PLACE_MESSAGES,
  ...DIFF_MESSAGES,
  ...GAPS_MESSAGES,
  ...LINKS_MESSAGES,
  ...MATCH_MESSAGES,
  ...PATHS_MESSAGES,
  ...RESILIENCE_MESSAGES,
  ...SCOPE_MESSAGES,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof ANALYSIS_MESSAGES;

/** The message in one language, its parameters filled in. */
export function say(code: MessageCode, lang: Lang, params: Params = {}): string {
  const phrase = (ANALYSIS_MESSAGES[code] as Message)[lang];
  return typeof phrase === "function" ? phrase(params) : phrase;
}

/** The message in both languages; parameters that differ by language come from a function. */
export function text(code: MessageCode, params: Params | ((lang: Lang) => Params) = {}): Text {
  const of = (lang: Lang) => say(code, lang, typeof params === "function" ? params(lang) : params);
  return { nl: of("nl"), en: of("en") };
}

/** "a, b and c" / "a, b en c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${say("list.and", lang)} ${items[items.length - 1]}`;
}

/** A decimal number with the language's decimal mark. */
export function decimalMark(numeral: string, lang: Lang): string {
  return numeral.replace(".", say("number.decimal_mark", lang));
}

/** A count by the locale: 2.122 in Dutch, 2,122 in English. */
export function wholeNumber(n: number, lang: Lang): string {
  return n.toLocaleString(say("number.locale", lang));
}
