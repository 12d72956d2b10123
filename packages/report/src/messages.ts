/**
 * Every sentence the report model carries, keyed by code, Dutch and English side by side. The
 * model holds both languages (the report switches language in the page), so `msg` returns a
 * Text; `{name}` placeholders are filled per language, numbers in that language's locale.
 */
import type { Lang, Text } from "@ecolens/core";

export const MESSAGES = {
  // Headline figures ("the network in figures").
  "figure.organisations.title": { nl: "Organisaties", en: "Organisations" },
  "figure.organisations.explanation": {
    nl: "Organisaties in het netwerk.",
    en: "Organisations in the network.",
  },
  "figure.relations.title": { nl: "Relaties", en: "Relations" },
  "figure.relations.explanation": {
    nl: "Samenwerkingen zoals ingevoerd; twee organisaties kunnen meerdere soorten relaties hebben.",
    en: "Working relations as entered; two organisations may have several kinds of relation.",
  },
  "figure.ties.title": { nl: "Paren met een relatie", en: "Pairs with a relation" },
  "figure.ties.explanation_single": {
    nl: "Paren organisaties die samenwerken; hier is elk paar één relatie.",
    en: "Pairs of organisations that work together; here every pair is one relation.",
  },
  "figure.ties.explanation_parallel": {
    nl: "Paren organisaties die samenwerken: {extra} relaties zijn een tweede of volgende soort relatie tussen hetzelfde paar. De netwerkmaten tellen paren.",
    en: "Pairs of organisations that work together: {extra} relations are a second or further kind of relation between the same pair. The network measures count pairs.",
  },
  "figure.density.title": { nl: "Dichtheid", en: "Density" },
  "figure.density.pairs": {
    nl: "{registry} Hier werken {count} op {per} mogelijke paren samen.",
    en: "{registry} Here {count} in {per} possible pairs work together.",
  },
  "figure.components.title": { nl: "Losse delen", en: "Separate parts" },
  "figure.components.explanation": {
    nl: "Groepen die onderling langs geen enkele weg verbonden zijn (een organisatie zonder relatie is een deel op zich).",
    en: "Groups with no route at all between them (an organisation without relations is a part of its own).",
  },
  "figure.largest_component_share.title": { nl: "In het grootste deel", en: "In the largest part" },
  "figure.largest_component_share.explanation": {
    nl: "Aandeel van alle organisaties dat via partners met elkaar verbonden is in het grootste deel.",
    en: "Share of all organisations connected through partners in the largest part.",
  },
  "figure.isolates.title": { nl: "Zonder relatie", en: "Without relations" },
  "figure.isolates.explanation": {
    nl: "Organisaties zonder enige relatie in de inventaris.",
    en: "Organisations without any relation in the inventory.",
  },
  "figure.cross_sector_share.title": {
    nl: "Met partner in andere sector",
    en: "With a partner in another sector",
  },
  "figure.cross_sector_share.explanation": {
    nl: "Aandeel van de organisaties met een gekende sector en minstens één relatie dat een partner heeft in een andere sector (niet alleen formeel ↔ non-formeel).",
    en: "Share of the organisations with a known sector and at least one relation that have a partner in any other sector (not only formal ↔ non-formal).",
  },

  // Key figures over inventory rounds ("What changed").
  "round.organisations": { nl: "Organisaties", en: "Organisations" },
  "round.ties": { nl: "Banden (paren)", en: "Ties (pairs)" },
  "round.cross_line_share": {
    nl: "Org. met band formeel ↔ informeel",
    en: "Orgs with a formal ↔ informal tie",
  },
  "round.cross_line_ties": { nl: "Banden formeel ↔ informeel", en: "Formal ↔ informal ties" },
  "round.ei_formal": { nl: "E-I formeel ↔ rest", en: "E-I formal ↔ rest" },
  "round.municipalities_without_cross_line_tie": {
    nl: "Gemeenten zonder zo'n band",
    en: "Municipalities without such a tie",
  },
  "round.largest_component_share": { nl: "Aandeel in hoofdnetwerk", en: "Share in the main component" },
  "round.components": { nl: "Losse delen", en: "Components" },
  "round.density": { nl: "Dichtheid", en: "Density" },
  "round.degree_centralization": { nl: "Centralisatie (graad)", en: "Degree centralization" },
  "round.modularity": { nl: "Modulariteit (clusters)", en: "Modularity (clusters)" },

  // Data quality of a collected round.
  "quality.tie_status": {
    nl: "Relaties bevestigd door beide kanten: {confirmed} van {total} ({share}); {rest}.",
    en: "Ties confirmed by both sides: {confirmed} of {total} ({share}); {rest}.",
  },

  // A section whose analysis failed.
  "section.failed": {
    nl: "{section}: kon niet berekend worden: {reason}",
    en: "{section}: could not be computed: {reason}",
  },
  "section.analysis": { nl: "Netwerkanalyse", en: "Network analysis" },
  "section.clusters": { nl: "Clusters", en: "Clusters" },
  "section.mixing": { nl: "Samenwerking tussen sectoren", en: "Ties between sectors" },
  "section.white_spots": { nl: "Witte vlekken", en: "White spots" },
  "section.barriers": { nl: "Drempels", en: "Barriers" },
  "section.suggestions": { nl: "Voorgestelde verbindingen", en: "Suggested links" },
  "section.critical": { nl: "Kritieke partners", en: "Critical partners" },
  "section.learning_paths": { nl: "Leerpaden", en: "Learning paths" },
  "section.geo": { nl: "Kaart van de gemeenten", en: "Map of the municipalities" },
} as const satisfies Record<string, Text>;

export type MessageCode = keyof typeof MESSAGES;

/** A value for a placeholder: text, a number (formatted per language) or a Text per language. */
export type MessageValue = string | number | Text;

const LOCALE: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

/** A whole number as people write it: 2.121 in Dutch, 2,121 in English. */
export function wholeNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }).format(value);
}

function fillOne(template: string, lang: Lang, vars: Record<string, MessageValue>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    if (typeof v === "number") return wholeNumber(v, lang);
    return typeof v === "string" ? v : v[lang];
  });
}

/** The message in both languages, with its placeholders filled. */
export function msg(code: MessageCode, vars: Record<string, MessageValue> = {}): Text {
  const t = MESSAGES[code];
  return { nl: fillOne(t.nl, "nl", vars), en: fillOne(t.en, "en", vars) };
}
