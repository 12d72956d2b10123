/**
 * Words for the analysis codes that the xlsx export shows (barrier coverage, learning-path status
 * and level, reasons of a suggestion): a coordinator's workbook shows words in its language, never
 * `single_partner` or `no_route`. An unknown code is shown as it is.
 */
import type { Lang, Text } from "@ecolens/core";

const CODES: Record<string, Text> = {
  // barrier coverage
  uncovered: { nl: "geen partner", en: "no partner" },
  single_partner: { nl: "één partner", en: "one partner" },
  covered: { nl: "meerdere partners", en: "several partners" },
  // learning-path status
  route: { nl: "route naar formeel leren", en: "route into formal learning" },
  no_route: { nl: "geen route", en: "no route" },
  blocked: { nl: "geblokkeerd door een drempel", en: "blocked by a barrier" },
  no_start: { nl: "geen startpunt", en: "no starting point" },
  // learning-path level
  region: { nl: "regio", en: "region" },
  // reasons of a suggestion
  shared_partners: { nl: "gedeelde partners", en: "shared partners" },
  shared_themes: { nl: "gedeelde thema's", en: "shared themes" },
  shared_target_groups: { nl: "gedeelde doelgroepen", en: "shared target groups" },
  same_municipality: { nl: "zelfde gemeente", en: "same municipality" },
  neighbouring_municipalities: { nl: "buurgemeenten", en: "neighbouring municipalities" },
  distance: { nl: "afstand", en: "distance" },
  barrier: { nl: "drempel", en: "barrier" },
  usual_partners: { nl: "gebruikelijke partners", en: "usual partners" },
  crosses_line: { nl: "overbrugt een grens", en: "crosses a line" },
};

/** The word for an analysis code in the workbook's language. */
export function codeLabel(code: string, lang: Lang): string {
  return Object.hasOwn(CODES, code) ? CODES[code][lang] : code;
}
