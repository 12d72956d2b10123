/**
 * The choropleth as SVG markup: one path per municipality of the inventory (`data-nis`, filled by
 * the chosen figure), the neighbours in grey for context (`data-context-nis`), and name labels.
 * `choroplethShapes` is the part the report embeds; `standaloneChoroplethSvg` adds a title, the
 * legend with its class breaks and the attribution, for `ecolens export --to map-svg|map-png`.
 * Every name from the data is escaped; nothing refers to a network resource.
 */
import type { Lang } from "@ecolens/core";
import { GEO_TEXT } from "../i18n/geo-text.ts";
import { say } from "../i18n/text.ts";
import { BOUNDARY_ATTRIBUTION } from "./attribution.ts";
import { type ChoroplethScale, CONTEXT_FILL, choroplethScale, classLabel, NO_DATA } from "./classes.ts";
import type { GeoFigure, GeoModel } from "./model.ts";
import { type MapFrame, mapFrame } from "./projection.ts";
import { type MapRegion, mapRegion } from "./topology.ts";

export interface PreparedMap {
  region: MapRegion;
  frame: MapFrame;
  /** NIS codes drawn in colour (inventory municipalities with a shape), sorted. */
  codes: string[];
}

export function prepareMap(model: GeoModel, width?: number): PreparedMap | null {
  const region = mapRegion(model.municipalities.map((m) => m.nis));
  if (region.inside.length === 0) return null;
  return { region, frame: mapFrame(region, width), codes: region.inside.map((f) => f.properties.nis) };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The default figure: organisations per 10,000 inhabitants when any municipality has a population. */
export function defaultFigure(model: GeoModel): GeoFigure | undefined {
  const per = model.figures.find((f) => f.id === "organisations_per_10000");
  if (per && Object.values(per.values).some((v) => v !== null)) return per;
  return model.figures.find((f) => f.id === "organisations") ?? model.figures[0];
}

/** Paths and labels (no <svg> element): context first, then the municipalities, then labels. */
export function choroplethShapes(
  map: PreparedMap,
  scale: ChoroplethScale,
  names: Map<string, string>,
): string {
  const { frame, region } = map;
  const context = region.context
    .map(
      (f) =>
        `<path d="${frame.path(f)}" data-context-nis="${escapeXml(f.properties.nis)}" fill="${CONTEXT_FILL}"><title>${escapeXml(f.properties.name_nl)}</title></path>`,
    )
    .join("");
  const shapes = region.inside
    .map((f) => {
      const nis = f.properties.nis;
      const name = names.get(nis) ?? f.properties.name_nl;
      return `<path class="geo-muni" d="${frame.path(f)}" data-nis="${escapeXml(nis)}" fill="${scale.fill[nis] ?? NO_DATA}" tabindex="0" role="button" aria-label="${escapeXml(name)}"></path>`;
    })
    .join("");
  const labels =
    region.inside.length > 60
      ? ""
      : region.inside
          .map((f) => {
            const [x, y] = frame.centroid(f);
            const name = names.get(f.properties.nis) ?? f.properties.name_nl;
            return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}">${escapeXml(name)}</text>`;
          })
          .join("");
  return `<g class="geo-context" fill="${CONTEXT_FILL}" stroke="#fff" stroke-width="0.8">${context}</g><g class="geo-shapes" stroke="#fff" stroke-width="1">${shapes}</g><g class="geo-labels" aria-hidden="true" font-size="12" text-anchor="middle" fill="#1f2933" stroke="#fff" stroke-width="2.5" paint-order="stroke" pointer-events="none">${labels}</g>`;
}

/** Lines of at most `max` characters, broken between words. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Legend rows as [colour, label] pairs, plus the no-data row when needed. */
export function legendRows(scale: ChoroplethScale, figure: GeoFigure, lang: Lang): Array<[string, string]> {
  const rows: Array<[string, string]> = scale.classes.map((c) => [
    c.colour,
    `${classLabel(c, figure.format, lang)} (${c.count})`,
  ]);
  if (scale.noData > 0) rows.push([NO_DATA, say(GEO_TEXT.legend_no_data, lang, { n: scale.noData })]);
  rows.push([CONTEXT_FILL, say(GEO_TEXT.legend_context, lang)]);
  return rows;
}

/** A complete SVG file: title, map, legend with class breaks, attribution (one language). */
export function standaloneChoroplethSvg(
  model: GeoModel,
  figureId: string,
  lang: Lang,
  title?: string,
): string | null {
  const figure = model.figures.find((f) => f.id === figureId);
  const map = prepareMap(model);
  if (!figure || !map) return null;
  const scale = choroplethScale(figure, map.codes);
  const names = new Map(model.municipalities.map((m) => [m.nis, m.name]));
  const { width, height } = map.frame;
  const rows = legendRows(scale, figure, lang);
  const top = 34;
  const legendTop = top + height + 8;
  const legend = rows
    .map(
      ([colour, label], i) =>
        `<rect x="14" y="${legendTop + 22 + i * 18}" width="14" height="12" fill="${colour}" stroke="#9aa5b1" stroke-width="0.5"/><text x="34" y="${legendTop + 32 + i * 18}">${escapeXml(label)}</text>`,
    )
    .join("");
  const attributionY = legendTop + 40 + rows.length * 18;
  const credit = wrap(BOUNDARY_ATTRIBUTION[lang], 120);
  const total = attributionY + 12 * credit.length + 14;
  const heading = title ? `${title} — ${figure.title[lang]}` : figure.title[lang];
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="12" fill="#1f2933">
<rect width="${width}" height="${total}" fill="#ffffff"/>
<text x="14" y="22" font-size="16" font-weight="bold">${escapeXml(heading)}</text>
<svg x="0" y="${top}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="hidden">${choroplethShapes(map, scale, names)}</svg>
<text x="14" y="${legendTop + 12}" font-weight="bold">${escapeXml(say(GEO_TEXT.legend_heading, lang))}</text>
${legend}
${credit.map((line, i) => `<text x="14" y="${attributionY + i * 12}" font-size="9" fill="#52606d">${escapeXml(line)}</text>`).join("")}
</svg>
`;
}
