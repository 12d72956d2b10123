/**
 * viz's message catalogue: every user-facing text of the report, the charts, the municipality
 * map and the viewer, keyed by code, Dutch and English side by side. It is kept in one file per
 * area (so the browser bundle carries only what the page script needs) and read through one
 * lookup (text.ts: say, sayBoth, count). Counted nouns (NOUNS) pair [one, many] per language.
 */
import { CHART_TEXT } from "./charts-text.ts";
import { FINDING_TEXT, NOUNS } from "./findings-text.ts";
import { GEO_TEXT } from "./geo-text.ts";
import { SECTION_TEXT } from "./sections-text.ts";
import { UI } from "./strings.ts";
import type { Entry } from "./text.ts";

export { NOUNS };

/** Every catalogue by area: area -> code -> { nl, en }. */
export const CATALOGUE: Record<string, Record<string, Entry>> = {
  ui: UI,
  findings: FINDING_TEXT,
  charts: CHART_TEXT,
  sections: SECTION_TEXT,
  geo: GEO_TEXT,
};
