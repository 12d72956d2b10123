/** The report's sections as markup. Every data value passes through escapeHtml (via bi/cell). */
import type { MunicipalChart } from "../charts/barrier-coverage.ts";
import type { Chart } from "../charts/svg.ts";
import { fmtNumber, label, pct } from "../charts/svg.ts";
import { UI, type UiKey } from "../i18n/strings.ts";
import { perLang as both, count, sayBoth } from "../i18n/text.ts";
import type { Lang, ReportFigure, ReportModel, Text } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";
import { bi, type Cell, cell, sortableTable, ui } from "./html.ts";
import { responseText } from "./response-line.ts";

/** A vocabulary label in both languages, as escaped markup. */
export function vocabCell(model: ReportModel, field: string, code: string | undefined): Cell {
  if (!code) return { html: "–" };
  return { html: bi(both((lang) => label(model.vocab, field, code, lang))) };
}

/** A whole number in both locales, sortable. */
export function numCell(v: number): Cell {
  return { html: bi(both((lang) => fmtNumber(v, lang, 0))), v };
}

/** A code shown through the catalogue (`<prefix>_<code>`), the code itself only when unknown. */
function codeCell(prefix: string, code: string): Cell {
  const key = `${prefix}_${code}`;
  return Object.hasOwn(UI, key) ? { html: ui(key as UiKey) } : cell(code);
}

function severityCell(severity: number | undefined): Cell {
  if (severity === undefined) return cell("–");
  const key = `severity_${severity}`;
  return Object.hasOwn(UI, key) ? { html: ui(key as UiKey), v: severity } : numCell(severity);
}

export function section(id: string, title: Text, body: string): string {
  return `<section class="block" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${bi(title)}</h2>${body}</section>`;
}

function figureValue(f: ReportFigure, lang: Lang): string {
  if (f.value === null) return "–";
  if (f.format === "percent") return pct(f.value, lang);
  if (f.format === "integer") return fmtNumber(f.value, lang, 0);
  return fmtNumber(f.value, lang, 3);
}

export function figuresGrid(model: ReportModel): string {
  const figures = model.figures ?? [];
  if (figures.length === 0) return "";
  return `<h3>${ui("figures")}</h3><div class="figures">${figures
    .map(
      (f) =>
        `<div class="figure-card" data-figure="${escapeHtml(f.id)}"><div class="value">${bi(both((lang) => figureValue(f, lang)))}</div><div class="name">${bi(f.title)}</div>${f.explanation ? `<p class="explain">${bi(f.explanation)}</p>` : ""}</div>`,
    )
    .join("")}</div>`;
}

/** A chart with its title and reading; `extra` (already-safe markup, e.g. a legend) goes under the picture. */
export function chartFigure(chart: Chart, extra = ""): string {
  return `<figure class="chart" id="chart-${chart.id}"><h3>${bi(chart.title)}</h3><span data-l="nl">${chart.svg("nl")}</span><span data-l="en">${chart.svg("en")}</span>${extra}<figcaption>${bi(chart.reading)}</figcaption></figure>`;
}

/** A chart with one variant per municipality and a picker (print shows the "all" variant). */
export function municipalFigure(model: ReportModel, chart: MunicipalChart, lang: Lang): string {
  const id = `chart-${chart.id}`;
  const picker =
    chart.municipalities.length > 1
      ? `<div class="muni-picker"><label for="${id}-muni">${ui("municipality")}</label><select id="${id}-muni" class="muni-select" data-target="${id}">${chart.municipalities
          .map((m) => {
            const t =
              m === "" ? UI.allMunicipalities : both((lang) => label(model.vocab, "municipality", m, lang));
            return `<option value="${escapeHtml(m)}" data-text-nl="${escapeHtml(t.nl)}" data-text-en="${escapeHtml(t.en)}">${escapeHtml(t[lang])}</option>`;
          })
          .join("")}</select></div>`
      : "";
  const variants = chart.municipalities
    .map(
      (m) =>
        `<div data-muni="${escapeHtml(m)}"${m === "" ? "" : " hidden"}><span data-l="nl">${chart.svg(m, "nl")}</span><span data-l="en">${chart.svg(m, "en")}</span><p class="reading">${bi(chart.readingFor(m))}</p></div>`,
    )
    .join("");
  return `<figure class="chart" id="${id}"><h3>${bi(chart.title)}</h3>${picker}${variants}</figure>`;
}

export function labelOf(model: ReportModel): (id: string) => string {
  const map = new Map(model.nodes.map((n) => [n.id, n.label]));
  return (id) => map.get(id) ?? id;
}

