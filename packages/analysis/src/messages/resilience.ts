/** Messages of resilience: what happens when one organisation leaves. */
import type { Message } from "./types.ts";

// Dutch: after "Als X wegvalt," each clause starts with its own verb ("verliezen 3 organisaties ...").
export const RESILIENCE_MESSAGES = {
  "departure.cut_off": {
    nl: (p) =>
      `${p.n === 1 ? "verliest" : "verliezen"} ${p.n} organisatie${p.n === 1 ? "" : "s"} de verbinding met de rest van het netwerk`,
    en: (p) =>
      `${p.n} organisation${p.n === 1 ? "" : "s"} would lose their connection to the rest of the network`,
  },
  "departure.orphaned": {
    nl: (p) =>
      `${p.n === 1 ? "heeft" : "hebben"} ${p.n} drempel${p.n === 1 ? "" : "s"} geen geëngageerde partner meer`,
    en: (p) => `${p.n} barrier${p.n === 1 ? "" : "s"} would have no committed partner left`,
  },
  "departure.cross_line": {
    nl: (p) =>
      `${p.n === 1 ? "verdwijnt" : "verdwijnen"} ${p.n} band${p.n === 1 ? "" : "en"} tussen formeel en non-formeel/informeel leren`,
    en: (p) =>
      `${p.n} tie${p.n === 1 ? "" : "s"} between formal and non-formal/informal learning would disappear`,
  },
  "departure.stays_connected": {
    nl: (p) =>
      `Als ${p.name} wegvalt, blijft het netwerk verbonden; ${p.degree} band${p.degree === 1 ? "" : "en"} verdwijn${p.degree === 1 ? "t" : "en"}.`,
    en: (p) =>
      `If ${p.name} left, the network would stay connected; ${p.degree} tie${p.degree === 1 ? "" : "s"} would go.`,
  },
  "departure.loses": {
    nl: (p) => `Als ${p.name} wegvalt, ${p.parts}.`,
    en: (p) => `If ${p.name} left, ${p.parts}.`,
  },
} as const satisfies Record<string, Message>;
