/**
 * The import report as tables: the files read (rows, read, rejected), the files not read with
 * their reason, and every finding (file, row, column, value, message) with a severity filter.
 */
import type { Finding, Severity } from "@ecolens/core";
import { CATALOGUE, type Code, type Lang, t } from "../i18n/catalogue.ts";
import type { ImportSummary } from "../worker/protocol.ts";
import { type Child, el } from "./dom.ts";
import { shownName } from "./format.ts";

/** Findings shown in the page; the downloads hold all of them. */
export const MAX_ROWS = 1000;
type Filter = Severity | "all";

/** What a file was read as, in the page's language (core's kinds are English ids). */
function kindLabel(kind: string, lang: Lang): string {
  const code = `kind.${kind}`;
  return code in CATALOGUE ? t(code as Code, lang) : kind;
}

/** A file name cell: shown safely (shownName), the whole name in the title. */
function fileCell(name: string): HTMLTableCellElement {
  return el("td", { class: "file", title: shownName(name, Number.POSITIVE_INFINITY) }, [shownName(name)]);
}

function filesTable(summary: ImportSummary, lang: Lang): HTMLElement {
  const head = ["col.file", "col.kind", "col.rows", "col.imported", "col.rejected"] as const;
  const table = el("table", { class: "files" }, [
    el("caption", {}, [t("import.files", lang)]),
    el("thead", {}, [
      el(
        "tr",
        {},
        head.map((h) => el("th", { scope: "col" }, [t(h, lang)])),
      ),
    ]),
    el(
      "tbody",
      {},
      summary.files.map((f) =>
        el("tr", {}, [
          fileCell(f.file),
          el("td", { "data-kind": f.kind }, [kindLabel(f.kind, lang)]),
          el("td", { class: "num" }, [f.dataRows]),
          el("td", { class: "num" }, [f.imported]),
          el("td", { class: "num" }, [f.rejected]),
        ]),
      ),
    ),
  ]);
  return el("div", { class: "scroll" }, [table]);
}

function ignoredList(summary: ImportSummary, lang: Lang): Child {
  if (summary.ignored.length === 0) return null;
  return el("div", { class: "ignored" }, [
    el("h4", {}, [t("import.ignored", lang)]),
    el(
      "ul",
      {},
      summary.ignored.map((i) =>
        el("li", {}, [el("strong", {}, [shownName(i.name)]), ": ", t(i.reason, lang, i.values)]),
      ),
    ),
  ]);
}

function findingRow(f: Finding, lang: Lang): HTMLTableRowElement {
  return el("tr", { class: `sev-${f.severity}` }, [
    el("td", {}, [t(`severity.${f.severity}`, lang)]),
    fileCell(f.file),
    el("td", { class: "num" }, [f.row ?? ""]),
    el("td", { class: "column" }, [f.column ?? ""]),
    el("td", { class: "value" }, [f.value ?? ""]),
    el("td", {}, [f.message[lang]]),
  ]);
}

function findingsTable(findings: Finding[], lang: Lang, filter: Filter): HTMLElement {
  const shown = findings.filter((f) => filter === "all" || f.severity === filter);
  const head = ["col.severity", "col.file", "col.row", "col.column", "col.value", "col.message"] as const;
  const table = el("table", { class: "findings" }, [
    el("caption", {}, [t("import.findings", lang)]),
    el("thead", {}, [
      el(
        "tr",
        {},
        head.map((h) => el("th", { scope: "col" }, [t(h, lang)])),
      ),
    ]),
    el(
      "tbody",
      {},
      shown.slice(0, MAX_ROWS).map((f) => findingRow(f, lang)),
    ),
  ]);
  const notes: Child[] = [];
  if (shown.length === 0) notes.push(el("p", { class: "muted" }, [t("import.nothing", lang)]));
  if (shown.length > MAX_ROWS)
    notes.push(
      el("p", { class: "muted" }, [t("import.capped", lang, { shown: MAX_ROWS, total: shown.length })]),
    );
  return el("div", { class: "scroll" }, [table, ...notes]);
}

function filterSelect(lang: Lang, value: Filter, onChange: (f: Filter) => void): HTMLElement {
  const options: Filter[] = ["all", "error", "warning", "info"];
  const select = el(
    "select",
    { id: "severity-filter" },
    options.map((o) =>
      el("option", { value: o, selected: o === value }, [
        o === "all" ? t("import.all", lang) : t(`severity.${o}`, lang),
      ]),
    ),
  );
  select.addEventListener("change", () => onChange(select.value as Filter));
  return el("label", { class: "filter" }, [t("import.filter", lang), " ", select]);
}

function summaryLine(summary: ImportSummary, lang: Lang): HTMLElement {
  const sum = (k: "imported" | "rejected") => summary.files.reduce((s, f) => s + f[k], 0);
  return el("p", { class: "import-summary", "data-errors": String(summary.errors) }, [
    t("import.summary", lang, {
      files: summary.files.length,
      imported: sum("imported"),
      rejected: sum("rejected"),
      errors: summary.errors,
      warnings: summary.warnings,
    }),
  ]);
}

/** Fills the import panel; the filter redraws only the findings table. */
export function renderImport(
  panel: HTMLElement,
  current: ImportSummary,
  previous: ImportSummary | undefined,
  lang: Lang,
): void {
  let filter: Filter = "all";
  const slot = el("div");
  const draw = () => slot.replaceChildren(findingsTable(current.findings, lang, filter));
  draw();
  const blocks: Child[] = [
    summaryLine(current, lang),
    filesTable(current, lang),
    ignoredList(current, lang),
    filterSelect(lang, filter, (f) => {
      filter = f;
      draw();
    }),
    slot,
  ];
  if (previous)
    blocks.push(
      el("h3", {}, [t("import.previous", lang)]),
      summaryLine(previous, lang),
      filesTable(previous, lang),
      ignoredList(previous, lang),
      findingsTable(previous.findings, lang, "all"),
    );
  panel.replaceChildren(...blocks.filter((b): b is Node => b instanceof Node));
}
