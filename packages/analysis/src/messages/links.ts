/** Messages of the link suggestions: the plain sentence that says why a tie is suggested. */
import type { Message } from "./types.ts";

export const LINKS_MESSAGES = {
  "reason.more": { nl: (p) => `${p.n} andere`, en: (p) => `${p.n} more` },
  "reason.where.same": { nl: (p) => ` in ${p.place}`, en: (p) => ` in ${p.place}` },
  "reason.where.neighbours": {
    nl: (p) => ` in de buurgemeenten ${p.a} en ${p.b}`,
    en: (p) => ` in neighbouring ${p.a} and ${p.b}`,
  },
  "reason.both_work": { nl: "beide werken", en: "both work" },
  "reason.themes": { nl: (p) => ` rond ${p.words}`, en: (p) => ` on ${p.words}` },
  "reason.target_groups": { nl: (p) => ` met ${p.words}`, en: (p) => ` with ${p.words}` },
  "reason.same_municipality": {
    nl: (p) => `beide zijn actief in ${p.place}`,
    en: (p) => `both are active in ${p.place}`,
  },
  "reason.neighbouring": { nl: (p) => `ze zijn actief${p.where}`, en: (p) => `they are active${p.where}` },
  "reason.distance": { nl: (p) => `${p.km} km uit elkaar`, en: (p) => `${p.km} km apart` },
  "reason.shared_partner": {
    nl: (p) => `1 gedeelde partner (${p.name})`,
    en: (p) => `1 shared partner (${p.name})`,
  },
  "reason.shared_partners": {
    nl: (p) => `${p.n} gedeelde partners, o.a. ${p.names}`,
    en: (p) => `${p.n} shared partners, among them ${p.names}`,
  },
  "reason.barrier.commitment": {
    nl: (p) =>
      `${p.signaller} signaleert een drempel '${p.type}' voor ${p.group} die ${p.helper} al aanpakt${Number(p.others) > 0 ? ` (met nog ${p.others} partner${p.others === 1 ? "" : "s"})` : ""}`,
    en: (p) =>
      `${p.signaller} signals a ${p.type} barrier for ${p.group} that ${p.helper} already tackles${Number(p.others) > 0 ? ` (with ${p.others} other partner${p.others === 1 ? "" : "s"})` : ""}`,
  },
  "reason.barrier.offering": {
    nl: (p) =>
      `${p.signaller} signaleert een drempel '${p.type}' voor ${p.group} die het aanbod van ${p.helper} al verlaagt`,
    en: (p) =>
      `${p.signaller} signals a ${p.type} barrier for ${p.group} that ${p.helper}'s offer already lowers`,
  },
  "reason.barrier.resource": {
    nl: (p) =>
      `${p.signaller} signaleert een drempel '${p.type}' voor ${p.group} en ${p.helper} heeft middelen om die te verlagen`,
    en: (p) =>
      `${p.signaller} signals a ${p.type} barrier for ${p.group} and ${p.helper} has the means to lower it`,
  },
  "reason.usual.same": { nl: " in dezelfde gemeente", en: " in the same municipality" },
  "reason.usual.neighbours": { nl: " in buurgemeenten", en: " in neighbouring municipalities" },
  "reason.usual": {
    nl: (p) => `${p.a} en ${p.b}${p.near} werken hier vaak samen (${p.ties} van ${p.pairs} zulke paren)`,
    en: (p) => `${p.a} and ${p.b}${p.near} often work together here (${p.ties} of ${p.pairs} such pairs)`,
  },
  "reason.line.formal": {
    nl: "de band overbrugt formeel onderwijs en non-formeel/informeel leren",
    en: "the tie bridges formal education and non-formal/informal learning",
  },
  "reason.line.sector": {
    nl: (p) => `de band verbindt de sectoren ${p.a} en ${p.b}`,
    en: (p) => `the tie links the ${p.a} and ${p.b} sectors`,
  },
  "reason.line.municipality": {
    nl: (p) => `de band verbindt ${p.a} en ${p.b}`,
    en: (p) => `the tie links ${p.a} and ${p.b}`,
  },
  "reason.none": { nl: "Geen uitgesproken reden.", en: "No particular reason." },
} as const satisfies Record<string, Message>;
