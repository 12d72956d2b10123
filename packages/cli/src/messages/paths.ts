/** Messages of `ecolens paths`: learning routes and pathway coverage. */
import type { Message } from "./types.ts";

export const PATHS_MESSAGES = {
  "paths.title": { nl: "Leerroutes", en: "Learning routes" },
  "paths.age": { nl: (p) => `${p.age} jaar`, en: (p) => `age ${p.age}` },
  "paths.in": { nl: (p) => `in ${p.place}`, en: (p) => `in ${p.place}` },
  "paths.barriers": { nl: "drempels", en: "barriers" },
  "paths.blocked": { nl: "  ✗ geblokkeerd", en: "  ✗ blocked" },
  "paths.breaks": { nl: "Waar de keten breekt", en: "Where the chain breaks" },
  "paths.menders": { nl: "Wie kan ze herstellen", en: "Who could mend it" },
  "paths.truncated": {
    nl: "(zoektocht afgebroken na veel routes; verklein --max-steps)",
    en: "(search stopped after many routes; lower --max-steps)",
  },
  "paths.theme.missing": {
    nl: (p) => `geef een thema met --theme; kies uit: ${p.choices}`,
    en: (p) => `give a theme with --theme; choose from: ${p.choices}`,
  },
  "paths.to.unknown": {
    nl: (p) =>
      `onbekende bestemming '${p.value}' voor --to; kies formeel (formal) of non-formeel (non_formal)`,
    en: (p) => `unknown destination '${p.value}' for --to; choose formal or non_formal`,
  },
  "coverage.title": { nl: "Dekking van leerroutes", en: "Pathway coverage" },
  "coverage.status.no_route": { nl: "geen route", en: "no route" },
  "coverage.status.blocked": { nl: "geblokkeerd", en: "blocked" },
  "coverage.status.no_start": { nl: "geen start", en: "no start" },
  "coverage.status.route": { nl: "route", en: "route" },
  "coverage.col.municipality": { nl: "Gemeente", en: "Municipality" },
  "coverage.col.theme": { nl: "Thema", en: "Theme" },
  "coverage.col.group": { nl: "Doelgroep", en: "Target group" },
  "coverage.col.status": { nl: "Toestand", en: "Status" },
  "coverage.col.starts": { nl: "Startpunten", en: "Starts" },
  "coverage.col.with_route": { nl: "Met route", en: "With route" },
  "coverage.col.routes": { nl: "Routes", en: "Routes" },
  "coverage.col.free": { nl: "Vrij", en: "Free" },
  "coverage.col.dead": { nl: "Doodlopend", en: "Dead ends" },
  "coverage.none": {
    nl: "Geen leerkansen met thema en doelgroep gevonden.",
    en: "No offerings with a theme and target group found.",
  },
  "coverage.region": { nl: "Regio", en: "Region" },
  "coverage.per_place": {
    nl: (p) => `Per gemeente, waar de keten breekt (eerste ${p.shown} van ${p.total})`,
    en: (p) => `Per municipality, where chains break (first ${p.shown} of ${p.total})`,
  },
  "coverage.in_words": { nl: "Toelichting", en: "In words" },
} satisfies Record<string, Message>;
