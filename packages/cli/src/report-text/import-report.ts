/**
 * The import report for people on a terminal: per file how many rows were read, imported,
 * rejected or blank, then every finding grouped by file and row, in the user's language.
 */
import type { Finding, ImportReport, Lang, Severity } from "@ecolens/core";
import { type MessageCode, msg } from "../messages/index.ts";
import { formatTable, heading, safeCell } from "../shared/output.ts";

const KINDS = new Set([
  "organisations",
  "relations",
  "offerings",
  "barriers",
  "barrier_commitments",
  "municipalities",
  "nodes",
  "edges",
  "gexf",
  "graphml",
  "json",
  "pajek",
]);

/** What each kind of file holds, in words (never the internal code such as barrier_commitments). */
function kindWord(kind: string, lang: Lang): string {
  return KINDS.has(kind) ? msg(`validate.kind.${kind}` as MessageCode, lang) : safeCell(kind);
}

const DELIMITERS: Record<string, MessageCode> = {
  ";": "validate.delimiter.semicolon",
  ",": "validate.delimiter.comma",
  "\t": "validate.delimiter.tab",
  "|": "validate.delimiter.bar",
};

function delimiterWord(d: string | undefined, lang: Lang): string {
  if (d === undefined) return "–";
  return Object.hasOwn(DELIMITERS, d) ? msg(DELIMITERS[d], lang) : safeCell(d);
}

function location(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.column !== undefined) parts.push(msg("validate.column", lang, { column: safeCell(f.column) }));
  if (f.value !== undefined && f.value !== "")
    parts.push(msg("validate.value", lang, { value: safeCell(f.value) }));
  return parts.join(", ");
}

/** Findings of one file, grouped by row (file-level first); the report is already sorted. */
function renderFileFindings(file: string, findings: Finding[], lang: Lang): string[] {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const totals = msg("validate.totals", lang, {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  });
  const lines = ["", `${safeCell(file)}  (${totals})`];
  let lastRow: number | undefined | null = null;
  for (const f of findings) {
    if (f.row !== lastRow) {
      lines.push(
        `  ${f.row === undefined ? msg("validate.whole_file", lang) : msg("validate.row", lang, { row: f.row })}:`,
      );
      lastRow = f.row;
    }
    const where = location(f, lang);
    lines.push(`    ${msg(`validate.severity.${f.severity}`, lang)} ${f.code}${where ? ` (${where})` : ""}`);
    lines.push(`      ${safeCell(f.message[lang])}`);
  }
  return lines;
}

/** `inventoryLayer` false: a network file (GEXF, GraphML, JSON, lists, Pajek), whose verdict says what it lacks. */
export function renderImportReport(report: ImportReport, lang: Lang, inventoryLayer = true): string {
  const w = (code: MessageCode) => msg(code, lang);
  const out: string[] = [heading(w("validate.title")).trimStart()];
  if (report.files.length === 0) out.push(w("validate.no_files"));
  else
    out.push(
      formatTable(
        [
          { header: w("validate.file") },
          { header: w("validate.kind") },
          { header: w("validate.encoding") },
          { header: w("validate.delimiter") },
          { header: w("validate.rows"), align: "right" },
          { header: w("validate.imported"), align: "right" },
          { header: w("validate.rejected"), align: "right" },
          { header: w("validate.blank"), align: "right" },
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
  out.push("", msg("validate.totals", lang, { errors: report.errors, warnings: report.warnings, infos }));
  if (report.findings.length === 0) out.push(w("validate.none"));
  const files: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!byFile.has(f.file)) {
      byFile.set(f.file, []);
      files.push(f.file);
    }
    byFile.get(f.file)!.push(f);
  }
  for (const file of files)
    for (const line of renderFileFindings(file, byFile.get(file)!, lang)) out.push(line);
  const verdict = inventoryLayer ? "validate.verdict.ok" : "validate.verdict.network";
  out.push("", w(report.errors > 0 ? "validate.verdict.errors" : verdict));
  return `${out.join("\n")}\n`;
}
