/** Messages of the scope: its description for headers and the errors of a scope that cannot apply. */
import type { Message } from "./types.ts";

export const SCOPE_MESSAGES = {
  "scope.municipality": { nl: (p) => `gemeente: ${p.names}`, en: (p) => `municipality: ${p.names}` },
  "scope.sector": { nl: (p) => `sector: ${p.names}`, en: (p) => `sector: ${p.names}` },
  "scope.type": { nl: (p) => `type: ${p.names}`, en: (p) => `type: ${p.names}` },
  "scope.relations": { nl: (p) => `relaties: ${p.names}`, en: (p) => `relations: ${p.names}` },
  "scope.ego": {
    nl: (p) => `het netwerk rond ${p.name} (${p.radius} ${p.radius === 1 ? "stap" : "stappen"})`,
    en: (p) => `the network around ${p.name} (${p.radius} ${p.radius === 1 ? "step" : "steps"})`,
  },
  "scope.only": { nl: (p) => `Alleen ${p.parts}`, en: (p) => `Only ${p.parts}` },
  "scope.error.bad_radius": {
    nl: (p) => `de straal moet een geheel getal ≥ 0 zijn, niet '${p.radius}'`,
    en: (p) => `the radius must be a whole number ≥ 0, not '${p.radius}'`,
  },
  "scope.error.unknown_ego": {
    nl: (p) => `organisatie '${p.ego}' bestaat niet in dit netwerk`,
    en: (p) => `organisation '${p.ego}' is not in this network`,
  },
} as const satisfies Record<string, Message>;
