/**
 * Numbers, percentages and dates for people, by the locale of the chosen language: Dutch writes
 * 0,011 and 2.121, English 0.011 and 2,121. Used by every terminal text of the CLI.
 */
import { type Lang, percentText } from "@ecolens/core";

const LOCALE: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, useGrouping: true });
    cache.set(key, f);
  }
  return f;
}

/** A number with up to `digits` decimals (no trailing zeros); "–" for none, ∞ for infinity. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const text = formatter(lang, digits).format(value);
  // -0 after rounding reads as 0.
  return /^-0([.,]0*)?$/.test(text) ? "0" : text;
}

/** A share 0..1 as a percentage ("13%", "0.4%", "<0.1%": never 0% for a non-zero share); "–" for none. */
export function formatPercent(share: number | null | undefined, lang: Lang): string {
  return percentText(share, lang);
}

/** An ISO date (2023-10-01) as people write it: "1 oktober 2023" / "1 October 2023". */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }).format(d);
}

/** "1 rij" / "3 rijen": the count by the locale and the word in its number. */
export function count(n: number, lang: Lang, one: string, many: string): string {
  return `${formatNumber(n, lang, 0)} ${n === 1 ? one : many}`;
}
