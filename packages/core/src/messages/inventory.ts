/** Core's messages: what the importer says about inventory rows, cells, ids, places and references. */
import type { Message } from "./types.ts";

export const INVENTORY_MESSAGES = {
  "cells.int": {
    nl: "een geheel getal, bv. 12",
    en: "a whole number, e.g. 12",
  },
  "cells.decimalComma": {
    nl: "een getal, bv. 3,5 of 1.234,5",
    en: "a number, e.g. 3,5 or 1.234,5",
  },
  "cells.decimalPoint": {
    nl: "een getal, bv. 3.5",
    en: "a number, e.g. 3.5",
  },
  "cells.bool": {
    nl: "ja/nee, j/n, x (of leeg), 1/0, waar/onwaar",
    en: "yes/no, ja/nee, x (or empty), 1/0, true/false",
  },
  "cells.date": {
    nl: "een datum zoals 31/12/2024 of 2024-12-31",
    en: "a date such as 31/12/2024 or 2024-12-31",
  },
  "cells.kbo": {
    nl: "een ondernemingsnummer van 10 cijfers, bv. 0123.456.749",
    en: "a 10-digit enterprise number, e.g. 0123.456.749",
  },
  "cells.unreadable": {
    nl: (p) =>
      `${p.value} in kolom ${p.column} is niet te lezen${p.extra ? ` (${p.extra})` : ""}; verwacht: ${p.expected}. De waarde is weggelaten, de rij is wel ingelezen.`,
    en: (p) =>
      `${p.value} in column ${p.column} cannot be read${p.extra ? ` (${p.extra})` : ""}; expected: ${p.expected}. The value was left out; the row was imported.`,
  },
  "cells.unknown_vocabulary": {
    nl: (p) =>
      `${p.value} is geen gekende waarde voor ${p.title} (kolom ${p.column}). Bewaard als waarde buiten de lijst. Bedoelde je bv. ${p.near}? Alle waarden staan in docs/inventory-format.md.`,
    en: (p) =>
      `${p.value} is not a known value for ${p.title} (column ${p.column}). Kept as a value outside the list. Did you mean e.g. ${p.near}? All values are listed in docs/inventory-format.md.`,
  },
  "cells.out_of_range": {
    nl: (p) =>
      `${p.value} in kolom ${p.column} ligt buiten het toegelaten bereik (${p.range}). De waarde is weggelaten.`,
    en: (p) =>
      `${p.value} in column ${p.column} is outside the allowed range (${p.range}). The value was left out.`,
  },
  "cells.not_a_choice": {
    nl: (p) =>
      `${p.value} is geen geldige waarde voor ${p.title} (kolom ${p.column}); kies ${p.choices}. De waarde is weggelaten.`,
    en: (p) =>
      `${p.value} is not a valid value for ${p.title} (column ${p.column}); choose ${p.choices}. The value was left out.`,
  },
  "cells.invalid_date": {
    nl: "die dag bestaat niet",
    en: "no such day",
  },
  "cells.invalid_kbo": {
    nl: (p) =>
      `Ondernemingsnummer ${p.formatted} klopt niet: de laatste twee cijfers moeten 97 min (de eerste acht cijfers modulo 97) zijn. Controleer het nummer in de KBO (kbopub.economie.fgov.be). Het is bewaard zoals het staat.`,
    en: (p) =>
      `Enterprise number ${p.formatted} does not check out: the last two digits must be 97 minus (the first eight digits modulo 97). Check it in the KBO (kbopub.economie.fgov.be). It was kept as written.`,
  },
  "rows.name": {
    nl: "de code (org_id) wordt als naam gebruikt",
    en: "the code (org_id) is used as the name",
  },
  "rows.relation_type": {
    nl: "elke relatie krijgt het algemene type 'tie'",
    en: "every relation gets the generic type 'tie'",
  },
  "rows.missing_column": {
    nl: (p) => `Er is geen kolom ${p.field} (of een alias ervan); ${p.fallback}.`,
    en: (p) => `There is no ${p.field} column (or an alias of it); ${p.fallback}.`,
  },
  "rows.missing_required": {
    nl: (p) => `Rij ${p.row}: de verplichte waarde ${p.column} is leeg. De rij is niet ingelezen.`,
    en: (p) => `Row ${p.row}: the required value ${p.column} is empty. The row was not imported.`,
  },
  "places.unknown_nis_code": {
    nl: (p) =>
      `NIS-code ${p.written} staat niet in de lijst van gemeenten. De code is bewaard, maar deze rij telt niet mee in analyses per gemeente. Een NIS-code heeft 5 cijfers, bv. 33011 voor Ieper.`,
    en: (p) =>
      `NIS code ${p.written} is not in the list of municipalities. It was kept, but this row does not count in analyses per municipality. A NIS code has 5 digits, e.g. 33011 for Ieper.`,
  },
  "places.merged_by_code": {
    nl: (p) => `${p.from} is gefuseerd in ${p.current}; de nieuwe code ${p.nis_code} wordt gebruikt.`,
    en: (p) => `${p.from} merged into ${p.current}; the new code ${p.nis_code} is used.`,
  },
  "places.municipality_mismatch": {
    nl: (p) =>
      `De gemeente ${p.written} past niet bij NIS-code ${p.nis_code} (${p.name_nl}). De NIS-code wordt gebruikt; kijk na welke van de twee klopt.`,
    en: (p) =>
      `Municipality ${p.written} does not match NIS code ${p.nis_code} (${p.name_nl}). The NIS code is used; check which of the two is right.`,
  },
  "places.merged_by_name": {
    nl: (p) => `${p.written} is gefuseerd in ${p.current}; die gemeente wordt gebruikt.`,
    en: (p) => `${p.written} merged into ${p.current}; that municipality is used.`,
  },
  "id-cells.id_scientific_notation": {
    nl: (p) =>
      `De code ${p.raw} (kolom ${p.column}) staat in wetenschappelijke notatie: Excel heeft een lang nummer zo weergegeven en bewaard, en de cijfers zijn verloren. Ze is bewaard zoals ze staat. Zet de kolom in Excel op 'Tekst', typ de codes opnieuw en bewaar opnieuw als CSV.`,
    en: (p) =>
      `Code ${p.raw} (column ${p.column}) is in scientific notation: Excel displayed a long number that way and saved it so, and the digits are lost. It was kept as written. Format the column as 'Text' in Excel, type the codes again and save as CSV again.`,
  },
  "id-cells.unicode_normalised": {
    nl: (p) =>
      `De code ${p.id} (kolom ${p.column}) stond in ontbonden vorm (letter + los accent, zoals macOS en sommige webformulieren schrijven) en is omgezet naar de gewone samengestelde vorm (NFC), zodat ze gelijk is aan dezelfde code elders.`,
    en: (p) =>
      `Code ${p.id} (column ${p.column}) was in decomposed form (letter + separate accent, as macOS and some web forms write it) and was converted to the usual composed form (NFC), so it equals the same code elsewhere.`,
  },
  "recognise.unknown_file": {
    nl: (p) =>
      `Niet duidelijk welk inventarisbestand dit is (naam noch kolommen passen); het is overgeslagen. Verwachte namen: ${p.known}.`,
    en: (p) =>
      `Not clear which inventory file this is (neither its name nor its columns fit); it was skipped. Expected names: ${p.known}.`,
  },
  "recognise.file_kind_from_headers": {
    nl: (p) =>
      `De bestandsnaam zegt niet wat dit is; op basis van de kolommen is het gelezen als ${p.value}.`,
    en: (p) => `The file name does not say what this is; from its columns it was read as ${p.value}.`,
  },
  "recognise.type_column_is_direction": {
    nl: (p) =>
      `De kolom ${p.column} bevat alleen Directed/Undirected (zoals in Gephi) en is gelezen als 'gericht', niet als soort relatie.`,
    en: (p) =>
      `Column ${p.column} holds only Directed/Undirected (as in Gephi) and was read as 'directed', not as relation type.`,
  },
  "relations.self_loop": {
    nl: (p) =>
      `Deze relatie verbindt ${p.source_id} met zichzelf. Ze is bewaard, maar telt niet mee in de netwerkanalyses. Was een andere organisatie bedoeld?`,
    en: (p) =>
      `This relation links ${p.source_id} to itself. It was kept but does not count in the network analyses. Was another organisation meant?`,
  },
  "import.what_municipality": {
    nl: "gemeente",
    en: "municipality",
  },
  "import.what_organisation": {
    nl: "organisatie",
    en: "organisation",
  },
  "import.no_location_columns": {
    nl: "Dit bestand heeft geen kolom nis_code of gemeente: analyses per gemeente zijn niet mogelijk.",
    en: "This file has no nis_code or municipality column: analyses per municipality are not possible.",
  },
  "import.missing_location": {
    nl: (p) =>
      `${p.name} heeft geen NIS-code en geen gemeente; de organisatie telt niet mee in analyses per gemeente.`,
    en: (p) =>
      `${p.name} has no NIS code and no municipality; it does not count in analyses per municipality.`,
  },
  "import.no_organisations_file": {
    nl: "Er is geen organisatiebestand (organisaties.csv) bij: geen enkele verwijzing naar een organisatie kan kloppen, dus deze rijen worden niet ingelezen. Voeg organisaties.csv toe, of lees een losse verbindingenlijst met --edges.",
    en: "There is no organisations file (organisations.csv): no reference to an organisation can be resolved, so these rows are not imported. Add organisations.csv, or read a plain edge list with --edges.",
  },
  "import.what_offering": {
    nl: "leerkans",
    en: "learning opportunity",
  },
  "import.unknown_next_step": {
    nl: (p) => `Vervolgstap ${p.id} is geen gekende leerkans of organisatie; die stap is weggelaten.`,
    en: (p) =>
      `Next step ${p.id} is not a known learning opportunity or organisation; that step was left out.`,
  },
  "import.what_barrier": {
    nl: "drempel",
    en: "barrier",
  },
  "import.barrier_group_mismatch": {
    nl: (p) =>
      `Een drempel van het type ${p.type} hoort bij de groep ${p.group}, niet ${p.written}; ${p.group} wordt gebruikt.`,
    en: (p) =>
      `A barrier of type ${p.type} belongs to group ${p.group}, not ${p.written}; ${p.group} is used.`,
  },
  "findings.row_at": {
    nl: (p) => `${p.file ? `${p.file} ` : ""}rij ${p.row}`,
    en: (p) => `${p.file ? `${p.file} ` : ""}row ${p.row}`,
  },
  "rows.missing_required_column": {
    nl: (p) =>
      `De verplichte kolom ${p.field} ontbreekt (Nederlandse namen: ${p.aliases}). Geen enkele rij van dit bestand is ingelezen.`,
    en: (p) =>
      `The required column ${p.field} is missing (aliases: ${p.aliases}). No row of this file was imported.`,
  },
  "places.unknown_municipality": {
    nl: (p) =>
      `De gemeente ${p.written} is niet gevonden in de lijst van gemeenten. Controleer de schrijfwijze of vul de NIS-code in.${p.near ? ` Bedoelde je ${p.near}?` : ""}`,
    en: (p) =>
      `Municipality ${p.written} was not found in the list of municipalities. Check the spelling or fill in the NIS code.${p.near ? ` Did you mean ${p.near}?` : ""}`,
  },
  "id-cells.control_character": {
    nl: (p) =>
      `In ${p.raw} (kolom ${p.column}) stonden stuur- of schrijfrichtingstekens (${p.labels}); die kunnen tekst op het scherm verbergen of omkeren. Ze zijn verwijderd, gelezen is ${p.result}.`,
    en: (p) =>
      `${p.raw} (column ${p.column}) held control or text-direction characters (${p.labels}); they can hide or reverse text on screen. They were removed; read as ${p.result}.`,
  },
  "id-cells.invisible_character": {
    nl: (p) =>
      `In ${p.raw} (kolom ${p.column}) stonden onzichtbare tekens (${p.labels}); ze zijn verwijderd, de code is nu ${p.id}. Zulke tekens komen mee bij kopiëren uit websites of Word en maken codes die er gelijk uitzien verschillend.`,
    en: (p) =>
      `${p.raw} (column ${p.column}) held invisible characters (${p.labels}); they were removed, the code is now ${p.id}. Such characters come along when copying from web pages or Word and make codes that look the same differ.`,
  },
  "references.duplicate_id": {
    nl: (p) =>
      `De code ${p.id} is al gebruikt voor ${p.what} in ${p.at}. Alleen die eerste rij is ingelezen; deze rij niet. Geef elke ${p.what} een eigen code of voeg de rijen samen.`,
    en: (p) =>
      `Code ${p.id} is already used for ${p.what} in ${p.at}. Only that first row was imported, not this one. Give each ${p.what} its own code or merge the rows.`,
  },
  "references.case_and_spaces": {
    nl: "hoofd- en kleine letters en spaties",
    en: "upper/lower case and spaces",
  },
  "references.case": { nl: "hoofd- en kleine letters", en: "upper/lower case" },
  "references.spaces": { nl: "spaties", en: "spaces" },
  "references.similar_id": {
    nl: (p) =>
      `De code ${p.id} (rij ${p.row}) verschilt van ${p.firstId} (${p.at}) alleen in ${p.how}. Beide zijn ingelezen, als twee verschillende (${p.what}). Gaat het om dezelfde, schrijf de code dan overal gelijk.`,
    en: (p) =>
      `Code ${p.id} (row ${p.row}) differs from ${p.firstId} (${p.at}) only in ${p.how}. Both were imported, as two different ones (${p.what}). If they are the same, write the code the same way everywhere.`,
  },
  "relations.duplicate_relation": {
    nl: (p) =>
      `De relatie ${p.pair} van het type '${p.type}'${p.wave} staat al in ${p.at}. Alleen de eerste is ingelezen. Verschillende soorten relaties tussen dezelfde organisaties mogen wel (elk op een eigen rij).`,
    en: (p) =>
      `Relation ${p.pair} of type '${p.type}'${p.wave} is already in ${p.at}. Only the first was imported. Different relation types between the same organisations are fine (each on its own row).`,
  },
  "import.duplicate_commitment": {
    nl: (p) =>
      `${p.org} engageert zich al (${p.type}) voor drempel ${p.barrier} in ${p.file} rij ${p.row}; alleen die rij is ingelezen.`,
    en: (p) =>
      `${p.org} already commits (${p.type}) to barrier ${p.barrier} in ${p.file} row ${p.row}; only that row was imported.`,
  },
  "references.did_you_mean": {
    nl: (p) => ` Bedoel je ${p.near}?`,
    en: (p) => ` Did you mean ${p.near}?`,
  },
  "references.rejected_there": {
    nl: (p) => ` (Die rij, ${p.file} rij ${p.row}, is zelf niet ingelezen: zie de fout daar.)`,
    en: (p) => ` (That row, ${p.file} row ${p.row}, was itself not imported: see the error there.)`,
  },
  "references.unknown_subject": {
    nl: (p) => `${p.id} is geen gekende ${p.what}.${p.hint} De rij is niet ingelezen.`,
    en: (p) => `${p.id} is not a known ${p.what}.${p.hint} The row was not imported.`,
  },
  "references.unknown_reference": {
    nl: (p) =>
      `${p.id} is geen gekende ${p.what}.${p.hint} Die verwijzing is weggelaten; de rij is wel ingelezen.`,
    en: (p) =>
      `${p.id} is not a known ${p.what}.${p.hint} That reference was left out; the row was imported.`,
  },
  "columns.duplicate_column": {
    nl: (p) =>
      `De kolom ${p.extra} bedoelt hetzelfde als kolom ${p.first} (${p.field}). Alleen ${p.first} wordt gebruikt; ${p.extra} is bewaard als extra kenmerk. Hou één van beide kolommen.`,
    en: (p) =>
      `Column ${p.extra} means the same as column ${p.first} (${p.field}). Only ${p.first} is used; ${p.extra} is kept as an extra attribute. Keep one of the two.`,
  },
  "columns.unknown_column": {
    nl: (p) =>
      `De kolom ${p.shown} is geen gekende kolom voor dit bestand. De waarden zijn bewaard als extra kenmerk '${p.key}', maar worden niet geanalyseerd. Controleer de spelling als het een gekende kolom moest zijn (zie docs/inventory-format.md).`,
    en: (p) =>
      `Column ${p.shown} is not a known column for this file. Its values are kept as extra attribute '${p.key}' but not analysed. Check the spelling if it was meant to be a known column (see docs/inventory-format.md).`,
  },
} as const satisfies Record<string, Message>;
