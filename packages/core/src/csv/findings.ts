/**
 * Ready-made nl/en findings for what the CSV layer notices: encoding fallback, mojibake, unclosed
 * quotes, ragged rows, duplicate headers, unnamed columns holding values, empty files. The importer adds its own (per column/value).
 */

import { msgText } from "../messages/index.ts";
import type { Finding } from "../model/types.ts";
import { makeVisible } from "../values/visible.ts";
import { type DecodedText, looksLikeMojibake } from "./decode.ts";
import { columnLabel, findDuplicateHeaders } from "./header.ts";
import type { ParsedCsv } from "./parse.ts";

/** A Map: the delimiter can come from the user (`--delimiter`), so no inherited keys may answer. */
const DELIMITER_NAMES = new Map<string, { nl: string; en: string }>([
  [";", msgText("findings.DELIMITER_NAMES")],
  [",", msgText("findings.DELIMITER_NAMES_2")],
  ["\t", msgText("findings.DELIMITER_NAMES_3")],
  ["|", msgText("findings.DELIMITER_NAMES_4")],
]);

export function delimiterName(delimiter: string, lang: "nl" | "en"): string {
  return DELIMITER_NAMES.get(delimiter)?.[lang] ?? `"${makeVisible(delimiter)}"`;
}

function mojibakeFinding(file: string, parsed: ParsedCsv): Finding {
  // Point at the first row (header included) that shows the pattern, so people can find it.
  const rows: { row: number; cells: string[] }[] = [
    { row: parsed.headerRow, cells: parsed.header },
    ...parsed.records,
  ];
  let where: { row: number; value: string } | undefined;
  for (const r of rows) {
    const cell = r.cells.find((c) => looksLikeMojibake(c));
    if (cell !== undefined) {
      where = { row: r.row, value: cell };
      break;
    }
  }
  return {
    severity: "warning",
    code: "MOJIBAKE",
    file,
    ...(where ? { row: where.row, value: makeVisible(where.value) } : {}),
    message: {
      nl:
        "Sommige tekens lijken twee keer omgezet (bijvoorbeeld 'Ã©' waar 'é' hoort). Het bestand is " +
        "waarschijnlijk als UTF-8 bewaard en daarna in een ander programma als Windows-1252 geopend en " +
        "opnieuw opgeslagen. Controleer namen met accenten en exporteer opnieuw als 'CSV UTF-8'.",
      en:
        "Some characters look converted twice (for example 'Ã©' where 'é' belongs). The file was " +
        "probably saved as UTF-8, then opened as Windows-1252 in another program and saved again. Check " +
        "names with accents and export again as 'CSV UTF-8'.",
    },
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** All CSV-level findings for one file, sorted by row (file-level ones first). */
export function csvFindings(file: string, decoded: DecodedText, parsed: ParsedCsv): Finding[] {
  const out: Finding[] = [];
  if (decoded.fallback) {
    out.push({
      severity: "warning",
      code: "ENCODING_FALLBACK",
      file,
      message: {
        nl:
          "Dit bestand is geen geldige UTF-8 en is daarom gelezen als Windows-1252 (de codering van de " +
          "klassieke Excel-export 'CSV (gescheiden door lijstscheidingsteken)'). Kijk na of letters met " +
          "accenten zoals é, ë en ç juist staan. Bewaar het bestand liefst als 'CSV UTF-8'.",
        en:
          "This file is not valid UTF-8, so it was read as Windows-1252 (the encoding of Excel's classic " +
          "'CSV (comma delimited)' export). Check that accented letters such as é, ë and ç are right. " +
          "Preferably save the file as 'CSV UTF-8'.",
      },
    });
  }
  if (decoded.mojibake) out.push(mojibakeFinding(file, parsed));
  if (parsed.headerRow === 0) {
    out.push({
      severity: "warning",
      code: "EMPTY_FILE",
      file,
      message: msgText("findings.message"),
    });
  } else if (parsed.records.length === 0) {
    out.push({
      severity: "warning",
      code: "EMPTY_FILE",
      file,
      row: parsed.headerRow,
      message: msgText("findings.message_2"),
    });
  }
  for (const d of findDuplicateHeaders(parsed.header)) {
    const a = parsed.header[d.first].trim();
    const b = parsed.header[d.duplicate].trim();
    const names = a === b ? `"${a}"` : `"${a}" / "${b}"`;
    out.push({
      severity: "error",
      code: "DUPLICATE_HEADER",
      file,
      row: parsed.headerRow,
      column: b,
      value: makeVisible(parsed.header[d.duplicate]),
      message: {
        nl:
          `De kolomnaam ${names} komt twee keer voor: ${columnLabel(d.first, "nl")} en ` +
          `${columnLabel(d.duplicate, "nl")}. Geef elke kolom een eigen naam, anders is niet duidelijk ` +
          "welke waarde telt.",
        en:
          `The column name ${names} appears twice: ${columnLabel(d.first, "en")} and ` +
          `${columnLabel(d.duplicate, "en")}. Give each column its own name; otherwise it is unclear ` +
          "which value counts.",
      },
    });
  }
  parsed.header.forEach((name, i) => {
    if (name.trim() !== "") return;
    const filled = parsed.records.filter((r) => (r.cells[i] ?? "").trim() !== "").length;
    if (filled === 0) return; // an unused, unnamed column (e.g. trailing `;`) is harmless
    out.push({
      severity: "warning",
      code: "EMPTY_HEADER",
      file,
      row: parsed.headerRow,
      message: {
        nl:
          `${capitalise(columnLabel(i, "nl"))} heeft geen naam in de kopregel, maar ${filled} ` +
          `${filled === 1 ? "rij heeft" : "rijen hebben"} er een waarde in. Geef de kolom een naam, ` +
          "anders kan ecolens die waarden niet gebruiken.",
        en:
          `${capitalise(columnLabel(i, "en"))} has no name in the header, but ${filled} ` +
          `${filled === 1 ? "row has" : "rows have"} a value in it. Give the column a name; otherwise ` +
          "ecolens cannot use those values.",
      },
    });
  });
  for (const issue of parsed.issues) {
    if (issue.kind === "unclosed_quote") {
      out.push({
        severity: "error",
        code: "UNCLOSED_QUOTE",
        file,
        row: issue.row,
        message: {
          nl:
            `In rij ${issue.row} opent een aanhalingsteken (") dat nergens gesloten wordt. Alles vanaf daar ` +
            "tot het einde van het bestand is als één cel gelezen, dus de rijen erna ontbreken. Voeg het " +
            "sluitende aanhalingsteken toe of verwijder het openende.",
          en:
            `In row ${issue.row} a quote (") opens and is never closed. Everything from there to the end ` +
            "of the file was read as one cell, so the rows after it are missing. Add the closing quote or " +
            "remove the opening one.",
        },
      });
    } else if (issue.kind === "ragged_short") {
      out.push({
        severity: "warning",
        code: "RAGGED_ROW",
        file,
        row: issue.row,
        message: {
          nl:
            `Rij ${issue.row} heeft ${issue.actual} cellen, de kopregel heeft er ${issue.expected}. ` +
            "De ontbrekende cellen aan het einde zijn als leeg gelezen.",
          en:
            `Row ${issue.row} has ${issue.actual} cells; the header has ${issue.expected}. ` +
            "The missing cells at the end were read as empty.",
        },
      });
    } else {
      out.push({
        severity: "error",
        code: "RAGGED_ROW",
        file,
        row: issue.row,
        message: {
          nl:
            `Rij ${issue.row} heeft ${issue.actual} cellen, maar de kopregel maar ${issue.expected}. ` +
            `Waarschijnlijk staat er een ${delimiterName(parsed.delimiter, "nl")} in een waarde zonder ` +
            "aanhalingstekens eromheen, waardoor de cellen verschuiven. Zet zo'n waarde tussen " +
            "aanhalingstekens.",
          en:
            `Row ${issue.row} has ${issue.actual} cells, but the header only ${issue.expected}. ` +
            `Probably a value contains a ${delimiterName(parsed.delimiter, "en")} without quotes around ` +
            "it, which shifts the cells. Put such a value in quotes.",
        },
      });
    }
  }
  // Stable order: file-level findings (no row) first, then by row; ties keep insertion order.
  return out
    .map((f, i) => ({ f, i }))
    .sort((x, y) => (x.f.row ?? 0) - (y.f.row ?? 0) || x.i - y.i)
    .map(({ f }) => f);
}
