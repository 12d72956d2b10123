/** The rows of the messy relaties.csv, each with the mistakes planted in it (see messy.ts). */
import type { Planted } from "./messy-organisations.ts";

const ZWSP = "\u200b";

export const REL_HEADER = ["van", "naar", "relatietype", "niveau", "opmerking", "opmerking"];
export const REL_ROWS: { cells: string[]; planted?: Planted[] }[] = [
  { cells: ["stad-ieper", "bib-ieper", "stuurgroep", "4", "", ""] },
  {
    cells: [
      "bib-ieper",
      "ligo",
      "gezamenlijke_activiteit",
      "3",
      "Digipunt samen met Ligo\r\nelke dinsdag",
      "",
    ],
  },
  { cells: ["bib-ieper", "chiro-sint-jan", "info-uitwisseling", "1", "", ""] },
  { cells: ["stad-ieper", "chiro-sint-jan", "financiering", "2", "", ""] },
  {
    cells: ["chiro-sint-jan", "chiro-sint-jan", "gezamenlijke_activiteit", "2", "", ""],
    planted: [
      { column: "naar", code: "SELF_LOOP", severity: "warning", note: "an organisation tied to itself" },
    ],
  },
  { cells: ["cvo-miras", "ligo", "convenant", "3", "", ""] },
  {
    cells: ["cvo-miras", "ligo", "convenant", "3", "", ""],
    planted: [
      {
        column: null,
        code: "DUPLICATE_RELATION",
        severity: "warning",
        note: "same pair and relation type as row 7",
      },
    ],
  },
  {
    cells: ["vv-zonnebeke", "gemeente-zonnebeke", "financiering", "2", "", ""],
    planted: [
      {
        column: "naar",
        code: "UNKNOWN_ORGANISATION",
        severity: "error",
        note: "gemeente-zonnebeke is not in organisaties.csv",
      },
    ],
  },
  { cells: ["cafe-elan", "__proto__", "gezamenlijke_activiteit", "2", "", ""] },
  { cells: ["constructor", "vdab", "doorverwijzing", "2", "", ""] },
  { cells: ["ksa-poperinge", "jh-hofke", "info-uitwisseling", "1", "", ""] },
  { cells: ["sociaal-huis-wervik", "caw", "doorverwijzing", "3", "", ""] },
  { cells: ["caw", "sociaal-huis-wervik", "info-uitwisseling", "2", "", ""] },
  {
    cells: [`bib-ieper${ZWSP}`, "cvo-miras", "info-uitwisseling", "2", "", ""],
    planted: [
      {
        column: "van",
        code: "INVISIBLE_CHARACTER",
        severity: "warning",
        note: "zero-width space (U+200B) after the id",
      },
    ],
  },
  { cells: ["natuurpunt-wz", "cvo-miras", "doorstroom", "2", "opleiding natuurgids", ""] },
  { cells: ["repair-cafe-veurne", "cvo-miras", "info-uitwisseling", "1", "", ""] },
  { cells: ["ferm-kortessem", "bib-ieper", "info-uitwisseling", "1", "", ""] },
  { cells: ["speeltuin-zonnebeke", "vv-zonnebeke", "gezamenlijke_activiteit", "2", "", ""] },
  { cells: ["wzc-ter-linde", "sociaal-huis-wervik", "doorverwijzing", "3", "", ""] },
  { cells: ["ligo", "sociaal-huis-wervik", "doorverwijzing", "2", "", ""] },
  { cells: ["vdab", "cvo-miras", "convenant", "3", "", ""] },
  { cells: ["stad-ieper", "__proto__", "financiering", "2", "", ""] },
  { cells: ["jh-hofke", "cafe-elan", "gezamenlijke_activiteit", "3", "", ""] },
  { cells: ["ligo", "chiro-sint-jan", "info-uitwisseling", "1", "", ""] },
];
/** The last record opens a quote that is never closed (a truncated export). */
export const UNCLOSED_LAST =
  'natuurpunt-wz;chiro-sint-jan;gezamenlijke_activiteit;2;"Samen op kamp in de duinen';
