/** Messages of `ecolens validate`: the import report on the terminal. */
import { count, formatNumber } from "./format.ts";
import type { Message } from "./types.ts";

export const VALIDATE_MESSAGES = {
  "validate.title": { nl: "Inleesrapport", en: "Import report" },
  "validate.file": { nl: "bestand", en: "file" },
  "validate.kind": { nl: "soort", en: "kind" },
  "validate.encoding": { nl: "codering", en: "encoding" },
  "validate.delimiter": { nl: "scheiding", en: "delimiter" },
  "validate.rows": { nl: "rijen", en: "rows" },
  "validate.imported": { nl: "ingelezen", en: "imported" },
  "validate.rejected": { nl: "geweigerd", en: "rejected" },
  "validate.blank": { nl: "leeg", en: "blank" },
  "validate.row": { nl: (p) => `rij ${p.row}`, en: (p) => `row ${p.row}` },
  "validate.column": { nl: (p) => `kolom "${p.column}"`, en: (p) => `column "${p.column}"` },
  "validate.value": { nl: (p) => `waarde "${p.value}"`, en: (p) => `value "${p.value}"` },
  "validate.whole_file": { nl: "hele bestand", en: "whole file" },
  "validate.none": {
    nl: "Geen opmerkingen: alles is ingelezen.",
    en: "No findings: everything was imported.",
  },
  "validate.no_files": { nl: "Er is geen enkel bestand ingelezen.", en: "No file was imported." },
  "validate.severity.error": { nl: "FOUT", en: "ERROR" },
  "validate.severity.warning": { nl: "waarschuwing", en: "warning" },
  "validate.severity.info": { nl: "info", en: "info" },
  "validate.totals": {
    nl: (p) =>
      `${count(Number(p.errors), "nl", "fout", "fouten")}, ${count(Number(p.warnings), "nl", "waarschuwing", "waarschuwingen")}, ${formatNumber(Number(p.infos), "nl")} info`,
    en: (p) =>
      `${count(Number(p.errors), "en", "error", "errors")}, ${count(Number(p.warnings), "en", "warning", "warnings")}, ${formatNumber(Number(p.infos), "en")} info`,
  },
  "validate.verdict.ok": {
    nl: "Resultaat: geen fouten. De inventaris is klaar voor analyse.",
    en: "Result: no errors. The inventory is ready for analysis.",
  },
  "validate.verdict.network": {
    nl: "Resultaat: geen fouten. Dit is een netwerkbestand zonder inventarislaag (geen leerkansen, drempels of engagementen): de netwerkmaten werken; witte vlekken, drempels en leerpaden vragen een inventaris.",
    en: "Result: no errors. This is a network file without an inventory layer (no learning offers, barriers or commitments): the network measures work; white spots, barriers and learning paths need an inventory.",
  },
  "validate.verdict.errors": {
    nl: "Resultaat: er zijn fouten; de geweigerde rijen ontbreken in de analyse. Verbeter ze en lees opnieuw in.",
    en: "Result: there are errors; the rejected rows are missing from the analysis. Fix them and import again.",
  },
  "validate.kind.organisations": { nl: "organisaties", en: "organisations" },
  "validate.kind.relations": { nl: "relaties", en: "relations" },
  "validate.kind.offerings": { nl: "leerkansen", en: "learning offers" },
  "validate.kind.barriers": { nl: "drempels", en: "barriers" },
  "validate.kind.barrier_commitments": { nl: "engagementen op drempels", en: "barrier commitments" },
  "validate.kind.municipalities": { nl: "gemeenten", en: "municipalities" },
  "validate.kind.nodes": { nl: "knopenlijst", en: "node list" },
  "validate.kind.edges": { nl: "verbindingenlijst", en: "edge list" },
  "validate.kind.gexf": { nl: "GEXF", en: "GEXF" },
  "validate.kind.graphml": { nl: "GraphML", en: "GraphML" },
  "validate.kind.json": { nl: "JSON", en: "JSON" },
  "validate.kind.pajek": { nl: "Pajek", en: "Pajek" },
  "validate.delimiter.semicolon": { nl: "; (puntkomma)", en: "; (semicolon)" },
  "validate.delimiter.comma": { nl: ", (komma)", en: ", (comma)" },
  "validate.delimiter.tab": { nl: "tab", en: "tab" },
  "validate.delimiter.bar": { nl: "| (streep)", en: "| (bar)" },
} satisfies Record<string, Message>;
