/** Messages of the place figures (the map's titles) and the findings by place. */
import type { Message } from "./types.ts";

export const PLACE_MESSAGES = {
  "place.figure.sector_per_10000": {
    nl: (p) => `${p.sector} per 10.000 inwoners`,
    en: (p) => `${p.sector} per 10,000 inhabitants`,
  },
  "place.figure.organisations_per_10000": {
    nl: "Organisaties per 10.000 inwoners",
    en: "Organisations per 10,000 inhabitants",
  },
  "place.figure.organisations": { nl: "Organisaties", en: "Organisations" },
  "place.figure.offerings": { nl: "Leerkansen (aanbod)", en: "Offerings" },
  "place.figure.white_spots": {
    nl: "Witte vlekken (thema × doelgroep)",
    en: "White spots (theme × target group)",
  },
  "place.figure.uncovered_barriers": { nl: "Drempels zonder partner", en: "Barriers without a partner" },
  "place.figure.cross_line_share": {
    nl: "Aandeel organisaties met een band formeel ↔ non-formeel/informeel",
    en: "Share of organisations with a formal ↔ non-formal/informal tie",
  },
  "place.figure.top_partner_share": {
    nl: "Afhankelijkheid van één partner (aandeel van de banden)",
    en: "Dependence on one partner (share of the ties)",
  },
  "place.figure.ties_within": { nl: "Banden binnen de gemeente", en: "Ties inside the municipality" },
  "place.figure.ties_to_other_places": {
    nl: "Banden met andere gemeenten en de regio",
    en: "Ties to other municipalities and the region",
  },
  "place.finding.fewest_per_10000": {
    nl: (p) =>
      `De minste organisaties per 10.000 inwoners: ${p.items}; in de middelste gemeente zijn het er ${p.median}.`,
    en: (p) =>
      `Fewest organisations per 10,000 inhabitants: ${p.items}; the middle municipality has ${p.median}.`,
  },
  "place.finding.no_cross_line_ties": {
    nl: (p) => `Zonder enige band tussen formeel onderwijs en non-formeel/informeel leren: ${p.names}.`,
    en: (p) => `Without any tie between formal education and non-formal/informal learning: ${p.names}.`,
  },
  "place.finding.dependent_item": {
    nl: (p) => `${p.name} (${p.share} van de banden via ${p.partner})`,
    en: (p) => `${p.name} (${p.share} of the ties through ${p.partner})`,
  },
  "place.finding.most_dependent": {
    nl: (p) =>
      `Het meest afhankelijk van één partner: ${p.items}. Valt die partner weg, dan verdwijnt dat deel van de samenwerking.`,
    en: (p) =>
      `Most dependent on one partner: ${p.items}. If that partner stops, that part of the cooperation goes with it.`,
  },
  "place.finding.no_population": {
    nl: (p) => `Geen bevolkingscijfer voor ${p.names}: daar is geen aantal per 10.000 inwoners berekend.`,
    en: (p) => `No population known for ${p.names}: no figure per 10,000 inhabitants there.`,
  },
  "place.finding.rows": {
    nl: (p) => (p.n === 1 ? "1 rij" : `${p.n} rijen`),
    en: (p) => (p.n === 1 ? "1 row" : `${p.n} rows`),
  },
  "place.finding.merged_names": {
    nl: (p) =>
      `De inventaris gebruikt gemeenten die intussen gefuseerd zijn; ze tellen mee bij hun gemeente van 2025: ${p.items}.`,
    en: (p) =>
      `The inventory uses municipalities that have since merged; they count with their 2025 municipality: ${p.items}.`,
  },
  "place.overview.no_cross_line_ties": {
    nl: (p) =>
      `In ${p.place} heeft geen enkele organisatie een band tussen formeel onderwijs en non-formeel/informeel leren (${p.formal} formeel, ${p.other} non-formeel/informeel).`,
    en: (p) =>
      `In ${p.place} no organisation has a tie between formal education and non-formal/informal learning (${p.formal} formal, ${p.other} non-formal/informal).`,
  },
} as const satisfies Record<string, Message>;
