/** Numbers as the report writes them: nl-BE or en-GB grouping and decimals. */
import type { Lang } from "../i18n/catalogue.ts";

const LOCALE: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

export function integer(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: 0 });
}

export function decimal(value: number | null, lang: Lang, digits = 3): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return value.toLocaleString(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function percent(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return value.toLocaleString(LOCALE[lang], { style: "percent", maximumFractionDigits: 1 });
}
