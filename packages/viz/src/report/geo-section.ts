/**
 * The report's map of the municipalities (the helicopter view on a map of Flanders): a
 * choropleth of the figure chosen from a list, its legend with class breaks, the attribution,
 * tooltip and click panel per municipality (geo/browser/choropleth-ui.ts), the findings by place
 * beside it, and the data the network map needs for its geographic layout. Geometry: only the
 * inventory's municipalities and their neighbours, as SVG paths (no tiles, no requests).
 */
import type { Lang, Text } from "@ecolens/core";
import { BOUNDARY_ATTRIBUTION } from "../geo/attribution.ts";
import {
  choroplethShapes,
  defaultFigure,
  legendRows,
  type PreparedMap,
  prepareMap,
} from "../geo/choropleth-svg.ts";
import { type ChoroplethScale, choroplethScale, formatValue } from "../geo/classes.ts";
import { geoLayout } from "../geo/geo-layout.ts";
import { GEO_CSS } from "../geo/geo-styles.ts";
import type { GeoFigure, GeoModel, GeoPayload } from "../geo/model.ts";
import { GEO_TEXT } from "../i18n/geo-text.ts";
import { UI } from "../i18n/strings.ts";
import { sayBoth } from "../i18n/text.ts";
import type { ReportModel } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";
import { geoTable } from "./geo-table.ts";
import { bi } from "./html.ts";

export const GEO_SECTION_ID = "places";
export const GEO_TITLE: Text = UI.places;

function legendHtml(scale: ChoroplethScale, figure: GeoFigure, hidden: boolean): string {
  const rows = (lang: Lang) =>
    legendRows(scale, figure, lang)
      .map(
        ([colour, label]) =>
          `<li><span class="geo-swatch" style="background:${colour}"></span>${escapeHtml(label)}</li>`,
      )
      .join("");
  const direction =
    figure.higher_is_better === null
      ? GEO_TEXT.darker_more
      : figure.higher_is_better
        ? GEO_TEXT.darker_better
        : GEO_TEXT.darker_worse;
  return `<div class="geo-legend" data-figure="${escapeHtml(figure.id)}"${hidden ? " hidden" : ""}><p class="geo-legend-title">${bi(figure.title)}</p><p class="muted">${bi(
    sayBoth(GEO_TEXT.legend_classes, (lang) => ({ direction: direction[lang] })),
  )}</p><ul data-l="nl">${rows("nl")}</ul><ul data-l="en">${rows("en")}</ul></div>`;
}

function payloadOf(
  model: ReportModel,
  geo: GeoModel,
  map: PreparedMap,
  scales: ChoroplethScale[],
): GeoPayload {
  const names = new Map(geo.municipalities.map((m) => [m.nis, m.name]));
  const layout = geoLayout(
    map,
    model.nodes.map((n) => ({ id: n.id, nis_code: n.nis_code })),
    geo.coordinates,
    model.meta.seed,
  );
  return {
    codes: map.codes,
    names: map.codes.map((c) => names.get(c) ?? c),
    population: map.codes.map((c) => {
      const m = geo.municipalities.find((x) => x.nis === c);
      return m && m.population !== null ? [m.population, m.population_year] : null;
    }),
    figures: geo.figures.map((f, i) => ({
      id: f.id,
      title: [f.title.nl, f.title.en],
      fill: map.codes.map((c) => scales[i].fill[c]),
      text: map.codes.map((c) => {
        const v = Object.hasOwn(f.values, c) ? f.values[c] : null;
        return v === null || v === undefined
          ? null
          : [formatValue(v, f.format, "nl"), formatValue(v, f.format, "en")];
      }),
    })),
    layout: {
      x: layout.x,
      y: layout.y,
      muni: model.nodes.map((n) => (n.nis_code ? map.codes.indexOf(n.nis_code) : -1)),
      coordinates: layout.placed.filter((p) => p === "coordinates").length,
      region: layout.placed.filter((p) => p === "region").length,
    },
    width: map.frame.width,
    height: map.frame.height,
  };
}

