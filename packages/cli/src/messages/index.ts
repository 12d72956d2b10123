/**
 * The message catalogue of the CLI: every user-facing sentence keyed by a code, Dutch and English
 * side by side (one file per area). A phrase is a string or a function of named parameters, so
 * plurals and word order stay in the language that needs them. `test/language-catalogue.test.ts`
 * checks that every key has both languages.
 */
import type { Lang, Text } from "@ecolens/core";
import { ANALYSE_MESSAGES } from "./analyse.ts";
import { COMMON_MESSAGES } from "./common.ts";
import { DIFF_MESSAGES } from "./diff.ts";
import { FILE_MESSAGES } from "./files.ts";
import { GAPS_MESSAGES } from "./gaps.ts";
import { HELP_MESSAGES } from "./help.ts";
import { MAP_MESSAGES } from "./map.ts";
import { PATHS_MESSAGES } from "./paths.ts";
import { REPORT_MESSAGES } from "./report.ts";
import { RUN_MESSAGES } from "./run.ts";
import type { Message, Params } from "./types.ts";
import { VALIDATE_MESSAGES } from "./validate.ts";
import { WORKBOOK_MESSAGES } from "./workbooks.ts";
import { XLSX_MESSAGES } from "./xlsx.ts";

export type { Message, Params, Phrase } from "./types.ts";

export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...ANALYSE_MESSAGES,
  ...GAPS_MESSAGES,
  ...PATHS_MESSAGES,
  ...DIFF_MESSAGES,
  ...VALIDATE_MESSAGES,
  ...XLSX_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...RUN_MESSAGES,
  ...MAP_MESSAGES,
  ...REPORT_MESSAGES,
  ...FILE_MESSAGES,
  ...HELP_MESSAGES,
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

/** The message in one language, its parameters filled in. */
export function msg(code: MessageCode, lang: Lang, params: Params = {}): string {
  const phrase = (MESSAGES[code] as Message)[lang];
  return typeof phrase === "function" ? phrase(params) : phrase;
}

/** The message in both languages (for errors, whose language is chosen when they are printed). */
export function msgText(code: MessageCode, params: Params = {}): Text {
  return { nl: msg(code, "nl", params), en: msg(code, "en", params) };
}

/** The help of an option or argument in both languages, "English / Dutch": help is read before --lang. */
export function optionHelp(code: MessageCode, params: Params = {}): string {
  return `${msg(code, "en", params)} / ${msg(code, "nl", params)}`;
}

/** The description of a command in both languages: the English line, then the Dutch line. */
export function commandHelp(code: MessageCode): string {
  return `${msg(code, "en")}\n${msg(code, "nl")}`;
}
