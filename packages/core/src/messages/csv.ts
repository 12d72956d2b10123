/** Core's messages: the CSV layer (encoding, quotes, ragged rows, headers, workbooks saved as CSV). */
import type { Message } from "./types.ts";

export const CSV_MESSAGES = {
  "csv.delimiter.semicolon": {
    nl: "puntkomma (;)",
    en: "semicolon (;)",
  },
  "csv.delimiter.comma": {
    nl: "komma (,)",
    en: "comma (,)",
  },
  "csv.delimiter.tab": {
    nl: "tab",
    en: "tab",
  },
  "csv.delimiter.bar": {
    nl: "verticale streep (|)",
    en: "vertical bar (|)",
  },
  "csv.empty_file": {
    nl: "Het bestand is leeg: er staat geen kopregel en geen enkele rij in.",
    en: "The file is empty: it has no header line and no rows.",
  },
  "csv.no_data_rows": {
    nl: "Het bestand heeft een kopregel maar geen enkele rij met gegevens.",
    en: "The file has a header line but no rows with data.",
  },
  "file-findings.zip": {
    nl: "een Excel-werkmap (.xlsx) of een ander gezipt bestand (bv. .ods)",
    en: "an Excel workbook (.xlsx) or another zipped file (e.g. .ods)",
  },
  "file-findings.xls": {
    nl: "een oude Excel-werkmap (.xls)",
    en: "an old Excel workbook (.xls)",
  },
  "file-findings.named_ext": {
    nl: (p) => `ook al eindigt de naam op ${p.ext}`,
    en: (p) => `even though its name ends in ${p.ext}`,
  },
  "file-findings.named_csv": {
    nl: "ook al is het als CSV opgegeven",
    en: "even though it was given as CSV",
  },
  "csv.mojibake": {
    nl: "Sommige tekens lijken twee keer omgezet (bijvoorbeeld 'Ã©' waar 'é' hoort). Het bestand is waarschijnlijk als UTF-8 bewaard en daarna in een ander programma als Windows-1252 geopend en opnieuw opgeslagen. Controleer namen met accenten en exporteer opnieuw als 'CSV UTF-8'.",
    en: "Some characters look converted twice (for example 'Ã©' where 'é' belongs). The file was probably saved as UTF-8, then opened as Windows-1252 in another program and saved again. Check names with accents and export again as 'CSV UTF-8'.",
  },
  "csv.encoding_fallback": {
    nl: "Dit bestand is geen geldige UTF-8 en is daarom gelezen als Windows-1252 (de codering van de klassieke Excel-export 'CSV (gescheiden door lijstscheidingsteken)'). Kijk na of letters met accenten zoals é, ë en ç juist staan. Bewaar het bestand liefst als 'CSV UTF-8'.",
    en: "This file is not valid UTF-8, so it was read as Windows-1252 (the encoding of Excel's classic 'CSV (comma delimited)' export). Check that accented letters such as é, ë and ç are right. Preferably save the file as 'CSV UTF-8'.",
  },
  "csv.duplicate_header": {
    nl: (p) =>
      `De kolomnaam ${p.names} komt twee keer voor: ${p.first} en ${p.duplicate}. Geef elke kolom een eigen naam, anders is niet duidelijk welke waarde telt.`,
    en: (p) =>
      `The column name ${p.names} appears twice: ${p.first} and ${p.duplicate}. Give each column its own name; otherwise it is unclear which value counts.`,
  },
  "csv.empty_header": {
    nl: (p) =>
      `${p.column} heeft geen naam in de kopregel, maar ${p.filled} ${p.filled === "1" ? "rij heeft" : "rijen hebben"} er een waarde in. Geef de kolom een naam, anders kan ecolens die waarden niet gebruiken.`,
    en: (p) =>
      `${p.column} has no name in the header, but ${p.filled} ${p.filled === "1" ? "row has" : "rows have"} a value in it. Give the column a name; otherwise ecolens cannot use those values.`,
  },
  "csv.unclosed_quote": {
    nl: (p) =>
      `In rij ${p.row} opent een aanhalingsteken (") dat nergens gesloten wordt. Alles vanaf daar tot het einde van het bestand is als één cel gelezen, dus de rijen erna ontbreken. Voeg het sluitende aanhalingsteken toe of verwijder het openende.`,
    en: (p) =>
      `In row ${p.row} a quote (") opens and is never closed. Everything from there to the end of the file was read as one cell, so the rows after it are missing. Add the closing quote or remove the opening one.`,
  },
  "csv.ragged_short": {
    nl: (p) =>
      `Rij ${p.row} heeft ${p.actual} cellen, de kopregel heeft er ${p.expected}. De ontbrekende cellen aan het einde zijn als leeg gelezen.`,
    en: (p) =>
      `Row ${p.row} has ${p.actual} cells; the header has ${p.expected}. The missing cells at the end were read as empty.`,
  },
  "csv.ragged_long": {
    nl: (p) =>
      `Rij ${p.row} heeft ${p.actual} cellen, maar de kopregel maar ${p.expected}. Waarschijnlijk staat er een ${p.delimiter} in een waarde zonder aanhalingstekens eromheen, waardoor de cellen verschuiven. Zet zo'n waarde tussen aanhalingstekens.`,
    en: (p) =>
      `Row ${p.row} has ${p.actual} cells, but the header only ${p.expected}. Probably a value contains a ${p.delimiter} without quotes around it, which shifts the cells. Put such a value in quotes.`,
  },
  "file-findings.zip_as_csv": {
    nl: (p) =>
      `Dit lijkt ${p.what}, geen CSV-bestand, ${p.named}. Open het in Excel en kies Bestand > Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' (of in LibreOffice: Opslaan als > Tekst CSV), en lees dat bestand, of geef een .xlsx-werkmap de extensie .xlsx zodat ecolens ze als werkmap leest. Niets uit dit bestand is ingelezen.`,
    en: (p) =>
      `This looks like ${p.what}, not a CSV file, ${p.named}. Open it in Excel and choose File > Save As > 'CSV UTF-8 (Comma delimited)' (or in LibreOffice: Save As > Text CSV), and read that file; or give an .xlsx workbook the .xlsx extension so ecolens reads it as a workbook. Nothing from this file was imported.`,
  },
  "file-findings.xls_as_csv": {
    nl: (p) =>
      `Dit lijkt ${p.what}, geen CSV-bestand, ${p.named}. Open het in Excel en kies Bestand > Opslaan als > 'CSV UTF-8 (door komma's gescheiden)' (of in LibreOffice: Opslaan als > Tekst CSV), en lees dat bestand. Niets uit dit bestand is ingelezen.`,
    en: (p) =>
      `This looks like ${p.what}, not a CSV file, ${p.named}. Open it in Excel and choose File > Save As > 'CSV UTF-8 (Comma delimited)' (or in LibreOffice: Save As > Text CSV), and read that file. Nothing from this file was imported.`,
  },
  "file-findings.mixed_rows": {
    nl: (p) =>
      `Dit bestand mengt twee coderingen: de meeste rijen zijn UTF-8, maar rijen ${p.rows} zijn Windows-1252 (klassieke Excel-CSV) en zijn zo gelezen. Kijk in die rijen na of letters met accenten zoals é, ë en ç juist staan, en bewaar het hele bestand als 'CSV UTF-8'.`,
    en: (p) =>
      `This file mixes two encodings: most rows are UTF-8, but rows ${p.rows} are Windows-1252 (classic Excel CSV) and were read as such. Check accented letters such as é, ë and ç in those rows, and save the whole file as 'CSV UTF-8'.`,
  },
  "file-findings.mixed_row": {
    nl: (p) =>
      `Dit bestand mengt twee coderingen: de meeste rijen zijn UTF-8, maar rij ${p.rows} is Windows-1252 (klassieke Excel-CSV) en is zo gelezen. Kijk in die rijen na of letters met accenten zoals é, ë en ç juist staan, en bewaar het hele bestand als 'CSV UTF-8'.`,
    en: (p) =>
      `This file mixes two encodings: most rows are UTF-8, but row ${p.rows} is Windows-1252 (classic Excel CSV) and was read as such. Check accented letters such as é, ë and ç in those rows, and save the whole file as 'CSV UTF-8'.`,
  },
} as const satisfies Record<string, Message>;
