/**
 * renderReportHtml: one self-contained HTML file (styles, script, data inline) that opens from
 * file:// with no network request. Sections without results are left out; an empty or one-node
 * network gives a page that says so.
 */
import { barrierCoverageChart } from "../charts/barrier-coverage.ts";
import { brokersChart } from "../charts/brokers.ts";
import { clustersChart } from "../charts/clusters.ts";
import { degreeChart } from "../charts/degree-distribution.ts";
import { mixingChart } from "../charts/mixing.ts";
import { whiteSpotChart } from "../charts/white-spots.ts";
import { fill, UI, type UiKey } from "../i18n/strings.ts";
import { LANG_NAMES, LANGS } from "../i18n/text.ts";
import type { Lang, ReportModel } from "../model.ts";
import { escapeHtml, jsonForScript, scriptSafe } from "../text/escape.ts";
import { viewerBundle } from "./bundle.ts";
import { changesSection } from "./changes-section.ts";
import { keyFindings } from "./findings.ts";
import { GEO_SECTION_ID, geoSection } from "./geo-section.ts";
import { bi, ui } from "./html.ts";
import { learningPathsSection } from "./paths-section.ts";
import { encodePayload } from "./payload.ts";
import {
  barrierTable,
  chartFigure,
  criticalTable,
  figuresGrid,
  methodSection,
  municipalFigure,
  qualitySection,
  section,
  suggestionTable,
} from "./sections.ts";
import { staticMapSvg } from "./static-map.ts";
import { REPORT_CSS } from "./styles.ts";
import { whiteSpotTables } from "./white-spots-section.ts";

export interface ReportOptions {
  lang: Lang;
  /** Page title; default: "Learning ecosystem <place>" from the data (meta.place), else a generic title. */
  title?: string;
}

function mapSection(model: ReportModel, lang: Lang, sizeMetric: string): string {
  const n = model.nodes.length;
  if (n === 0) return `<p class="notice" role="status">${ui("emptyNetwork")}</p>`;
  const notes: string[] = [];
  if (n === 1) notes.push(`<p class="notice" role="status">${ui("oneNode")}</p>`);
  else if (model.edges.length === 0) notes.push(`<p class="notice" role="status">${ui("noEdges")}</p>`);
  const staticSvg = staticMapSvg(model, sizeMetric, lang);
  return `${notes.join("")}<p class="lead">${ui("mapIntro")}</p>
<p id="no-webgl" class="notice" hidden>${ui("noWebgl")}</p>
<div class="map-grid">
<aside id="map-controls" aria-label="${escapeHtml(UI.filters[lang])}"></aside>
<div class="map-stage">
<div id="sigma-container" role="application" aria-label="${escapeHtml(UI.map[lang])}" aria-describedby="map-hint"></div>
<p id="map-hint" class="muted screen-only">${ui("mapKeyboard")}</p>
<aside id="node-panel" aria-labelledby="panel-title" hidden></aside>
<div id="route-banner" class="route-banner" role="status" hidden><span>${ui("routeShown")}</span> <button type="button" id="route-clear">${ui("clearRoute")}</button></div>
</div>
</div>
<div id="map-legend" aria-live="polite"></div>
${staticSvg ? `<figure class="static-map" aria-label="${escapeHtml(UI.mapStatic[lang])}">${staticSvg}</figure>` : `<img id="map-snapshot" alt="${escapeHtml(UI.map[lang])}">`}`;
}

/** "Leerecosysteem Westhoek" from the data's place; the generic report title when there is none. */
export function defaultTitle(model: ReportModel, lang: Lang): string {
  const place = model.meta.place;
  return place ? fill(UI.ecosystemTitle[lang], { place }) : UI.reportTitle[lang];
}

/** One section of the page: its anchor, its title (also the table of contents entry) and body. */
interface Part {
  id: string;
  key: UiKey;
  body: string;
}

function findingsBody(model: ReportModel): string {
  const failures = (model.failures ?? [])
    .map(
      (f) => `<p class="notice" role="status" data-failure="${escapeHtml(f.section)}">${bi(f.message)}</p>`,
    )
    .join("");
  const items = keyFindings(model)
    .map(
      (f) =>
        `<li data-finding="${escapeHtml(f.id)}">${bi(f)}${f.link ? ` <a href="${escapeHtml(f.link.href)}">${bi(f.link.text)}</a>` : ""}</li>`,
    )
    .join("");
  return `${failures}<ul class="findings">${items}</ul>${figuresGrid(model)}`;
}

