/** Cluster composition: the sectors inside each cluster, as stacked bars. */
import { scaleBand, scaleLinear } from "d3";
import { SECTOR_COLOURS } from "../encode/palette.ts";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { UI } from "../i18n/strings.ts";
import { count, say, sayBoth } from "../i18n/text.ts";
import type { ReportModel } from "../model.ts";
import { type Chart, fmtNumber, label, MUTED, rect, svgOpen, text } from "./svg.ts";

export const MAX_CLUSTER_BARS = 12;

export function clustersChart(model: ReportModel): Chart | null {
  const clusters = (model.clusters?.clusters ?? []).slice(0, MAX_CLUSTER_BARS);
  if (clusters.length === 0) return null;
  const sectors = [...new Set(clusters.flatMap((c) => Object.keys(c.sectors)))].sort();
  const W = 640;
  const rowH = 26;
  const left = 90;
  const legendH = 22 * Math.ceil(sectors.length / 3);
  const H = 12 + clusters.length * rowH + 16 + legendH;
  const max = Math.max(...clusters.map((c) => c.size));
  const x = scaleLinear()
    .domain([0, max])
    .range([left, W - 50]);
  const y = scaleBand<number>()
    .domain(clusters.map((_, i) => i))
    .range([8, 8 + clusters.length * rowH])
    .padding(0.2);
  const colourOf = (s: string) => (Object.hasOwn(SECTOR_COLOURS, s) ? SECTOR_COLOURS[s] : "#BBBBBB");
  const svg = (lang: "nl" | "en") => {
    const parts = [svgOpen(W, H, say(C.clusters_label, lang))];
    clusters.forEach((c, i) => {
      const yy = y(i) ?? 0;
      parts.push(
        text(left - 8, yy + y.bandwidth() / 2 + 4, `${UI.cluster[lang]} ${c.cluster + 1}`, {
          "text-anchor": "end",
        }),
      );
      let offset = 0;
      for (const s of sectors) {
        const n = c.sectors[s] ?? 0;
        if (n === 0) continue;
        parts.push(
          rect(x(offset), yy, x(offset + n) - x(offset), y.bandwidth(), colourOf(s), ' stroke="#fff"'),
        );
        offset += n;
      }
      parts.push(
        text(x(c.size) + 4, yy + y.bandwidth() / 2 + 4, fmtNumber(c.size, lang, 0), { fill: MUTED }),
      );
    });
    const ly = 8 + clusters.length * rowH + 16;
    sectors.forEach((s, k) => {
      const lx = left + (k % 3) * 180;
      const yy = ly + Math.floor(k / 3) * 22;
      parts.push(rect(lx, yy, 12, 12, colourOf(s)));
      parts.push(text(lx + 18, yy + 10, label(model.vocab, "sector", s, lang)));
    });
    parts.push("</svg>");
    return parts.join("");
  };
  const largest = clusters[0];
  const main = Object.entries(largest.sectors).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const total = model.clusters?.clusters.length ?? clusters.length;
  return {
    id: "clusters",
    title: C.clusters_title,
    reading: sayBoth(count(total, C.clusters_reading_one, C.clusters_reading_many), (lang) => ({
      total: fmtNumber(total, lang, 0),
      size: fmtNumber(largest.size, lang, 0),
      share: main ? Math.round((main[1] / largest.size) * 100) : 0,
      sector: main ? label(model.vocab, "sector", main[0], lang) : "–",
    })),
    svg,
  };
}
