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

export async function renderReportHtml(model: ReportModel, options: ReportOptions): Promise<string> {
  const lang = options.lang;
  const title = options.title ?? defaultTitle(model, lang);
  const payload = encodePayload(model, lang, title);
  const bundle = scriptSafe(await viewerBundle());
  const n = model.nodes.length;

  const toc: Array<[string, UiKey]> = [["findings", "findings"]];
  const sections: string[] = [];
  const findings = keyFindings(model);
  sections.push(
    section(
      "findings",
      UI.findings,
      `${(model.failures ?? []).map((f) => `<p class="notice" role="status" data-failure="${escapeHtml(f.section)}">${bi(f.message)}</p>`).join("")}<ul class="findings">${findings
        .map(
          (f) =>
            `<li data-finding="${escapeHtml(f.id)}">${bi(f)}${f.link ? ` <a href="${escapeHtml(f.link.href)}">${bi(f.link.text)}</a>` : ""}</li>`,
        )
        .join("")}</ul>${figuresGrid(model)}`,
    ),
  );
  const changes = changesSection(model);
  if (changes) {
    toc.push(["changes", "changes"]);
    sections.push(section("changes", UI.changes, changes));
  }
  const places = geoSection(model, lang);
  if (places) {
    toc.push([GEO_SECTION_ID, "places"]);
    sections.push(section(GEO_SECTION_ID, UI.places, places));
  }
  toc.push(["map", "map"]);
  sections.push(section("map", UI.map, mapSection(model, lang, payload.sizeMetric)));
  const paths = learningPathsSection(model);
  if (paths) {
    toc.push(["learning-paths", "learningPaths"]);
    sections.push(section("learning-paths", UI.learningPaths, paths));
  }

  if (n >= 2) {
    const charts = [degreeChart(model), mixingChart(model), brokersChart(model), clustersChart(model)].filter(
      (c) => c !== null,
    );
    if (charts.length > 0) {
      toc.push(["charts", "charts"]);
      sections.push(
        section(
          "charts",
          UI.charts,
          `<div class="charts">${charts.map((c) => chartFigure(c)).join("")}</div>`,
        ),
      );
    }
  }
  const spots = whiteSpotChart(model);
  const spotTable = whiteSpotTables(model);
  if (spots || spotTable) {
    toc.push(["white-spots", "whiteSpots"]);
    sections.push(
      section(
        "white-spots",
        UI.whiteSpots,
        `<p class="lead">${ui("whiteSpotLead")}</p>${spots ? municipalFigure(model, spots, lang) : ""}${spotTable}`,
      ),
    );
  }
  const coverage = barrierCoverageChart(model);
  const bTable = barrierTable(model);
  if (coverage || bTable) {
    toc.push(["barriers", "barriers"]);
    sections.push(
      section("barriers", UI.barriers, `${coverage ? municipalFigure(model, coverage, lang) : ""}${bTable}`),
    );
  }
  const sTable = suggestionTable(model);
  if (sTable) {
    toc.push(["suggestions", "suggestions"]);
    sections.push(
      section("suggestions", UI.suggestions, `<p class="lead">${ui("suggestionsLead")}</p>${sTable}`),
    );
  }
  const cTable = criticalTable(model);
  if (cTable) {
    toc.push(["critical", "critical"]);
    sections.push(section("critical", UI.critical, `<p class="lead">${ui("criticalLead")}</p>${cTable}`));
  }
  const quality = qualitySection(model);
  if (quality) {
    toc.push(["quality", "quality"]);
    sections.push(section("quality", UI.quality, quality));
  }
  toc.push(["method", "method"]);
  sections.push(section("method", UI.method, methodSection(model)));

  const subtitle = `${ui("reportSubtitle")}${model.meta.date ? ` · ${escapeHtml(model.meta.date)}` : ""}`;
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
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p class="sub">${subtitle}</p>
${model.meta.scope ? `<p class="scope">${bi(model.meta.scope)}</p>` : ""}
<div class="toolbar" role="toolbar" aria-label="${escapeHtml(UI.language[lang])}">
<button type="button" data-lang-set="nl" aria-pressed="${lang === "nl"}" lang="nl">Nederlands</button>
<button type="button" data-lang-set="en" aria-pressed="${lang === "en"}" lang="en">English</button>
<span class="sep" aria-hidden="true"></span>
<button type="button" id="large-text" aria-pressed="false">${ui("largeText")}</button>
<button type="button" id="print">${ui("print")}</button>
</div>
</header>
<nav class="toc" aria-label="${escapeHtml(UI.contents[lang])}"><ol>${toc
    .map(([id, key]) => `<li><a href="#${id}">${ui(key)}</a></li>`)
    .join("")}</ol></nav>
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
