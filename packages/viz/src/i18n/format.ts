/**
 * Locale formatting and vocabulary labels for the report and the viewer (browser-safe: no core
 * import). Numbers always go through the locale: nl 2.121 and 0,011, en 2,121 and 0.011.
 */
import type { Lang, Text } from "@ecolens/core";
import { UI } from "./strings.ts";

export const LOCALES: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

/** The decimal mark of each language (nl 0,5; en 0.5). */
export const DECIMAL_MARK: Record<Lang, string> = { nl: ",", en: "." };

export function fmtNumber(v: number | null | undefined, lang: Lang, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const rounded = Number(v.toFixed(digits));
  return rounded.toLocaleString(LOCALES[lang], { maximumFractionDigits: digits });
}

/**
 * A metric value for people: `digits` decimals, but a non-zero value too small for them keeps two
 * significant digits (PageRank in a network of 5,000 is about 0.0002 everywhere: "0" told nothing).
 */
export function fmtMetric(v: number | null | undefined, lang: Lang, digits = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (v === 0 || Math.abs(v) >= 10 ** -digits / 2) return fmtNumber(v, lang, digits);
  return v.toLocaleString(LOCALES[lang], { maximumSignificantDigits: 2 });
}

/** The label of a vocabulary code; "" is "unknown" in the language, an unlisted code shows as-is. */
export function label(
  vocab: Record<string, Record<string, Text>>,
  field: string,
  code: string,
  lang: Lang,
): string {
  if (code === "") return UI.unknown[lang];
  const table = vocab[field];
  if (table && Object.hasOwn(table, code)) return table[code][lang];
  return code.startsWith("other:") ? code.slice(6) : code;
}
