/** Messages of `export --to map-svg|map-png`: the map of the municipalities. */
import type { Message } from "./types.ts";

export const MAP_MESSAGES = {
  "map.png_needs_resvg": {
    nl: "--to map-png heeft het pakket @resvg/resvg-js nodig (npm install -g @resvg/resvg-js); of schrijf een SVG met --to map-svg",
    en: "--to map-png needs the package @resvg/resvg-js (npm install -g @resvg/resvg-js); or write an SVG with --to map-svg",
  },
  "map.png_needs_file": {
    nl: "--to map-png schrijft een afbeelding: geef een bestand met -o BESTAND.png",
    en: "--to map-png writes a picture: give a file with -o FILE.png",
  },
  "map.no_place": {
    nl: "geen enkele organisatie, leerkans of drempel ligt in een Vlaamse gemeente (NIS-code of naam): er is geen kaart te tekenen",
    en: "no organisation, offering or barrier is in a Flemish municipality (NIS code or name): there is no map to draw",
  },
  "map.figure_unknown": {
    nl: (p) => `onbekend cijfer '${p.value}' voor --figure: kies ${p.choices}`,
    en: (p) => `unknown figure '${p.value}' for --figure: choose ${p.choices}`,
  },
  "map.not_drawn": { nl: "de kaart kon niet getekend worden", en: "the map could not be drawn" },
  "map.written": {
    nl: (p) => `Kaart geschreven naar ${p.file}`,
    en: (p) => `Map written to ${p.file}`,
  },
} as const satisfies Record<string, Message>;
