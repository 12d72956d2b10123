/** White spots: offerings per theme x target group in a municipality; empty cells are the spots. */
import { interpolateGreens, scaleSequential } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { say, sayBoth } from "../i18n/text.ts";
import type { GridCell, ReportModel } from "../model.ts";
import type { MunicipalChart } from "./barrier-coverage.ts";
import { MAX_MUNICIPAL_CHARTS } from "./barrier-coverage.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { label } from "./svg.ts";

export function whiteSpotChart(model: ReportModel): MunicipalChart | null {
  const grid = model.offeringGrid ?? [];
  if (grid.length === 0) return null;
  const themes = [...new Set(grid.map((c) => c.row))].sort();
  const groups = [...new Set(grid.map((c) => c.column))].sort();
  const munis = [...new Set(grid.map((c) => c.municipality))].sort().slice(0, MAX_MUNICIPAL_CHARTS);
  const matrix = (muni: string) => {
    const m = themes.map(() => groups.map(() => 0));
    for (const c of grid as GridCell[])
      if (muni === "" || c.municipality === muni) {
        // Region-wide: a combination is white only when it is white everywhere (levels cap at 2).
        const i = themes.indexOf(c.row);
        const j = groups.indexOf(c.column);
        m[i][j] = Math.min(2, m[i][j] + c.value);
      }
    return m;
  };
  const readingFor = (muni: string) => {
    const m = matrix(muni);
    const empty = m.flat().filter((v) => v === 0).length;
    const cells = themes.length * groups.length;
    return sayBoth(C.offer_reading, (lang) => ({
      empty,
      cells,
      where:
        muni === ""
          ? ""
          : say(C.offer_where, lang, { place: label(model.vocab, "municipality", muni, lang) }),
    }));
  };
  const svg = (muni: string, lang: "nl" | "en") => {
    const m = matrix(muni);
    const top = Math.max(1, ...m.flat());
    const colour = scaleSequential(interpolateGreens).domain([0, top]);
    const fill = (i: number, j: number) => (m[i][j] === 0 ? "#ffffff" : colour(m[i][j] * 0.8 + top * 0.15));
    return heatmapSvg({
      ariaLabel: say(C.offer_title, lang),
      rows: themes.map((t) => label(model.vocab, "theme", t, lang)),
      columns: groups.map((g) => label(model.vocab, "target_group", g, lang)),
      cellText: (i, j) => (m[i][j] >= 2 ? "2+" : String(m[i][j])),
      cellFill: fill,
      cellInk: (i, j) => (m[i][j] === 0 ? "#D55E00" : inkFor(fill(i, j))),
      cellExtra: (i, j, x, y, w, h) =>
        m[i][j] === 0
          ? `<rect x="${x + 1}" y="${y + 1}" width="${w - 2}" height="${h - 2}" fill="none" stroke="#D55E00" stroke-dasharray="3 2" rx="2"/>`
          : "",
    });
  };
  return {
    id: "white-spots",
    title: C.offer_title,
    reading: readingFor(""),
    municipalities: munis.length > 1 ? ["", ...munis] : [""],
    svg,
    readingFor,
  };
}
