/** Messages shared by every command: input, rejected rows, option values, exit reasons. */
import { count } from "./format.ts";
import type { Message } from "./types.ts";

export const COMMON_MESSAGES = {
  "input.rejected": {
    nl: (p) =>
      `${count(Number(p.rows), "nl", "rij is", "rijen zijn")} geweigerd en ${Number(p.rows) === 1 ? "ontbreekt" : "ontbreken"} in de analyse: zie 'ecolens validate ${p.input}'`,
    en: (p) =>
      `${count(Number(p.rows), "en", "row was", "rows were")} rejected and ${Number(p.rows) === 1 ? "is" : "are"} missing from the analysis: see 'ecolens validate ${p.input}'`,
  },
  "input.errors": {
    nl: (p) =>
      `de invoer heeft ${count(Number(p.errors), "nl", "fout", "fouten")}: zie 'ecolens validate ${p.input}'`,
    en: (p) =>
      `the input has ${count(Number(p.errors), "en", "error", "errors")}: see 'ecolens validate ${p.input}'`,
  },
  "input.unreadable": {
    nl: (p) =>
      `${p.refusal}: de invoer heeft ${count(Number(p.errors), "nl", "fout", "fouten")}; zie 'ecolens validate'`,
    en: (p) =>
      `${p.refusal}: the input has ${count(Number(p.errors), "en", "error", "errors")}; see 'ecolens validate'`,
  },
  "refusal.analyse": { nl: "niets te analyseren", en: "nothing to analyse" },
  "refusal.export": { nl: "niets te exporteren", en: "nothing to export" },
  "value.unknown": {
    nl: (p) =>
      `onbekende waarde '${p.value}' voor ${p.option}${p.closest ? `; bedoelde je ${p.closest}?` : ""}; kies uit: ${p.choices}`,
    en: (p) =>
      `unknown value '${p.value}' for ${p.option}${p.closest ? `; did you mean ${p.closest}?` : ""}; choose from: ${p.choices}`,
  },
  "municipality.absent": {
    nl: (p) =>
      `${p.name} komt niet voor in deze invoer (${p.option} '${p.value}'); gemeenten in de invoer: ${p.present}`,
    en: (p) =>
      `${p.name} does not occur in this input (${p.option} '${p.value}'); municipalities in the input: ${p.present}`,
  },
  "municipality.unknown": {
    nl: (p) =>
      `onbekende gemeente '${p.value}' voor ${p.option}${p.closest ? `; bedoelde je ${p.closest}?` : ""}; gemeenten in de invoer: ${p.present}`,
    en: (p) =>
      `unknown municipality '${p.value}' for ${p.option}${p.closest ? `; did you mean ${p.closest}?` : ""}; municipalities in the input: ${p.present}`,
  },
  "municipality.none": { nl: "(geen)", en: "(none)" },
  or: { nl: "of", en: "or" },
  "radius.bad": {
    nl: (p) => `--radius moet een geheel getal ≥ 0 zijn, niet '${p.value}'`,
    en: (p) => `--radius must be a whole number ≥ 0, not '${p.value}'`,
  },
  "written.metrics": {
    nl: (p) => `Maten per organisatie geschreven naar ${p.file}`,
    en: (p) => `Metrics per organisation written to ${p.file}`,
  },
  "written.tables": {
    nl: (p) => `Tabellen geschreven naar ${p.dir}`,
    en: (p) => `Tables written to ${p.dir}`,
  },
  "input.missing": {
    nl: (p) => `'${p.path}' bestaat niet: geef een inventarismap, een CSV-, GEXF-, GraphML- of JSON-bestand`,
    en: (p) => `'${p.path}' does not exist: give an inventory folder or a CSV, GEXF, GraphML or JSON file`,
  },
  "input.nodes_without_edges": { nl: "--nodes vraagt ook --edges", en: "--nodes needs --edges as well" },
  "input.none": {
    nl: "geef een invoer: een inventarismap of bestand, of --nodes/--edges",
    en: "give an input: an inventory folder or file, or --nodes/--edges",
  },
  "input.empty_folder": {
    nl: (p) => `'${p.path}' bevat geen CSV-bestanden (verwacht: organisaties.csv, relaties.csv, ...)`,
    en: (p) => `'${p.path}' holds no CSV files (expected: organisations.csv, relations.csv, ...)`,
  },
  "input.file_type": {
    nl: (p) => `onbekend bestandstype '${p.name}': gebruik .csv, .xlsx, .gexf, .graphml, .json of .net`,
    en: (p) => `unknown file type '${p.name}': use .csv, .xlsx, .gexf, .graphml, .json or .net`,
  },
  "lang.unknown": {
    nl: (p) => `onbekende taal '${p.value}': kies nl of en`,
    en: (p) => `unknown language '${p.value}': choose nl or en`,
  },
  "number.whole": {
    nl: (p) => `${p.flag} verwacht een geheel getal${p.range}, niet '${p.value}'`,
    en: (p) => `${p.flag} takes a whole number${p.range}, not '${p.value}'`,
  },
  "number.range.both": { nl: (p) => ` van ${p.min} tot ${p.max}`, en: (p) => ` from ${p.min} to ${p.max}` },
  "number.range.min": { nl: (p) => ` vanaf ${p.min}`, en: (p) => ` of at least ${p.min}` },
  "ego.did_you_mean": {
    nl: (p) => `${p.error}; bedoelde je ${p.hint}?`,
    en: (p) => `${p.error}; did you mean ${p.hint}?`,
  },
  "gaps.across.unknown": {
    nl: (p) => `onbekende waarde '${p.value}' voor --across; kies uit: ${p.choices}`,
    en: (p) => `unknown value '${p.value}' for --across; choose from: ${p.choices}`,
  },
  "start.missing": {
    nl: (p) => `het voorbeeld ontbreekt: ${p.path}`,
    en: (p) => `the example is missing: ${p.path}`,
  },
  "start.title": {
    nl: "Leerecosysteem Westhoek: belangrijkste vaststellingen",
    en: "Westhoek learning ecosystem: key findings",
  },
  "start.report": {
    nl: "Het volledige rapport (open het in je browser):",
    en: "The full report (open it in your browser):",
  },
  "start.rounds": {
    nl: "Wat veranderde in de tweede inventarisronde (2025)?",
    en: "What changed in the second inventory round (2025)?",
  },
  "export.to.missing": {
    nl: (p) => `--to ontbreekt: kies ${p.choices}`,
    en: (p) => `--to is missing: choose ${p.choices}`,
  },
  "export.to.unknown": {
    nl: (p) => `onbekend formaat '${p.value}': kies ${p.choices}`,
    en: (p) => `unknown format '${p.value}': choose ${p.choices}`,
  },
  "export.csv.folder": {
    nl: "--to csv schrijft twee tabellen: geef een map met -o MAP (dan MAP/nodes.csv en MAP/edges.csv)",
    en: "--to csv writes two tables: give a folder with -o DIR (then DIR/nodes.csv and DIR/edges.csv)",
  },
  "export.xlsx.file": {
    nl: "--to xlsx schrijft een werkmap: geef een bestand met -o BESTAND.xlsx",
    en: "--to xlsx writes a workbook: give a file with -o FILE.xlsx",
  },
  "export.edge_type.unknown": {
    nl: (p) => `onbekend --edge-type '${p.value}': kies ${p.choices}`,
    en: (p) => `unknown --edge-type '${p.value}': choose ${p.choices}`,
  },
  "export.written": {
    nl: (p) =>
      `${count(Number(p.n), "nl", "organisatie", "organisaties")} en ${count(Number(p.m), "nl", "relatie", "relaties")} geschreven naar ${p.file}`,
    en: (p) =>
      `${count(Number(p.n), "en", "organisation", "organisations")} and ${count(Number(p.m), "en", "relation", "relations")} written to ${p.file}`,
  },
  "count.organisations": {
    nl: (p) => count(Number(p.n), "nl", "organisatie", "organisaties"),
    en: (p) => count(Number(p.n), "en", "organisation", "organisations"),
  },
} satisfies Record<string, Message>;
