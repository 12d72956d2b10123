/** The user's language: --lang, else ECOLENS_LANG, else the locale (nl* -> nl), else English. */
import type { Lang, Text } from "@ecolens/core";
import { msgText } from "../messages/index.ts";
import { UsageError } from "./errors.ts";

export function resolveLang(option?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  const pick = option ?? env.ECOLENS_LANG;
  if (pick !== undefined) {
    if (pick === "nl" || pick === "en") return pick;
    throw new UsageError(msgText("lang.unknown", { value: pick }));
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}

/** Pick the sentence in the user's language. */
export function t(text: Text, lang: Lang): string {
  return text[lang];
}
