/** Shared helpers of the key findings: the Finding type, names and locale-formatted numbers. */
import { fmtNumber, pct } from "../charts/svg.ts";
import type { Lang, ReportModel, Text } from "../model.ts";

/** One key finding: a sentence in both languages, a stable id (for tests) and an optional link. */
export interface Finding extends Text {
  id: string;
  /** In-page link to the section with the details, e.g. "#quality". */
  link?: { href: string; text: Text };
}

export function finding(id: string, make: (lang: Lang) => string, link?: Finding["link"]): Finding {
  return { id, nl: make("nl"), en: make("en"), ...(link ? { link } : {}) };
}

/** A whole number formatted by the locale (nl 2.121, en 2,121). */
export const int = (v: number, lang: Lang): string => fmtNumber(v, lang, 0);

/** "12 organisaties" / "1 organisatie", the number formatted by the locale. */
export function count(v: number, lang: Lang, nl: [string, string], en: [string, string]): string {
  const [one, many] = lang === "nl" ? nl : en;
  return `${int(v, lang)} ${v === 1 ? one : many}`;
}

/** "x van de y <noun> (z%)" / "x of the y <noun> (z%)": a share that names its denominator. */
export function share(part: number, whole: number, lang: Lang, noun: Text = { nl: "", en: "" }): string {
  const what = noun[lang] ? ` ${noun[lang]}` : "";
  return lang === "nl"
    ? `${int(part, lang)} van de ${int(whole, lang)}${what} (${pct(part / whole, lang)})`
    : `${int(part, lang)} of the ${int(whole, lang)}${what} (${pct(part / whole, lang)})`;
}

export function listNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names.join("");
  const and = lang === "nl" ? " en " : " and ";
  return `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1]}`;
}

export function nameOf(model: ReportModel): (id: string) => string {
  const labels = new Map(model.nodes.map((node) => [node.id, node.label]));
  return (id) => labels.get(id) ?? id;
}

export const figureValue = (model: ReportModel, id: string): number | null =>
  model.figures?.find((f) => f.id === id)?.value ?? null;
