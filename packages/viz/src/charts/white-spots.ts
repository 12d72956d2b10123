/** White spots: offerings per theme x target group in a municipality; empty cells are the spots. */
import { interpolateGreens, scaleSequential } from "d3";
import type { GridCell, ReportModel } from "../model.ts";
import type { MunicipalChart } from "./barrier-coverage.ts";
import { MAX_MUNICIPAL_CHARTS } from "./barrier-coverage.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { both, label } from "./svg.ts";

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
    return both((lang) => {
      const where =
        muni === ""
          ? ""
          : ` ${lang === "nl" ? "in" : "in"} ${label(model.vocab, "municipality", muni, lang)}`;
      return lang === "nl"
        ? `${empty} van de ${cells} combinaties van thema en doelgroep hebben${where} geen enkele aanbieder (witte vakjes); 1 = één aanbieder, 2+ = twee of meer.`
        : `${empty} of ${cells} theme and target group combinations have no provider${where} (white cells); 1 = one provider, 2+ = two or more.`;
    });
  };
  const svg = (muni: string, lang: "nl" | "en") => {
    const m = matrix(muni);
    const top = Math.max(1, ...m.flat());
    const colour = scaleSequential(interpolateGreens).domain([0, top]);
    const fill = (i: number, j: number) => (m[i][j] === 0 ? "#ffffff" : colour(m[i][j] * 0.8 + top * 0.15));
    return heatmapSvg({
      ariaLabel: lang === "nl" ? "Aanbod per thema en doelgroep" : "Offerings per theme and target group",
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
    title: { nl: "Aanbod per thema en doelgroep", en: "Offerings per theme and target group" },
    reading: readingFor(""),
    municipalities: munis.length > 1 ? ["", ...munis] : [""],
    svg,
    readingFor,
  };
}
