/**
 * The import report for people on a terminal: per file how many rows were read, imported,
 * rejected or blank, then every finding grouped by file and row, in the user's language.
 */
import type { Finding, ImportReport, Lang, Severity } from "@ecolens/core";
import { formatTable, heading, safeCell } from "../shared/output.ts";

const WORDS = {
  nl: {
    title: "Inleesrapport",
    file: "bestand",
    kind: "soort",
    encoding: "codering",
    delimiter: "scheiding",
    dataRows: "rijen",
    imported: "ingelezen",
    rejected: "geweigerd",
    blank: "leeg",
    row: "rij",
    column: "kolom",
    value: "waarde",
    wholeFile: "hele bestand",
    none: "Geen opmerkingen: alles is ingelezen.",
    noFiles: "Er is geen enkel bestand ingelezen.",
    severity: { error: "FOUT", warning: "waarschuwing", info: "info" } as Record<Severity, string>,
    totals: (e: number, w: number, i: number) =>
      `${e} ${e === 1 ? "fout" : "fouten"}, ${w} ${w === 1 ? "waarschuwing" : "waarschuwingen"}, ${i} info`,
    verdictOk: "Resultaat: geen fouten. De inventaris is klaar voor analyse.",
    verdictErrors:
      "Resultaat: er zijn fouten; de geweigerde rijen ontbreken in de analyse. Verbeter ze en lees opnieuw in.",
  },
  en: {
    title: "Import report",
    file: "file",
    kind: "kind",
    encoding: "encoding",
    delimiter: "delimiter",
    dataRows: "rows",
    imported: "imported",
    rejected: "rejected",
    blank: "blank",
    row: "row",
    column: "column",
    value: "value",
    wholeFile: "whole file",
    none: "No findings: everything was imported.",
    noFiles: "No file was imported.",
    severity: { error: "ERROR", warning: "warning", info: "info" } as Record<Severity, string>,
    totals: (e: number, w: number, i: number) =>
      `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} info`,
    verdictOk: "Result: no errors. The inventory is ready for analysis.",
    verdictErrors:
      "Result: there are errors; the rejected rows are missing from the analysis. Fix them and import again.",
  },
};

/** What each kind of file holds, in words (never the internal code such as barrier_commitments). */
const KINDS: Record<string, { nl: string; en: string }> = {
  organisations: { nl: "organisaties", en: "organisations" },
  relations: { nl: "relaties", en: "relations" },
  offerings: { nl: "leerkansen", en: "learning offers" },
  barriers: { nl: "drempels", en: "barriers" },
  barrier_commitments: { nl: "engagementen op drempels", en: "barrier commitments" },
  municipalities: { nl: "gemeenten", en: "municipalities" },
  nodes: { nl: "knopenlijst", en: "node list" },
  edges: { nl: "verbindingenlijst", en: "edge list" },
  gexf: { nl: "GEXF", en: "GEXF" },
  graphml: { nl: "GraphML", en: "GraphML" },
  json: { nl: "JSON", en: "JSON" },
  pajek: { nl: "Pajek", en: "Pajek" },
};

function kindWord(kind: string, lang: Lang): string {
  return KINDS[kind]?.[lang] ?? safeCell(kind);
}

const DELIMITERS: Record<string, { nl: string; en: string }> = {
  ";": { nl: "; (puntkomma)", en: "; (semicolon)" },
  ",": { nl: ", (komma)", en: ", (comma)" },
  "\t": { nl: "tab", en: "tab" },
  "|": { nl: "| (streep)", en: "| (bar)" },
};

function delimiterWord(d: string | undefined, lang: Lang): string {
  if (d === undefined) return "–";
  return DELIMITERS[d]?.[lang] ?? safeCell(d);
}

function location(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (f.column !== undefined) parts.push(`${w.column} "${safeCell(f.column)}"`);
  if (f.value !== undefined && f.value !== "") parts.push(`${w.value} "${safeCell(f.value)}"`);
  return parts.join(", ");
}

/** Findings of one file, grouped by row (file-level first); the report is already sorted. */
function renderFileFindings(file: string, findings: Finding[], lang: Lang): string[] {
  const w = WORDS[lang];
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines = ["", `${safeCell(file)}  (${w.totals(count("error"), count("warning"), count("info"))})`];
  let lastRow: number | undefined | null = null;
  for (const f of findings) {
    if (f.row !== lastRow) {
      lines.push(`  ${f.row === undefined ? w.wholeFile : `${w.row} ${f.row}`}:`);
      lastRow = f.row;
    }
    const where = location(f, lang);
    lines.push(`    ${w.severity[f.severity]} ${f.code}${where ? ` (${where})` : ""}`);
    lines.push(`      ${safeCell(f.message[lang])}`);
  }
  return lines;
}

export function renderImportReport(report: ImportReport, lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [heading(w.title).trimStart()];
  if (report.files.length === 0) out.push(w.noFiles);
  else
    out.push(
      formatTable(
        [
          { header: w.file },
          { header: w.kind },
          { header: w.encoding },
          { header: w.delimiter },
          { header: w.dataRows, align: "right" },
          { header: w.imported, align: "right" },
          { header: w.rejected, align: "right" },
          { header: w.blank, align: "right" },
        ],
        report.files.map((s) => [
          s.file,
          kindWord(s.kind, lang),
          s.encoding ?? "–",
          delimiterWord(s.delimiter, lang),
          s.dataRows,
          s.imported,
          s.rejected,
          s.blank,
        ]),
        lang,
      ),
    );
  const infos = report.findings.filter((f) => f.severity === "info").length;
  out.push("", w.totals(report.errors, report.warnings, infos));
  if (report.findings.length === 0) out.push(w.none);
  const files: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!byFile.has(f.file)) {
      byFile.set(f.file, []);
      files.push(f.file);
    }
    byFile.get(f.file)!.push(f);
  }
  for (const file of files) out.push(...renderFileFindings(file, byFile.get(file)!, lang));
  out.push("", report.errors > 0 ? w.verdictErrors : w.verdictOk);
  return `${out.join("\n")}\n`;
}
