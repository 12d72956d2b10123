/**
 * Every finding code an inventory import can report, with its severity and meaning (the source of
 * the list in docs/inventory-format.md). The CSV layer's codes (csv/findings.ts, csv/file-findings.ts)
 * are included.
 */
import type { Severity, Text } from "../model/types.ts";

export interface FindingCodeInfo {
  /** The severities it can have (several when it depends on what was affected). */
  severities: Severity[];
  meaning: Text;
}

export const FINDING_CODES: Record<string, FindingCodeInfo> = {
  ENCODING_FALLBACK: {
    severities: ["warning"],
    meaning: {
      nl: "Geen geldige UTF-8: gelezen als Windows-1252 (klassieke Excel-CSV). Controleer accenten.",
      en: "Not valid UTF-8: read as Windows-1252 (classic Excel CSV). Check accented letters.",
    },
  },
  ENCODING_MIXED: {
    severities: ["warning"],
    meaning: {
      nl: "Rijen in twee coderingen: UTF-8-rijen als UTF-8, de andere (genoemd) als Windows-1252 gelezen.",
      en: "Rows in two encodings: UTF-8 rows read as UTF-8, the others (named) as Windows-1252.",
    },
  },
  EXCEL_FILE: {
    severities: ["error"],
    meaning: {
      nl: "Een Excel-werkmap of zip met de naam .csv: bewaar als CSV UTF-8; niets ingelezen.",
      en: "An Excel workbook or zip named .csv: save it as CSV UTF-8; nothing imported.",
    },
  },
  MOJIBAKE: {
    severities: ["warning"],
    meaning: {
      nl: "Tekens lijken dubbel omgezet ('Ã©' voor 'é').",
      en: "Characters look converted twice ('Ã©' for 'é').",
    },
  },
  EMPTY_FILE: {
    severities: ["warning"],
    meaning: {
      nl: "Het bestand is leeg of heeft alleen een kopregel.",
      en: "The file is empty or has only a header.",
    },
  },
  DUPLICATE_HEADER: {
    severities: ["error"],
    meaning: {
      nl: "Dezelfde kolomnaam staat twee keer in de kopregel.",
      en: "The same column name appears twice.",
    },
  },
  EMPTY_HEADER: {
    severities: ["warning"],
    meaning: {
      nl: "Een kolom zonder naam bevat waarden (bewaard als extra kenmerk column_<letter>).",
      en: "A column without a name holds values (kept as extra attribute column_<letter>).",
    },
  },
  UNCLOSED_QUOTE: {
    severities: ["error"],
    meaning: {
      nl: "Een aanhalingsteken gaat nooit dicht; die rij is niet ingelezen.",
      en: "A quote is never closed; that row was not imported.",
    },
  },
  RAGGED_ROW: {
    severities: ["error", "warning"],
    meaning: {
      nl: "Te weinig cellen (warning: als leeg gelezen) of te veel cellen (error: rij niet ingelezen).",
      en: "Too few cells (warning: read as empty) or too many (error: row not imported).",
    },
  },
  UNKNOWN_FILE: {
    severities: ["warning"],
    meaning: {
      nl: "Naam noch kolommen zeggen welk inventarisbestand dit is; overgeslagen.",
      en: "Neither name nor columns tell which inventory file this is; skipped.",
    },
  },
  FILE_KIND_FROM_HEADERS: {
    severities: ["info"],
    meaning: {
      nl: "Soort bestand herkend aan de kolommen.",
      en: "Kind of file recognised from its columns.",
    },
  },
  UNKNOWN_COLUMN: {
    severities: ["warning"],
    meaning: {
      nl: "Onbekende kolom: bewaard als extra kenmerk, niet geanalyseerd.",
      en: "Unknown column: kept as an extra attribute, not analysed.",
    },
  },
  DUPLICATE_COLUMN: {
    severities: ["warning"],
    meaning: {
      nl: "Twee kolommen voor hetzelfde veld; de tweede is een extra kenmerk.",
      en: "Two columns for one field; the second becomes an extra attribute.",
    },
  },
  MISSING_COLUMN: {
    severities: ["error", "info"],
    meaning: {
      nl: "Verplichte kolom ontbreekt: geen rij ingelezen (error), of een standaard vult aan (info: naam = code, relatietype = tie).",
      en: "Required column missing: no row imported (error), or a default stands in (info: name = id, relation type = tie).",
    },
  },
  TYPE_COLUMN_IS_DIRECTION: {
    severities: ["info"],
    meaning: {
      nl: "Een kolom 'Type' met Directed/Undirected (Gephi) is gelezen als 'gericht'.",
      en: "A 'Type' column holding Directed/Undirected (Gephi) was read as 'directed'.",
    },
  },
  MISSING_REQUIRED: {
    severities: ["error"],
    meaning: {
      nl: "Verplichte waarde leeg: rij niet ingelezen.",
      en: "Required value empty: row not imported.",
    },
  },
  DUPLICATE_ID: {
    severities: ["error"],
    meaning: {
      nl: "Code al gebruikt: de eerste rij telt, deze niet.",
      en: "Id already used: the first row counts, this one not.",
    },
  },
  INVISIBLE_CHARACTER: {
    severities: ["warning"],
    meaning: {
      nl: "Onzichtbare tekens (bv. U+00A0, U+200B) uit een code verwijderd.",
      en: "Invisible characters (e.g. U+00A0, U+200B) removed from an id.",
    },
  },
  CONTROL_CHARACTER: {
    severities: ["warning"],
    meaning: {
      nl: "Stuur- of schrijfrichtingstekens (bv. U+001B, U+202E) uit een code of tekst verwijderd.",
      en: "Control or text-direction characters (e.g. U+001B, U+202E) removed from an id or text.",
    },
  },
  UNICODE_NORMALISED: {
    severities: ["info"],
    meaning: {
      nl: "Code in ontbonden Unicode-vorm (NFD) omgezet naar NFC: één code, niet twee.",
      en: "Id in decomposed Unicode form (NFD) converted to NFC: one id, not two.",
    },
  },
  ID_SCIENTIFIC_NOTATION: {
    severities: ["warning"],
    meaning: {
      nl: "Code in wetenschappelijke notatie (1,23457E+11) door Excel: cijfers verloren, bewaard zoals ze staat.",
      en: "Id in scientific notation (1,23457E+11) by Excel: digits lost, kept as written.",
    },
  },
  SIMILAR_ID: {
    severities: ["warning"],
    meaning: {
      nl: "Twee codes verschillen alleen in hoofdletters of spaties: beide ingelezen, beide rijen genoemd.",
      en: "Two ids differ only in case or spaces: both imported, both rows named.",
    },
  },
  INVALID_NUMBER: {
    severities: ["warning"],
    meaning: { nl: "Geen getal: waarde weggelaten.", en: "Not a number: value left out." },
  },
  INVALID_INTEGER: {
    severities: ["warning"],
    meaning: { nl: "Geen geheel getal: waarde weggelaten.", en: "Not a whole number: value left out." },
  },
  INVALID_BOOLEAN: {
    severities: ["warning"],
    meaning: { nl: "Geen ja/nee-waarde: weggelaten.", en: "Not a yes/no value: left out." },
  },
  INVALID_DATE: {
    severities: ["warning"],
    meaning: { nl: "Geen (bestaande) datum: weggelaten.", en: "Not a (real) date: left out." },
  },
  KBO_FORMAT: {
    severities: ["warning"],
    meaning: {
      nl: "Geen ondernemingsnummer van 10 cijfers: weggelaten.",
      en: "Not a 10-digit enterprise number: left out.",
    },
  },
  INVALID_KBO: {
    severities: ["warning"],
    meaning: {
      nl: "Ondernemingsnummer met foute controlecijfers: bewaard zoals het staat.",
      en: "Enterprise number with wrong check digits: kept as written.",
    },
  },
  OUT_OF_RANGE: {
    severities: ["warning"],
    meaning: {
      nl: "Getal buiten het toegelaten bereik (bv. niveau 5, negatief gewicht): weggelaten.",
      en: "Number outside the allowed range (e.g. level 5, negative weight): left out.",
    },
  },
  UNKNOWN_VOCABULARY: {
    severities: ["warning"],
    meaning: {
      nl: "Waarde niet in de lijst: bewaard als other:<waarde> (bij niveau/frequentie/ernst: weggelaten).",
      en: "Value not in the list: kept as other:<value> (level/frequency/severity: left out).",
    },
  },
  UNKNOWN_NIS_CODE: {
    severities: ["warning"],
    meaning: {
      nl: "NIS-code niet in de gemeentelijst: bewaard.",
      en: "NIS code not in the municipality list: kept.",
    },
  },
  UNKNOWN_MUNICIPALITY: {
    severities: ["warning"],
    meaning: {
      nl: "Gemeentenaam niet gevonden: geen NIS-code.",
      en: "Municipality name not found: no NIS code.",
    },
  },
  MERGED_MUNICIPALITY: {
    severities: ["info"],
    meaning: {
      nl: "Gemeente (code of naam) van vóór een fusie: de nieuwe gemeente wordt gebruikt.",
      en: "Pre-merger municipality (code or name): the new municipality is used.",
    },
  },
  MUNICIPALITY_MISMATCH: {
    severities: ["warning"],
    meaning: {
      nl: "Gemeentenaam en NIS-code spreken elkaar tegen: de NIS-code telt.",
      en: "Municipality name and NIS code disagree: the NIS code counts.",
    },
  },
  MISSING_LOCATION: {
    severities: ["warning"],
    meaning: {
      nl: "Organisatie zonder NIS-code en gemeente.",
      en: "Organisation without NIS code or municipality.",
    },
  },
  NO_LOCATION_COLUMNS: {
    severities: ["info"],
    meaning: {
      nl: "Bestand zonder kolom nis_code of gemeente: geen analyses per gemeente.",
      en: "File without nis_code or municipality column: no analyses per municipality.",
    },
  },
  NO_ORGANISATIONS_FILE: {
    severities: ["error"],
    meaning: {
      nl: "Relaties, leerkansen of engagementen zonder organisatiebestand: niets kan verwijzen, niets ingelezen.",
      en: "Relations, offerings or commitments without an organisations file: nothing can refer, nothing imported.",
    },
  },
  UNKNOWN_ORGANISATION: {
    severities: ["error", "warning"],
    meaning: {
      nl: "Verwijzing naar een onbekende organisatie: de rij valt weg (error) of alleen de verwijzing (warning). Nooit aangemaakt.",
      en: "Reference to an unknown organisation: the row is dropped (error) or only the reference (warning). Never created.",
    },
  },
  UNKNOWN_BARRIER: {
    severities: ["error", "warning"],
    meaning: {
      nl: "Verwijzing naar een onbekende drempel: engagement valt weg (error), bij een relatie alleen de verwijzing (warning).",
      en: "Reference to an unknown barrier: a commitment is dropped (error); in a relation only the reference (warning).",
    },
  },
  UNKNOWN_OFFERING: {
    severities: ["warning"],
    meaning: {
      nl: "Drempel verwijst naar een onbekende leerkans: verwijzing weggelaten.",
      en: "Barrier refers to an unknown learning opportunity: reference left out.",
    },
  },
  UNKNOWN_NEXT_STEP: {
    severities: ["warning"],
    meaning: {
      nl: "Vervolgstap is geen gekende leerkans of organisatie: weggelaten.",
      en: "Next step is no known learning opportunity or organisation: left out.",
    },
  },
  SELF_LOOP: {
    severities: ["warning"],
    meaning: {
      nl: "Relatie van een organisatie met zichzelf: bewaard, niet in de netwerkanalyses.",
      en: "Relation of an organisation with itself: kept, not in the network analyses.",
    },
  },
  DUPLICATE_RELATION: {
    severities: ["warning"],
    meaning: {
      nl: "Zelfde paar, type en meting nogmaals (ongericht ook omgekeerd): alleen de eerste rij telt.",
      en: "Same pair, type and wave again (undirected also reversed): only the first row counts.",
    },
  },
  DUPLICATE_COMMITMENT: {
    severities: ["warning"],
    meaning: {
      nl: "Zelfde organisatie, drempel en engagement nogmaals: alleen de eerste rij telt.",
      en: "Same organisation, barrier and commitment again: only the first row counts.",
    },
  },
  BARRIER_GROUP_MISMATCH: {
    severities: ["warning"],
    meaning: {
      nl: "Drempelgroep past niet bij het drempeltype: de groep van het type wordt gebruikt.",
      en: "Barrier group does not fit the barrier type: the type's group is used.",
    },
  },
};
