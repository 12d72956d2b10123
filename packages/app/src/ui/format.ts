/** Numbers as the report writes them: nl-BE or en-GB grouping and decimals. */
import { type Lang, NUMBER_LOCALE as LOCALE } from "../i18n/catalogue.ts";

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

/** Control, format (bidi overrides such as U+202E) and odd space characters, as core's makeVisible finds them. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu;
/** Longer names are shortened in the middle (the full name is in the element's title). */
export const NAME_MAX = 120;

/**
 * A file name as the page shows it: an override character cannot turn the rest of the line
 * around (`⟦U+202E⟧` instead), and a name of thousands of characters is cut in the middle.
 */
export function shownName(name: string, max = NAME_MAX): string {
  const visible = name.replace(
    INVISIBLE,
    (ch) => `⟦U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}⟧`,
  );
  const chars = [...visible];
  if (chars.length <= max) return visible;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join("")}…${chars.slice(chars.length - half).join("")}`;
}
