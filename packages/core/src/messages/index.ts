/**
 * Core's message catalogue: every sentence core builds for people (import findings, reader
 * problems, workbook texts), keyed by a code, Dutch and English side by side, one file per area.
 * A phrase is a string or a function of named parameters; a parameter that is itself a Text is
 * given to each language in that language. scripts/test/messages.test.ts checks that every key
 * has both languages and that no logic builds text from inline nl/en literals.
 */
import type { Lang, Text } from "../model/types.ts";
import { CSV_MESSAGES } from "./csv.ts";
import { FORMAT_MESSAGES } from "./format.ts";
import { INVENTORY_MESSAGES } from "./inventory.ts";
import { IO_MESSAGES } from "./io.ts";
import type { Filled, Message, Params } from "./types.ts";
import { XLSX_MESSAGES } from "./xlsx.ts";

export type { Filled, Message, Param, Params, Phrase } from "./types.ts";

export const MESSAGES = {
  ...FORMAT_MESSAGES,
  ...INVENTORY_MESSAGES,
  ...CSV_MESSAGES,
  ...IO_MESSAGES,
  ...XLSX_MESSAGES,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

function fill(params: Params, lang: Lang): Filled {
  const filled: Filled = {};
  for (const [key, value] of Object.entries(params))
    filled[key] = typeof value === "object" ? value[lang] : String(value);
  return filled;
}

/** The message in one language, its parameters filled in. */
export function msg(code: MessageCode, lang: Lang, params: Params = {}): string {
  const phrase = (MESSAGES[code] as Message)[lang];
  return typeof phrase === "function" ? phrase(fill(params, lang)) : phrase;
}

/** The message in both languages (findings carry both; the reader picks one when printing). */
export function msgText(code: MessageCode, params: Params = {}): Text {
  return { nl: msg(code, "nl", params), en: msg(code, "en", params) };
}
