/**
 * Reading the catalogues: a message is an entry `{ nl, en }` keyed by code in one of the
 * catalogue files of this folder; `{name}` placeholders are filled with values already formatted
 * for the language. Code never writes a sentence itself: it picks an entry and fills it.
 */
import type { Lang, Text } from "@ecolens/core";

/** One message: the same sentence in Dutch and English. */
export interface Entry {
  readonly nl: string;
  readonly en: string;
}

export type Values = Record<string, string | number>;

/** The languages in their fixed order (nl first), e.g. for the language switch. */
export const LANGS: readonly Lang[] = ["nl", "en"];

/** Fill `{name}` placeholders; an unknown name stays as written. Values are not re-scanned. */
export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : m,
  );
}

/** The message in one language. */
export function say(entry: Entry, lang: Lang, values: Values = {}): string {
  return fill(entry[lang], values);
}

/** The message in both languages; values may differ per language (numbers, labels). */
export function sayBoth(entry: Entry, values: Values | ((lang: Lang) => Values) = {}): Text {
  const of = typeof values === "function" ? values : () => values;
  return { nl: fill(entry.nl, of("nl")), en: fill(entry.en, of("en")) };
}

/** The `one` entry for a count of 1, else the `many` entry. */
export function count(n: number, one: Entry, many: Entry): Entry {
  return n === 1 ? one : many;
}

/** The second entry when `flag` holds, else the first (for a yes/no choice of sentence). */
export function pick(flag: boolean, no: Entry, yes: Entry): Entry {
  return flag ? yes : no;
}

/** Text in both languages made by one function of the language (e.g. a number or a label). */
export function perLang(make: (lang: Lang) => string): Text {
  return { nl: make("nl"), en: make("en") };
}

/** Both languages are the same string (data: a name, a round's label). */
export function same(value: string): Text {
  return { nl: value, en: value };
}

/** A language from a page attribute or option: "en" or "nl" (the default for anything else). */
export function asLang(value: string | undefined): Lang {
  return LANGS.find((l) => l === value) ?? LANGS[0];
}

/** The position of a language in a [nl, en] pair. */
export const LANG_INDEX: Record<Lang, 0 | 1> = { nl: 0, en: 1 };

/** Each language's own name, for the language switch (the same in either page language). */
export const LANG_NAMES: Entry = { nl: "Nederlands", en: "English" };
