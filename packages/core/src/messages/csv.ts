/** Core's messages: csv. */
import type { Message } from "./types.ts";

export const CSV_MESSAGES = {
  "findings.DELIMITER_NAMES": {
    nl: "puntkomma (;)",
    en: "semicolon (;)",
  },
  "findings.DELIMITER_NAMES_2": {
    nl: "komma (,)",
    en: "comma (,)",
  },
  "findings.DELIMITER_NAMES_3": {
    nl: "tab",
    en: "tab",
  },
  "findings.DELIMITER_NAMES_4": {
    nl: "verticale streep (|)",
    en: "vertical bar (|)",
  },
  "findings.message": {
    nl: "Het bestand is leeg: er staat geen kopregel en geen enkele rij in.",
    en: "The file is empty: it has no header line and no rows.",
  },
  "findings.message_2": {
    nl: "Het bestand heeft een kopregel maar geen enkele rij met gegevens.",
    en: "The file has a header line but no rows with data.",
  },
  "file-findings.what": {
    nl: "een Excel-werkmap (.xlsx) of een ander gezipt bestand (bv. .ods)",
    en: "an Excel workbook (.xlsx) or another zipped file (e.g. .ods)",
  },
  "file-findings.what_2": {
    nl: "een oude Excel-werkmap (.xls)",
    en: "an old Excel workbook (.xls)",
  },
  "file-findings.named": {
    nl: (p) => `ook al eindigt de naam op ${p.ext}`,
    en: (p) => `even though its name ends in ${p.ext}`,
  },
  "file-findings.named_2": {
    nl: "ook al is het als CSV opgegeven",
    en: "even though it was given as CSV",
  },
} as const satisfies Record<string, Message>;
