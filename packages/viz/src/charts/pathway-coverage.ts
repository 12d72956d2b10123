/**
 * Pathway coverage of the region as a heatmap: theme × target group, each cell coloured by
 * whether a route leads from a low-threshold start to formal learning (route), only through an
 * uncovered barrier (blocked), not at all (no route), or whether there is no start for the group
 * (no start). The number is the count of routes. Priority target groups carry a ★.
 */

import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { type Entry, say, sayBoth } from "../i18n/text.ts";
import type { LearningPathsModel, PathwayCellModel, ReportModel } from "../model.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { type Chart, label } from "./svg.ts";

export const PATHWAY_STATUS_COLOURS: Record<PathwayCellModel["status"], string> = {
  route: "#44AA99",
  blocked: "#DDCC77",
  no_route: "#CC6677",
  no_start: "#E4E7EB",
};

export const PATHWAY_STATUS_LABELS: Record<PathwayCellModel["status"], Entry> = {
  route: C.status_route,
  blocked: C.status_blocked,
  no_route: C.status_no_route,
  no_start: C.status_no_start,
};

/** Region cells by theme and group (undefined = the combination does not occur). */
export function pathwayGrid(lp: LearningPathsModel): Array<Array<PathwayCellModel | undefined>> {
  const at = new Map(lp.cells.map((c) => [`${c.theme}\u0000${c.target_group}`, c]));
  return lp.themes.map((t) => lp.target_groups.map((g) => at.get(`${t}\u0000${g}`)));
}

export function pathwayChart(model: ReportModel): Chart | null {
  const lp = model.learningPaths;
  if (!lp || lp.cells.length === 0) return null;
  // Only themes and groups that occur in a cell, so the matrix has no empty rows.
  const themes = lp.themes.filter((t) => lp.cells.some((c) => c.theme === t));
  const priority = new Set(lp.priority);
  // Age groups first, then the priority groups together (marked ★).
  const groups = lp.target_groups
    .filter((g) => lp.cells.some((c) => c.target_group === g))
    .sort((a, b) => Number(priority.has(a)) - Number(priority.has(b)));
  const grid = pathwayGrid({ ...lp, themes, target_groups: groups });
  const fill = (i: number, j: number) => {
    const c = grid[i][j];
    return c ? PATHWAY_STATUS_COLOURS[c.status] : "#ffffff";
  };
  const svg = (lang: "nl" | "en") =>
    heatmapSvg({
      ariaLabel: say(C.pathways_label, lang),
      rows: themes.map((t) => label(model.vocab, "theme", t, lang)),
      columns: groups.map(
        (g) => `${priority.has(g) ? "★ " : ""}${label(model.vocab, "target_group", g, lang)}`,
      ),
      cellText: (i, j) => {
        const c = grid[i][j];
        if (!c) return "";
        return c.status === "no_start" ? "–" : String(c.routes);
      },
      cellFill: fill,
      cellInk: (i, j) => inkFor(fill(i, j)),
    });
  const withRoute = lp.cells.filter((c) => c.status === "route");
  const prio = lp.cells.filter((c) => priority.has(c.target_group));
  const prioRoute = prio.filter((c) => c.status === "route").length;
  return {
    id: "pathways",
    title: C.pathways_title,
    reading: sayBoth(C.pathways_reading, (lang) => ({
      route: withRoute.length,
      cells: lp.cells.length,
      priority:
        prio.length > 0 ? say(C.pathways_priority, lang, { route: prioRoute, cells: prio.length }) : "",
    })),
    svg,
  };
}