export function barrierTable(model: ReportModel): string {
  const rows = (model.barriers ?? []).filter((b) => b.committed === 0);
  if (rows.length === 0) return "";
  return sortableTable(
    "table-barriers",
    UI.captionBarriers,
    [
      { head: UI.barrier_type },
      { head: UI.target_group },
      { head: UI.municipality },
      { head: UI.description },
      { head: UI.severity, numeric: true },
    ],
    rows.map((b) => [
      vocabCell(model, "barrier_type", b.barrier_type),
      vocabCell(model, "target_group", b.target_group),
      vocabCell(model, "municipality", b.municipality),
      cell(b.description ?? ""),
      severityCell(b.severity),
    ]),
  ).replace("</table></div>", `</table></div><p class="muted scale">${ui("severityScale")}</p>`);
}

export function suggestionTable(model: ReportModel): string {
  const rows = model.suggestions ?? [];
  if (rows.length === 0) return "";
  const name = labelOf(model);
  return sortableTable(
    "table-suggestions",
    UI.captionSuggestions,
    [{ head: UI.organisation }, { head: UI.partner }, { head: UI.score, numeric: true }, { head: UI.reason }],
    rows.map((s) => [
      cell(name(s.source)),
      cell(name(s.target)),
      { html: bi(both((lang) => fmtNumber(s.score, lang, 2))), v: s.score },
      { html: bi(s.reason) },
    ]),
  ).replace("</table></div>", `</table></div><p class="muted scale">${ui("scoreScale")}</p>`);
}

export function criticalTable(model: ReportModel): string {
  const rows = model.critical ?? [];
  if (rows.length === 0) return "";
  const name = labelOf(model);
  return sortableTable(
    "table-critical",
    UI.captionCritical,
    [{ head: UI.organisation }, { head: UI.cutOff, numeric: true }, { head: UI.reason }],
    rows.map((c) => [cell(name(c.id)), numCell(c.cutOff), { html: bi(c.reason) }]),
  );
}

export function qualitySection(model: ReportModel): string {
  const q = model.dataQuality;
  if (!q) return "";
  const summary = bi(
    sayBoth(UI.errorsWarnings, (lang) => ({
      e: fmtNumber(q.errors, lang, 0),
      errors: count(q.errors, UI.errorOne, UI.errorMany)[lang],
      w: fmtNumber(q.warnings, lang, 0),
      warnings: count(q.warnings, UI.warningOne, UI.warningMany)[lang],
    })),
  );
  const files = sortableTable(
    "table-files",
    UI.captionFiles,
    [
      { head: UI.file },
      { head: UI.kind },
      { head: UI.rows, numeric: true },
      { head: UI.imported, numeric: true },
      { head: UI.rejected, numeric: true },
    ],
    q.files.map((f) => [
      cell(f.file.split(/[\\/]/).pop() ?? f.file),
      codeCell("kind", f.kind),
      numCell(f.dataRows),
      numCell(f.imported),
      numCell(f.rejected),
    ]),
  );
  const findings =
    q.findings.length === 0
      ? `<p>${ui("noFindings")}</p>`
      : sortableTable(
          "table-findings",
          sayBoth(UI.captionFindings, (lang) => ({
            shown: fmtNumber(q.findings.length, lang, 0),
            total: fmtNumber(q.totalFindings, lang, 0),
          })),
          [
            { head: UI.severity },
            { head: UI.file },
            { head: UI.row, numeric: true },
            { head: UI.column },
            { head: UI.value },
            { head: UI.message },
          ],
          q.findings.map((f) => [
            codeCell("level", f.severity),
            cell(f.file.split(/[\\/]/).pop() ?? f.file),
            f.row === undefined ? cell("") : numCell(f.row),
            cell(f.column ?? ""),
            cell(f.value ?? ""),
            { html: bi(f.message) },
          ]),
        );
  const ties = q.ties ? `<p>${bi(q.ties)}</p>` : "";
  const response = q.response ? `<p class="response-rate">${bi(responseText(q.response))}</p>` : "";
  return `<p>${summary}</p>${response}${ties}${files}${findings}`;
}

export function methodSection(model: ReportModel): string {
  const seed = String(model.meta.seed);
  const glossary = model.metrics.map((m) => `<dt>${bi(m.title)}</dt><dd>${bi(m.explanation)}</dd>`).join("");
  const s = model.sampling;
  const sampling = s
    ? `<p class="sampling">${bi(
        sayBoth(UI.samplingNote, (lang) => ({
          n: fmtNumber(model.nodes.length, lang, 0),
          threshold: fmtNumber(s.threshold, lang, 0),
          sources: fmtNumber(s.sources, lang, 0),
          seed,
          omitted: s.omitted
            .map((id) => model.metrics.find((m) => m.id === id)?.title[lang] ?? id)
            .join(", "),
        })),
      )}</p>`
    : "";
  return `<p>${ui("methodText")}</p><p class="muted">${bi(sayBoth(UI.seedNote, { seed }))}</p>${sampling}${glossary ? `<dl class="glossary">${glossary}</dl>` : ""}`;
}