function findingsHtml(geo: GeoModel): string {
  if (geo.findings.length === 0) return "";
  return `<ul class="geo-findings">${geo.findings
    .map(
      (f) =>
        `<li data-geo-finding="${escapeHtml(f.code)}" data-places="${escapeHtml(f.places.join(" "))}">${bi(f.message)}${
          f.figure && geo.figures.some((x) => x.id === f.figure)
            ? ` <button type="button" class="linkish" data-geo-show="${escapeHtml(f.figure)}">${bi(GEO_TEXT.show_on_map)}</button>`
            : ""
        }</li>`,
    )
    .join("")}</ul>`;
}

function pickerHtml(geo: GeoModel, selected: string, lang: Lang): string {
  const options = geo.figures
    .map(
      (f) =>
        `<option value="${escapeHtml(f.id)}" data-nl="${escapeHtml(f.title.nl)}" data-en="${escapeHtml(f.title.en)}"${f.id === selected ? " selected" : ""}>${escapeHtml(f.title[lang])}</option>`,
    )
    .join("");
  return `<div class="geo-picker"><label for="geo-figure">${bi(GEO_TEXT.picker)}</label> <select id="geo-figure">${options}</select></div>`;
}

interface Prepared {
  geo: GeoModel;
  map: PreparedMap;
  scales: ChoroplethScale[];
  first: GeoFigure;
  payload: GeoPayload;
}

// Section and payload are rendered from one model: compute the map and the layout once.
const prepared = new WeakMap<ReportModel, Prepared | null>();

function prepare(model: ReportModel): Prepared | null {
  if (prepared.has(model)) return prepared.get(model) ?? null;
  const geo = model.geo;
  const map = geo && geo.figures.length > 0 ? prepareMap(geo) : null;
  let out: Prepared | null = null;
  if (geo && map) {
    const scales = geo.figures.map((f) => choroplethScale(f, map.codes));
    out = {
      geo,
      map,
      scales,
      first: defaultFigure(geo) as GeoFigure,
      payload: payloadOf(model, geo, map, scales),
    };
  }
  prepared.set(model, out);
  return out;
}

/** What the page's script needs (embedded with the report's payload), or undefined without a map. */
export function geoPayload(model: ReportModel): GeoPayload | undefined {
  return prepare(model)?.payload;
}

/** The section body, or null when no municipality of the inventory has a shape. */
export function geoSection(model: ReportModel, lang: Lang): string | null {
  const p = prepare(model);
  if (!p) return null;
  const { geo, map, scales, first } = p;
  const names = new Map(geo.municipalities.map((m) => [m.nis, m.name]));
  const shapes = choroplethShapes(map, scales[geo.figures.indexOf(first)], names);
  const legends = geo.figures.map((f, i) => legendHtml(scales[i], f, f !== first)).join("");
  const missing = map.region.missing.length
    ? `<p class="muted">${bi(sayBoth(GEO_TEXT.missing, { places: map.region.missing.join(", ") }))}</p>`
    : "";
  const { width, height } = map.frame;
  return `<style>${GEO_CSS}</style><p class="lead">${bi(GEO_TEXT.lead)}</p>
${pickerHtml(geo, first.id, lang)}
<div class="geo-grid">
<figure class="geo-figure"><svg class="geo-map" id="geo-map" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeHtml(GEO_TITLE[lang])}">${shapes}</svg>
<div id="geo-tooltip" class="geo-tooltip" role="status" hidden></div>
<figcaption class="geo-credit">${bi(BOUNDARY_ATTRIBUTION)}</figcaption></figure>
<div class="geo-side">${legends}<aside id="geo-panel" class="geo-panel" aria-live="polite" hidden></aside>${findingsHtml(geo)}${missing}</div>
</div>
${geoTable(geo, map.codes)}
`;
}
