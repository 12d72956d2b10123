/**
 * The numbers behind the municipality map as a sortable table (folded away under the map): one
 * row per municipality, one column per main figure, both languages in each cell. For reading
 * without the map (screen readers, print) and for copying into a note.
 */
import { formatValue } from "../geo/classes.ts";
import type { GeoFigure, GeoModel } from "../geo/model.ts";
import { GEO_TEXT } from "../i18n/geo-text.ts";
import { UI } from "../i18n/strings.ts";
import { bi, type Cell, cell, sortableTable } from "./html.ts";

const COLUMNS = [
  "organisations_per_10000",
  "organisations",
  "offerings",
  "white_spots",
  "uncovered_barriers",
  "cross_line_share",
  "top_partner_share",
];

function valueCell(figure: GeoFigure, nis: string): Cell {
  const v = Object.hasOwn(figure.values, nis) ? figure.values[nis] : null;
  if (v === null || v === undefined) return { html: "–" };
  const nl = formatValue(v, figure.format, "nl");
  const en = formatValue(v, figure.format, "en");
  // Both languages only where they differ (decimal comma); sort key to 4 significant digits.
  return {
    html: nl === en ? nl : `<span data-l="nl">${nl}</span><span data-l="en">${en}</span>`,
    v: Number(v.toPrecision(4)),
  };
}

export function geoTable(geo: GeoModel, codes: readonly string[]): string {
  const figures = COLUMNS.map((id) => geo.figures.find((f) => f.id === id)).filter(
    (f): f is GeoFigure => f !== undefined,
  );
  const byNis = new Map(geo.municipalities.map((m) => [m.nis, m]));
  const rows: Cell[][] = codes.map((nis) => {
    const m = byNis.get(nis);
    const pop = m?.population ?? null;
    return [
      cell(m?.name ?? nis),
      pop === null ? { html: "–" } : cell(`${pop} (${m?.population_year ?? ""})`, pop),
      ...figures.map((f) => valueCell(f, nis)),
    ];
  });
  const table = sortableTable(
    "table-places",
    GEO_TEXT.table_caption,
    [
      { head: UI.municipality },
      { head: GEO_TEXT.table_inhabitants, numeric: true },
      ...figures.map((f) => ({ head: f.title, numeric: true })),
    ],
    rows,
  );
  return `<details class="geo-table"><summary>${bi(GEO_TEXT.table_summary)}</summary>${table}</details>`;
}
