/**
 * The generated parts of docs/inventory-format.md: files, columns per file, vocabularies and the
 * finding codes, all from the code (packages/core/src/inventory and vocab). Text between
 * `<!-- BEGIN GENERATED: x -->` and `<!-- END GENERATED: x -->` is replaced; the rest is written
 * by hand. Stale check: packages/core/test/inventory/inventory-doc.test.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type ColumnSpec,
  type CsvKind,
  FILE_NAMES,
  FINDING_CODES,
  nlCode,
  SCHEMAS,
  VOCAB_NAMES,
  VOCABULARIES,
} from "@ecolens/core";

const DOC = fileURLToPath(new URL("../../docs/inventory-format.md", import.meta.url));
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => `\`${text}\``;

const TYPE: Record<ColumnSpec["type"], string> = {
  id: "code / tekst",
  ids: "codes, several / meerdere",
  text: "text / tekst",
  int: "whole number / geheel getal",
  decimal: "number / getal (3,5)",
  bool: "yes/no / ja/nee",
  date: "date / datum (31/12/2024)",
  vocab: "list value / lijstwaarde",
  vocabs: "list values, several / meerdere lijstwaarden",
  ordinal: "number or name / getal of naam",
  kbo: "KBO number / ondernemingsnummer",
};

const KIND_TITLE: Record<CsvKind, string> = {
  organisations: "Organisations / Organisaties",
  relations: "Relations / Relaties",
  offerings: "Learning opportunities / Leerkansen",
  barriers: "Barriers / Drempels",
  barrier_commitments: "Barrier commitments / Drempel-engagementen",
  municipalities: "Municipalities / Gemeenten",
};

function filesTable(): string {
  const rows = (Object.keys(FILE_NAMES) as CsvKind[]).map(
    (kind) => `| ${kind} | ${FILE_NAMES[kind].map((n) => code(`${n}.csv`)).join(", ")} |`,
  );
  return ["| kind / soort | file names / bestandsnamen |", "|---|---|", ...rows].join("\n");
}

function columnsTables(): string {
  return (Object.keys(SCHEMAS) as CsvKind[])
    .map((kind) => {
      const rows = SCHEMAS[kind].map((s) => {
        const range = s.min !== undefined || s.max !== undefined ? ` (${s.min ?? "…"}–${s.max ?? "…"})` : "";
        return `| ${code(s.field)}${s.required ? " **\\***" : ""} | ${(s.aliases ?? []).map(code).join(", ")} | ${(s.weak ?? []).map(code).join(", ")} | ${TYPE[s.type]}${range} | ${s.vocab ? `[${s.vocab}](#vocab-${s.vocab})` : ""} |`;
      });
      return [
        `#### ${KIND_TITLE[kind]}`,
        "",
        "| column / kolom | aliases | generic names / generieke namen | type | list / lijst |",
        "|---|---|---|---|---|",
        ...rows,
      ].join("\n");
    })
    .join("\n\n");
}

function vocabularyTables(): string {
  return VOCAB_NAMES.map((name) => {
    const v = VOCABULARIES[name];
    const rows = v.entries.map((e) => {
      const also = (e.synonyms ?? []).slice(0, 8).map(code).join(", ");
      return `| ${code(e.code)} | ${code(nlCode(e))} | ${cell(e.nl)} | ${cell(e.en)} | ${also} |`;
    });
    return [
      `<a id="vocab-${name}"></a>`,
      "",
      `#### ${code(name)}: ${v.title.en} / ${v.title.nl}`,
      "",
      "| code (en) | code (nl) | nl | en | also accepted / ook aanvaard |",
      "|---|---|---|---|---|",
      ...rows,
    ].join("\n");
  }).join("\n\n");
}

function findingsTable(): string {
  const rows = Object.entries(FINDING_CODES)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([c, info]) =>
        `| ${code(c)} | ${info.severities.join(" / ")} | ${cell(info.meaning.nl)} | ${cell(info.meaning.en)} |`,
    );
  return ["| code | severity | nl | en |", "|---|---|---|---|", ...rows].join("\n");
}

export function generatedSections(): Record<string, string> {
  return {
    files: filesTable(),
    columns: columnsTables(),
    vocabularies: vocabularyTables(),
    findings: findingsTable(),
  };
}

/** The document with every generated section replaced by its current content. */
export function applyGenerated(doc: string): string {
  let out = doc;
  for (const [name, body] of Object.entries(generatedSections())) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`docs/inventory-format.md lacks the markers for '${name}'`);
    out = `${out.slice(0, i + begin.length)}\n\n${body}\n\n${out.slice(j)}`;
  }
  return out;
}

export function write(): string {
  writeFileSync(DOC, applyGenerated(readFileSync(DOC, "utf8")));
  return "wrote docs/inventory-format.md (generated sections)";
}
