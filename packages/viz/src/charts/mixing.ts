/** Sector mixing matrix with the Krackhardt-Stern E-I index. */
import { interpolateBlues, scaleSequential } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { say, sayBoth } from "../i18n/text.ts";
import type { ReportModel } from "../model.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { type Chart, fmtNumber, label } from "./svg.ts";

export function mixingChart(model: ReportModel): Chart | null {
  const mixing = model.mixing;
  if (!mixing || mixing.groups.length === 0) return null;
  const { groups, counts, ei } = mixing;
  let total = 0;
  let between = 0;
  for (let i = 0; i < groups.length; i++)
    for (let j = i; j < groups.length; j++) {
      const c = counts[i][j];
      total += c;
      if (i !== j) between += c;
    }
  let maxCell = 0;
  for (const row of counts) for (const v of row) maxCell = Math.max(maxCell, v);
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, maxCell)]);
  const fill = (i: number, j: number) =>
    counts[i][j] === 0 ? "#f5f7fa" : colour(counts[i][j] * 0.85 + maxCell * 0.1);
  const svg = (lang: "nl" | "en") => {
    const names = groups.map((g) => label(model.vocab, "sector", g, lang));
    return heatmapSvg({
      ariaLabel: say(C.mixing_label, lang),
      rows: names,
      columns: names,
      cellText: (i, j) => (counts[i][j] === 0 ? "" : String(counts[i][j])),
      cellFill: fill,
      cellInk: (i, j) => inkFor(fill(i, j)),
    });
  };
  return {
    id: "mixing",
    title: C.mixing_title,
    reading: mixingReading(ei, groups.length, total, between),
    svg,
  };
}

/** The E-I index in words: which side of the sector lines most ties fall on. */
function mixingReading(ei: number | null, groups: number, total: number, between: number) {
  if (ei === null || total === 0) return C.mixing_none;
  const share = Math.round((between / total) * 100);
  const side = ei > 0.05 ? C.mixing_between : ei < -0.05 ? C.mixing_within : C.mixing_even;
  return sayBoth(C.mixing_reading, (lang) => ({
    groups,
    ei: fmtNumber(ei, lang),
    side: say(side, lang),
    share: fmtNumber(share, lang, 0),
    total: fmtNumber(total, lang, 0),
  }));
}
