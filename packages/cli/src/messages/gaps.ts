/** Messages of `ecolens gaps`: section titles, their one-line explanations and table headers. */
import { count, formatNumber } from "./format.ts";
import type { Message } from "./types.ts";

const nl = (n: string | number) => formatNumber(Number(n), "nl", 0);
const en = (n: string | number) => formatNumber(Number(n), "en", 0);

export const GAPS_MESSAGES = {
  "gaps.white.title": { nl: "Witte vlekken", en: "White spots" },
  "gaps.white.note": {
    nl: (p) =>
      `Thema × doelgroep × gemeente zonder enige organisatie of leerkans: ${nl(p.white)} van ${nl(p.cells)} combinaties (${nl(p.priority)} voor prioritaire doelgroepen); ${nl(p.fragile)} met maar één aanbieder. Eerst wat elders in de regio wel bestaat.`,
    en: (p) =>
      `Theme × target group × municipality with no organisation or learning offer: ${en(p.white)} of ${en(p.cells)} combinations (${en(p.priority)} for priority target groups); ${en(p.fragile)} with only one provider. Combinations that exist elsewhere in the region first.`,
  },
  "gaps.white.priority": { nl: "Prioritaire doelgroepen", en: "Priority target groups" },
  "gaps.white.other": { nl: "Andere doelgroepen", en: "Other target groups" },
  "gaps.white.none": { nl: "Geen witte vlekken gevonden.", en: "No white spots found." },
  "gaps.white.no_layer": {
    nl: "Niet te berekenen: dit bestand heeft geen leerkansen of gemeenten (een netwerkbestand zonder inventarislaag). Witte vlekken vragen een inventaris met leerkansen per gemeente; 'ecolens template' maakt er een sjabloon voor.",
    en: "Cannot be computed: this file has no learning offers or municipalities (a network file without an inventory layer). White spots need an inventory with learning offers per municipality; 'ecolens template' writes a template for one.",
  },
  "gaps.barriers.no_layer": {
    nl: "Niet te berekenen: dit bestand bevat geen drempels (een netwerkbestand zonder inventarislaag).",
    en: "Cannot be computed: this file holds no barriers (a network file without an inventory layer).",
  },
  "gaps.paths.no_layer": {
    nl: "Niet te berekenen: leerpaden vragen leerkansen, en dit bestand bevat er geen.",
    en: "Cannot be computed: learning paths need learning offers, and this file holds none.",
  },
  "gaps.col.group": { nl: "Doelgroep", en: "Target group" },
  "gaps.col.theme": { nl: "Thema", en: "Theme" },
  "gaps.col.municipality": { nl: "Gemeente", en: "Municipality" },
  "gaps.col.elsewhere": { nl: "Elders (gemeenten)", en: "Elsewhere (municipalities)" },
  "gaps.barriers.title": {
    nl: "Drempels zonder (genoeg) partners",
    en: "Barriers without (enough) partners",
  },
  "gaps.barriers.note": {
    nl: (p) =>
      `Gesignaleerde drempels waar nog niemand of maar één partner aan werkt: ${nl(p.weak)} van ${count(Number(p.open), "nl", "open drempel", "open drempels")}.`,
    en: (p) =>
      `Signalled barriers that no partner, or only one, works on: ${en(p.weak)} of ${count(Number(p.open), "en", "open barrier", "open barriers")}.`,
  },
  "gaps.col.barrier": { nl: "Drempel", en: "Barrier" },
  "gaps.col.type": { nl: "Soort", en: "Type" },
  "gaps.col.partners": { nl: "Partners", en: "Partners" },
  "gaps.col.offers": { nl: "Aanbod", en: "Offers" },
  "gaps.region": { nl: "regio", en: "region" },
  "gaps.links.title": { nl: "Ontbrekende verbindingen", en: "Missing links" },
  "gaps.links.note": {
    nl: (p) =>
      `Organisaties die (nog) niet samenwerken maar veel gemeen hebben${p.across}; score van 0 tot 1, hoe hoger hoe meer gemeen (zie docs/suggestions.md).`,
    en: (p) =>
      `Organisations that do not work together (yet) but have much in common${p.across}; score from 0 to 1, the higher the more in common (see docs/suggestions.md).`,
  },
  "gaps.across.formal": {
    nl: ", over de grens tussen formeel en non-formeel/informeel leren",
    en: ", across the line between formal and non-formal/informal learning",
  },
  "gaps.across.sector": { nl: ", tussen verschillende sectoren", en: ", between different sectors" },
  "gaps.across.municipality": {
    nl: ", tussen verschillende gemeenten",
    en: ", between different municipalities",
  },
  "gaps.across.none": { nl: "", en: "" },
  "gaps.links.none": { nl: "Geen voorstellen.", en: "No suggestions." },
  "gaps.critical.title": { nl: "Kritieke partners", en: "Critical partners" },
  "gaps.critical.note": {
    nl: "Wat het netwerk verliest als een partner wegvalt: afgesneden organisaties, drempels zonder partner, banden tussen formeel en non-formeel/informeel leren.",
    en: "What the network loses if a partner leaves: organisations cut off, barriers without a partner, ties between formal and non-formal/informal learning.",
  },
  "gaps.critical.none": {
    nl: "Geen enkele partner is een enkel kwetsbaar punt.",
    en: "No partner is a single point of failure.",
  },
  "gaps.paths.title": { nl: "Leerpaden: waar ketens breken", en: "Learning paths: where chains break" },
  "gaps.paths.more": {
    nl: (p) =>
      `(${count(Number(p.n), "nl", "combinatie", "combinaties")} in de regio zonder vrije route; alle cellen: --json, --csv of 'ecolens paths --coverage')`,
    en: (p) =>
      `(${count(Number(p.n), "en", "combination", "combinations")} in the region without a free route; every cell: --json, --csv or 'ecolens paths --coverage')`,
  },
} satisfies Record<string, Message>;
