/** Shared helpers of the key findings: the Finding type, the catalogue, names and locale numbers. */
import { fmtNumber, pct } from "../charts/svg.ts";
import { FINDING_TEXT, type FindingKey, NOUNS, type Noun } from "../i18n/findings-text.ts";
import { fill, perLang, sayBoth } from "../i18n/text.ts";
import type { Lang, ReportModel, Text } from "../model.ts";

/** One key finding: a sentence in both languages, a stable id (for tests) and an optional link. */
export interface Finding extends Text {
  id: string;
  /** In-page link to the section with the details, e.g. "#quality". */
  link?: { href: string; text: Text };
}

export function finding(id: string, make: (lang: Lang) => string, link?: Finding["link"]): Finding {
  return { id, ...perLang(make), ...(link ? { link } : {}) };
}

/** A catalogue sentence with its placeholders filled. */
export function msg(key: FindingKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(FINDING_TEXT[key][lang], values);
}

/** One of two catalogue keys by a count: `${base}_one` or `${base}_many`. */
export function msgN(
  base: string,
  n: number,
  lang: Lang,
  values: Record<string, string | number> = {},
): string {
  return msg(`${base}_${n === 1 ? "one" : "many"}` as FindingKey, lang, values);
}

/** An in-page link whose text comes from the catalogue. */
export function link(href: string, key: FindingKey): NonNullable<Finding["link"]> {
  return { href, text: sayBoth(FINDING_TEXT[key]) };
}

/** A whole number formatted by the locale (nl 2.121, en 2,121). */
export const int = (v: number, lang: Lang): string => fmtNumber(v, lang, 0);

/** "12 organisaties" / "1 organisatie", the number formatted by the locale. */
export function count(v: number, lang: Lang, noun: Noun): string {
  return `${int(v, lang)} ${NOUNS[noun][lang][v === 1 ? 0 : 1]}`;
}

/** "x van de y <noun> (z%)" / "x of the y <noun> (z%)": a share that names its denominator. */
export function share(part: number, whole: number, lang: Lang, noun?: Noun): string {
  return msg("share", lang, {
    part: int(part, lang),
    whole: int(whole, lang),
    noun: noun ? ` ${NOUNS[noun][lang][whole === 1 ? 0 : 1]}` : "",
    pct: pct(part / whole, lang),
  });
}

export function listNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")}${msg("and", lang)}${names[names.length - 1]}`;
}

export function nameOf(model: ReportModel): (id: string) => string {
  const labels = new Map(model.nodes.map((node) => [node.id, node.label]));
  return (id) => labels.get(id) ?? id;
}

export const figureValue = (model: ReportModel, id: string): number | null =>
  model.figures?.find((f) => f.id === id)?.value ?? null;
