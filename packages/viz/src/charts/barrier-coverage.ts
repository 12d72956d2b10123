/**
 * Barrier coverage: barrier type x target group, per municipality. A cell counts signalled
 * barriers; its colour is the share nobody committed to work on (dark = uncovered).
 */
import { interpolateOrRd, scaleSequential } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { say, sayBoth } from "../i18n/text.ts";
import type { BarrierRow, ReportModel, Text } from "../model.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { label } from "./svg.ts";

export interface MunicipalChart {
  id: string;
  title: ReportModelText;
  reading: ReportModelText;
  /** "" = all municipalities; then each municipality code. */
  municipalities: string[];
  svg: (municipality: string, lang: "nl" | "en") => string;
  readingFor: (municipality: string) => ReportModelText;
}
type ReportModelText = Text;

const sortCodes = (codes: Iterable<string>) => [...new Set(codes)].sort();
/** Limit per-municipality charts so a Flanders-wide report stays small. */
export const MAX_MUNICIPAL_CHARTS = 40;

export function barrierCoverageChart(model: ReportModel): MunicipalChart | null {
  const barriers = model.barriers ?? [];
  if (barriers.length === 0) return null;
  const types = sortCodes(barriers.map((b) => b.barrier_type));
  const groups = sortCodes(barriers.map((b) => b.target_group));
  const byMuni = new Map<string, number>();
  for (const b of barriers) byMuni.set(b.municipality ?? "", (byMuni.get(b.municipality ?? "") ?? 0) + 1);
  const munis = [...byMuni.entries()]
    .filter(([m]) => m !== "")
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_MUNICIPAL_CHARTS)
    .map(([m]) => m)
    .sort();
  const subset = (muni: string): BarrierRow[] =>
    muni === "" ? barriers : barriers.filter((b) => b.municipality === muni);
  const colour = scaleSequential(interpolateOrRd).domain([0, 1]);
  const grid = (rows: BarrierRow[]) => {
    const cells = types.map(() => groups.map(() => ({ total: 0, uncovered: 0 })));
    for (const b of rows) {
      const c = cells[types.indexOf(b.barrier_type)][groups.indexOf(b.target_group)];
      c.total++;
      if (b.committed === 0) c.uncovered++;
    }
    return cells;
  };
  const readingFor = (muni: string) => {
    const rows = subset(muni);
    const uncovered = rows.filter((b) => b.committed === 0);
    const where = (lang: "nl" | "en") =>
      muni === ""
        ? ""
        : say(C.barriers_where, lang, { place: label(model.vocab, "municipality", muni, lang) });
    if (uncovered.length === 0) return sayBoth(C.barriers_all_covered, (lang) => ({ where: where(lang) }));
    const cells = grid(rows);
    let best = { i: 0, j: 0, n: -1 };
    for (const [i, row] of cells.entries())
      for (const [j, c] of row.entries()) if (c.uncovered > best.n) best = { i, j, n: c.uncovered };
    return sayBoth(C.barriers_uncovered, (lang) => ({
      open: uncovered.length,
      total: rows.length,
      where: where(lang),
      type: label(model.vocab, "barrier_type", types[best.i], lang),
      group: label(model.vocab, "target_group", groups[best.j], lang),
    }));
  };
  const svg = (muni: string, lang: "nl" | "en") => {
    const cells = grid(subset(muni));
    const fill = (i: number, j: number) =>
      cells[i][j].total === 0 ? "#f5f7fa" : colour(0.15 + 0.85 * (cells[i][j].uncovered / cells[i][j].total));
    return heatmapSvg({
      ariaLabel: say(C.barriers_label, lang),
      rows: types.map((t) => label(model.vocab, "barrier_type", t, lang)),
      columns: groups.map((g) => label(model.vocab, "target_group", g, lang)),
      cellText: (i, j) =>
        cells[i][j].total === 0 ? "" : `${cells[i][j].total - cells[i][j].uncovered}/${cells[i][j].total}`,
      cellFill: fill,
      cellInk: (i, j) => inkFor(fill(i, j)),
    });
  };
  return {
    id: "barrier-coverage",
    title: C.barriers_title,
    reading: readingFor(""),
    municipalities: ["", ...munis],
    svg,
    readingFor,
  };
}
