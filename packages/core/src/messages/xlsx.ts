/** Core's messages: workbooks (reading, template, instructions, partner forms and collect). */
import type { Message } from "./types.ts";

export const XLSX_MESSAGES = {
  "collect-forms.skipped": {
    nl: (p) => `${p.text} (overgeslagen)`,
    en: (p) => `${p.text} (skipped)`,
  },
  "collect-forms.not_a_form": {
    nl: "geen partnerformulier van ecolens (het verborgen blad 'formulier' ontbreekt); overgeslagen",
    en: "not an ecolens partner form (the hidden 'form' sheet is missing); skipped",
  },
  "collect.confirmed": {
    nl: "bevestigd door beide",
    en: "confirmed by both",
  },
  "collect.reported_by_one": {
    nl: "gemeld door één",
    en: "reported by one",
  },
  "collect.contradicted": {
    nl: "tegenstrijdig",
    en: "contradicted",
  },
  "collect.no_response": {
    nl: "geen antwoord",
    en: "no response",
  },
  "collect.type_differs": {
    nl: "soort verschilt",
    en: "type differs",
  },
  "collect.strength_differs": {
    nl: "niveau of gewicht verschilt",
    en: "level or weight differs",
  },
  "collect.deleted_by_other": {
    nl: "door één kant verwijderd",
    en: "deleted by one side",
  },
  "collect.missing_in_other": {
    nl: "ontbreekt in het formulier van de andere kant",
    en: "missing from the other side's form",
  },
  "collect.unknown_organisation": {
    nl: (p) => `formulier voor onbekende organisatie '${p.org_id}'; overgeslagen`,
    en: (p) => `form for unknown organisation '${p.org_id}'; skipped`,
  },
  "collect.second_form": {
    nl: (p) => `tweede formulier voor '${p.org_id}': dit (later) formulier telt`,
    en: (p) => `second form for '${p.org_id}': this (later) form counts`,
  },
  "import-workbooks.meaning.id_in_number_cell": {
    nl: "Een code (id) staat in een getalcel: voorloopnullen kunnen verloren zijn.",
    en: "An id is in a number cell: leading zeros may have been lost.",
  },
  "import-workbooks.meaning.error_cell": {
    nl: "Een cel toont een foutwaarde van een formule (#N/B, #VERW!, ...); ze is als leeg gelezen.",
    en: "A cell shows a formula's error value (#N/A, #REF!, ...); it was read as empty.",
  },
  "import-workbooks.meaning.sheet_skipped": {
    nl: "Een hulpblad van het sjabloon (instructies, keuzelijsten, formulier, respons) is niet als tabel gelezen.",
    en: "A helper sheet of the template (instructions, lists, form, response) was not read as a table.",
  },
  "import-workbooks.meaning.no_tables": {
    nl: "De werkmap heeft geen enkel blad met gegevens.",
    en: "The workbook has no sheet with data.",
  },
  "import-workbooks.helper_sheet_skipped": {
    nl: "Dit blad hoort bij het sjabloon (instructies, keuzelijsten, formulier of respons) en is niet als inventaristabel gelezen. Staan er toch gegevens op, geef het blad dan de naam van een tabel (bv. organisaties).",
    en: "This sheet belongs to the template (instructions, drop-down lists, form or response) and was not read as an inventory table. If it does hold data, give the sheet the name of a table (e.g. organisations).",
  },
  "import-workbooks.no_tables": {
    nl: "Deze werkmap heeft geen enkel blad met gegevens; er is niets uit gelezen.",
    en: "This workbook has no sheet with data; nothing was read from it.",
  },
  "instructions.id": {
    nl: "een code (tekst, zonder spaties)",
    en: "a code (text, no spaces)",
  },
  "instructions.ids": {
    nl: "codes, gescheiden door |",
    en: "codes, separated by |",
  },
  "instructions.type.text": {
    nl: "vrije tekst",
    en: "free text",
  },
  "instructions.int": {
    nl: "een geheel getal",
    en: "a whole number",
  },
  "instructions.decimal": {
    nl: "een getal",
    en: "a number",
  },
  "instructions.bool": {
    nl: "ja of nee",
    en: "yes or no",
  },
  "instructions.date": {
    nl: "een datum",
    en: "a date",
  },
  "instructions.vocab": {
    nl: "kies uit de lijst",
    en: "choose from the list",
  },
  "instructions.vocabs": {
    nl: "kies uit de lijst; meerdere waarden gescheiden door |",
    en: "choose from the list; several values separated by |",
  },
  "instructions.ordinal": {
    nl: "kies uit de lijst (of 1, 2, 3 ...)",
    en: "choose from the list (or 1, 2, 3 ...)",
  },
  "instructions.kbo": {
    nl: "ondernemingsnummer (10 cijfers)",
    en: "enterprise number (10 digits)",
  },
  "instructions.organisations": {
    nl: "de code van een organisatie uit het blad organisaties",
    en: "the code of an organisation on the organisations sheet",
  },
  "instructions.barriers": {
    nl: "de code van een drempel uit het blad drempels",
    en: "the code of a barrier on the barriers sheet",
  },
  "instructions.offerings": {
    nl: "de code van een leerkans uit het blad leerkansen",
    en: "the code of a learning opportunity on the offerings sheet",
  },
  "instructions.nis_code": {
    nl: "NIS-code van de gemeente (5 cijfers, bv. 33011 voor Ieper); of vul alleen de gemeente in",
    en: "NIS code of the municipality (5 digits, e.g. 33011 for Ieper); or fill in the municipality only",
  },
  "read-parts.sheetRefs": {
    nl: (p) =>
      `${p.file} heeft geen werkmapdeel (${p.main}): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} has no workbook part (${p.main}): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "read-sheet.checkStringRef": {
    nl: (p) =>
      `${p.file} is een beschadigde werkmap (blad ${p.sheet}: cel ${p.ref} verwijst naar tekst ${p.shown}, die niet bestaat): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} is a damaged workbook (sheet ${p.sheet}: cell ${p.ref} points at text ${p.shown}, which does not exist): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "read-workbook.readWorkbook": {
    nl: (p) =>
      `${p.file} heeft ${p.cells} cellen, meer dan de grens van ${p.maxCells}: bewaar alleen de inventaristabellen in een nieuwe werkmap, of bewaar elk blad als CSV.`,
    en: (p) =>
      `${p.file} has ${p.cells} cells, more than the limit of ${p.maxCells}: keep only the inventory tables in a new workbook, or save each sheet as CSV.`,
  },
  "read-workbook.too_many_cells": {
    nl: (p) =>
      `blad ${p.name} beslaat ${p.filled} rijen x ${p.width} kolommen; grens ${p.maxGridCells} cellen`,
    en: (p) => `sheet ${p.name} spans ${p.filled} rows x ${p.width} columns; limit ${p.maxGridCells} cells`,
  },
  "read-workbook.too_much_text": {
    nl: (p) => `de cellen bevatten samen ${p.chars} tekens; grens ${p.maxTextChars}`,
    en: (p) => `the cells hold ${p.chars} characters together; limit ${p.maxTextChars}`,
  },
  "read-workbook.too_large": {
    nl: (p) =>
      `${p.file} is te groot om veilig te lezen (${p.what}). Bewaar alleen de inventaristabellen in een nieuwe werkmap, of bewaar elk blad als CSV.`,
    en: (p) =>
      `${p.file} is too large to read safely (${p.what}). Keep only the inventory tables in a new workbook, or save each sheet as CSV.`,
  },
  "template.delete_header": {
    nl: "verwijderen",
    en: "delete",
  },
  "template.form_sheet": {
    nl: "formulier",
    en: "form",
  },
  "template.lists_sheet": {
    nl: "lijsten",
    en: "lists",
  },
  "to-tables.xlsx_error_cell": {
    nl: (p) =>
      `De cel ${p.col}${p.row} toont de foutwaarde ${p.text} (van een formule); ze is als leeg gelezen.`,
    en: (p) =>
      `Cell ${p.col}${p.row} shows the error value ${p.text} (from a formula); it was read as empty.`,
  },
  "to-tables.xlsx_number_as_id": {
    nl: (p) =>
      `${p.length} cel(len) in deze kolom zijn getallen, geen tekst (eerste: ${p.index}${p.row}): een code als 007 verliest zo zijn voorloopnullen. Zet de kolom in Excel op 'Tekst' en typ de codes opnieuw.`,
    en: (p) =>
      `${p.length} cell(s) in this column are numbers, not text (first: ${p.index}${p.row}): a code such as 007 loses its leading zeros that way. Format the column as 'Text' in Excel and type the codes again.`,
  },
  "zip.tooLarge": {
    nl: (p) =>
      `${p.file} is te groot om veilig te lezen (${p.what}; grens ${p.limit}). Bewaar alleen de inventaristabellen in een nieuwe werkmap, of bewaar elk blad als CSV.`,
    en: (p) =>
      `${p.file} is too large to read safely (${p.what}; limit ${p.limit}). Keep only the inventory tables in a new workbook, or save each sheet as CSV.`,
  },
  "zip.encrypted_or_xls": {
    nl: (p) =>
      `${p.file} is met een wachtwoord beveiligd (of een oud .xls-bestand): open het in Excel of LibreOffice en bewaar het als .xlsx zonder wachtwoord.`,
    en: (p) =>
      `${p.file} is password-protected (or an old .xls file): open it in Excel or LibreOffice and save it as .xlsx without a password.`,
  },
  "zip.not_a_workbook": {
    nl: (p) =>
      `${p.file} is geen Excel-werkmap (.xlsx): bewaar het in Excel als 'Excel-werkmap (.xlsx)' of als CSV.`,
    en: (p) =>
      `${p.file} is not an Excel workbook (.xlsx): save it from Excel as 'Excel Workbook (.xlsx)' or as CSV.`,
  },
  "zip.macros": {
    nl: (p) =>
      `${p.file} bevat macro's; ecolens leest geen werkmappen met macro's. Bewaar het als 'Excel-werkmap (.xlsx)' (zonder macro's) en probeer opnieuw.`,
    en: (p) =>
      `${p.file} contains macros; ecolens does not read macro-enabled workbooks. Save it as 'Excel Workbook (.xlsx)' (without macros) and try again.`,
  },
  "zip.damaged": {
    nl: (p) =>
      `${p.file} is een beschadigde werkmap (${p.d}): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} is a damaged workbook (${p.d}): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "zip.duplicate_part": {
    nl: (p) => `twee delen heten ${p.name}`,
    en: (p) => `two parts named ${p.name}`,
  },
  "read-parts.empty": { nl: "leeg", en: "empty" },
  "read-parts.broken_part": {
    nl: (p) =>
      `${p.file} is een beschadigde werkmap (${p.path}: ${p.why}): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} is a damaged workbook (${p.path}: ${p.why}): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "read-sheet.row": { nl: "rij", en: "row" },
  "read-sheet.cell": { nl: "cel", en: "cell" },
  "read-sheet.outside_grid": {
    nl: (p) =>
      `${p.file} is een beschadigde werkmap (blad ${p.sheet}: ${p.what} ${p.at} valt buiten het raster van Excel, ${p.rows} rijen en ${p.cols} kolommen): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} is a damaged workbook (sheet ${p.sheet}: ${p.what} ${p.at} lies outside Excel's grid of ${p.rows} rows and ${p.cols} columns): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "read-sheet.twice": {
    nl: (p) =>
      `${p.file} is een beschadigde werkmap (blad ${p.sheet}: ${p.what} ${p.ref} staat er twee keer in): open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx.`,
    en: (p) =>
      `${p.file} is a damaged workbook (sheet ${p.sheet}: ${p.what} ${p.ref} is in it twice): open it in Excel or LibreOffice and save it again as .xlsx.`,
  },
  "xlsx.yes": { nl: "ja", en: "yes" },
  "xlsx.no": { nl: "nee", en: "no" },
  "sheet.organisations": { nl: "organisaties", en: "organisations" },
  "sheet.relations": { nl: "relaties", en: "relations" },
  "sheet.offerings": { nl: "leerkansen", en: "offerings" },
  "sheet.barriers": { nl: "drempels", en: "barriers" },
  "sheet.barrier_commitments": { nl: "drempel_engagementen", en: "barrier_commitments" },
  "sheet.municipalities": { nl: "gemeenten", en: "municipalities" },
  "inventory-sheets.several_values": {
    nl: "Meerdere waarden: scheid ze met |",
    en: "Several values: separate them with |",
  },
  "instructions.sheet_name": { nl: "instructies", en: "instructions" },
  "instructions.col.sheet": { nl: "blad", en: "sheet" },
  "instructions.col.column": { nl: "kolom", en: "column" },
  "instructions.col.required": { nl: "verplicht", en: "required" },
  "instructions.col.what": { nl: "wat vul je in", en: "what to fill in" },
  "instructions.col.example": { nl: "voorbeeld", en: "example" },
  "collect.response_sheet": { nl: "respons", en: "response" },
  "collect.response_rate": { nl: "respons", en: "response rate" },
  "collect.returned": { nl: "ingediend", en: "returned" },
  "collect.no_form": { nl: "geen formulier", en: "no form" },
  "collect.col.what": { nl: "wat", en: "what" },
  "collect.col.share": { nl: "aandeel", en: "share" },
  "collect.col.count": { nl: "aantal", en: "count" },
  "collect.col.name": { nl: "naam", en: "name" },
  "collect.col.form": { nl: "formulier", en: "form" },
  "collect.col.file": { nl: "bestand", en: "file" },
  "template.form_for": {
    nl: (p) => `Dit formulier is voor ${p.name} (${p.id}).`,
    en: (p) => `This form is for ${p.name} (${p.id}).`,
  },
  "template.form_check": {
    nl: "Kijk je eigen gegevens na en verbeter wat niet klopt. Samenwerkingen: bevestig ze zoals ze staan, pas soort of niveau aan, of zet 'ja' in de kolom 'verwijderen' als de samenwerking niet (meer) bestaat. Voeg nieuwe samenwerkingen toe als nieuwe rij.",
    en: "Check your own details and correct what is wrong. Relations: confirm them as they are, change the type or level, or put 'yes' in the 'delete' column when the relation does not (or no longer) exist. Add new relations as new rows.",
  },
  "template.form_return": {
    nl: "Bewaar als Excel-werkmap (.xlsx) en stuur het bestand terug aan de coördinator.",
    en: "Save as Excel workbook (.xlsx) and send the file back to the coordinator.",
  },
  "template.intro_fill": {
    nl: "Inventaris van het leerecosysteem: vul elk blad in, één rij per organisatie, samenwerking, leerkans, drempel of engagement.",
    en: "Learning ecosystem inventory: fill in each sheet, one row per organisation, relation, learning opportunity, barrier or commitment.",
  },
  "template.intro_lists": {
    nl: "Kolommen met een keuzelijst: kies uit de lijst. Codes (organisatie_id, leerkans_id, drempel_id) zijn korte namen zonder spaties.",
    en: "Columns with a drop-down list: choose from the list. Codes (org_id, offering_id, barrier_id) are short names without spaces.",
  },
  "template.intro_return": {
    nl: "Bewaar als Excel-werkmap (.xlsx) en stuur het bestand terug. Lees het in met: ecolens validate inventaris.xlsx",
    en: "Save as Excel workbook (.xlsx) and send the file back. Read it with: ecolens validate inventory.xlsx",
  },
} as const satisfies Record<string, Message>;