/** The four network charts (two or more organisations), or "" when none has data. */
function chartsBody(model: ReportModel): string {
  if (model.nodes.length < 2) return "";
  const charts = [degreeChart(model), mixingChart(model), brokersChart(model), clustersChart(model)].filter(
    (c) => c !== null,
  );
  return charts.length > 0 ? `<div class="charts">${charts.map((c) => chartFigure(c)).join("")}</div>` : "";
}

function whiteSpotsBody(model: ReportModel, lang: Lang): string {
  const spots = whiteSpotChart(model);
  const table = whiteSpotTables(model);
  if (!spots && !table) return "";
  return `<p class="lead">${ui("whiteSpotLead")}</p>${spots ? municipalFigure(model, spots, lang) : ""}${table}`;
}

function barriersBody(model: ReportModel, lang: Lang): string {
  const coverage = barrierCoverageChart(model);
  const table = barrierTable(model);
  if (!coverage && !table) return "";
  return `${coverage ? municipalFigure(model, coverage, lang) : ""}${table}`;
}

/** A lead paragraph before a table; nothing when there is no table. */
function withLead(lead: UiKey, table: string): string {
  return table ? `<p class="lead">${ui(lead)}</p>${table}` : "";
}

/** The sections in page order; a section without results has an empty body and is left out. */
function reportParts(model: ReportModel, lang: Lang, sizeMetric: string): Part[] {
  const parts: Part[] = [
    { id: "findings", key: "findings", body: findingsBody(model) },
    { id: "changes", key: "changes", body: changesSection(model) },
    { id: GEO_SECTION_ID, key: "places", body: geoSection(model, lang) ?? "" },
    { id: "map", key: "map", body: mapSection(model, lang, sizeMetric) },
    { id: "learning-paths", key: "learningPaths", body: learningPathsSection(model) },
    { id: "charts", key: "charts", body: chartsBody(model) },
    { id: "white-spots", key: "whiteSpots", body: whiteSpotsBody(model, lang) },
    { id: "barriers", key: "barriers", body: barriersBody(model, lang) },
    { id: "suggestions", key: "suggestions", body: withLead("suggestionsLead", suggestionTable(model)) },
    { id: "critical", key: "critical", body: withLead("criticalLead", criticalTable(model)) },
    { id: "quality", key: "quality", body: qualitySection(model) },
    { id: "method", key: "method", body: methodSection(model) },
  ];
  return parts.filter((p) => p.body !== "");
}

/** The header: title, date, scope, the language switch, large text and print. */
function headerHtml(model: ReportModel, lang: Lang, title: string): string {
  const subtitle = `${ui("reportSubtitle")}${model.meta.date ? ` · ${escapeHtml(model.meta.date)}` : ""}`;
  const languages = LANGS.map(
    (l) =>
      `<button type="button" data-lang-set="${l}" aria-pressed="${l === lang}" lang="${l}">${LANG_NAMES[l]}</button>`,
  ).join("\n");
  return `<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="sub">${subtitle}</p>
${model.meta.scope ? `<p class="scope">${bi(model.meta.scope)}</p>` : ""}
<div class="toolbar" role="toolbar" aria-label="${escapeHtml(UI.language[lang])}">
${languages}
<span class="sep" aria-hidden="true"></span>
<button type="button" id="large-text" aria-pressed="false">${ui("largeText")}</button>
<button type="button" id="print">${ui("print")}</button>
</div>
</header>`;
}

export async function renderReportHtml(model: ReportModel, options: ReportOptions): Promise<string> {
  const lang = options.lang;
  const title = options.title ?? defaultTitle(model, lang);
  const payload = encodePayload(model, lang, title);
  const bundle = scriptSafe(await viewerBundle());
  const parts = reportParts(model, lang, payload.sizeMetric);
  const toc = parts.map((p) => `<li><a href="#${p.id}">${ui(p.key)}</a></li>`).join("");
  const sections = parts.map((p) => section(p.id, UI[p.key], p.body));
  return `<!doctype html>
<html lang="${lang}" data-lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ecolens">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#findings">${ui("findings")}</a>
${headerHtml(model, lang, title)}
<nav class="toc" aria-label="${escapeHtml(UI.contents[lang])}"><ol>${toc}</ol></nav>
<main>
${sections.join("\n")}
</main>
<footer>${ui("generatedBy")}</footer>
<script type="application/json" id="ecolens-data">${jsonForScript(payload)}</script>
<script>${bundle}</script>
</body>
</html>
`;
}
