/** Messages of the gaps: the sentence per barrier (who signalled it, who works on it). */
import type { Message } from "./types.ts";

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const GAPS_MESSAGES = {
  "barrier.where.place": { nl: (p) => ` in ${p.place}`, en: (p) => ` in ${p.place}` },
  "barrier.where.region": { nl: " in de regio", en: " in the region" },
  "barrier.by": {
    nl: (p) => ` (gesignaleerd door ${p.reporter})`,
    en: (p) => ` (signalled by ${p.reporter})`,
  },
  "barrier.partners.none": {
    nl: "Nog geen enkele partner engageert zich",
    en: "No partner has committed yet",
  },
  "barrier.partners.one": {
    nl: (p) => `Alleen ${p.partner} engageert zich`,
    en: (p) => `Only ${p.partner} has committed`,
  },
  "barrier.partners.many": {
    nl: (p) => `${p.n} partners engageren zich`,
    en: (p) => `${p.n} partners have committed`,
  },
  "barrier.offers.none": {
    nl: "geen aanbod verlaagt deze drempel al",
    en: "no offer lowers this barrier yet",
  },
  "barrier.offers.some": {
    nl: (p) => `${p.n} aanbod${p.n === 1 ? "" : "en"} verlaagt de drempel al`,
    en: (p) => `${p.n} offer${p.n === 1 ? "" : "s"} already lower${p.n === 1 ? "s" : ""} it`,
  },
  "barrier.sentence": {
    nl: (p) => `Drempel '${p.type}' voor ${p.group}${p.where}${p.by}: ${p.who}; ${p.offers}.`,
    en: (p) =>
      `${upperFirst(String(p.type))} barrier for ${p.group}${p.where}${p.by}: ${p.who}; ${p.offers}.`,
  },
} as const satisfies Record<string, Message>;
