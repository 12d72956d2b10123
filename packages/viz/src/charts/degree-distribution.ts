/** Degree distribution: how many organisations have 0, 1, 2, ... partners. */
import { max as d3max, scaleBand, scaleLinear } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { count, say, sayBoth } from "../i18n/text.ts";
import type { ReportModel } from "../model.ts";
import { type Chart, fmtNumber, GRID, line, MUTED, rect, svgOpen, text } from "./svg.ts";

/** Partners per organisation: the `degree` metric when given, else distinct neighbours in the edges. */
export function partnerCounts(model: ReportModel): Map<string, number> {
  const counts = new Map<string, number>();
  const given = model.nodes.every((n) => typeof n.metrics.degree === "number");
  if (given) {
    for (const n of model.nodes) counts.set(n.id, n.metrics.degree as number);
    return counts;
  }
  const neighbours = new Map<string, Set<string>>();
  for (const n of model.nodes) neighbours.set(n.id, new Set());
  for (const e of model.edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  for (const [id, set] of neighbours) counts.set(id, set.size);
  return counts;
}

export function degreeChart(model: ReportModel): Chart | null {
  if (model.nodes.length < 2) return null;
  const degrees = [...partnerCounts(model).values()].sort((a, b) => a - b);
  const top = degrees[degrees.length - 1];
  const median = degrees[Math.floor((degrees.length - 1) / 2)];
  const isolates = degrees.filter((d) => d === 0).length;
  // Bins of width 1 up to 30 partners, wider above so the chart stays readable.
  const width = top <= 30 ? 1 : Math.ceil((top + 1) / 30);
  const binCount = Math.floor(top / width) + 1;
  const bins = new Array<number>(binCount).fill(0);
  for (const d of degrees) bins[Math.floor(d / width)]++;
  const W = 640;
  const H = 260;
  const m = { l: 48, r: 12, t: 12, b: 40 };
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([m.l, W - m.r])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, d3max(bins) ?? 1])
    .nice()
    .range([H - m.b, m.t]);
  const binLabel = (i: number) => (width === 1 ? String(i) : `${i * width}–${i * width + width - 1}`);
  const svg = (lang: "nl" | "en") => {
    const parts = [svgOpen(W, H, say(C.degree_label, lang))];
    for (const tick of y.ticks(5)) {
      parts.push(line(m.l, y(tick), W - m.r, y(tick), GRID));
      parts.push(text(m.l - 6, y(tick) + 4, fmtNumber(tick, lang, 0), { "text-anchor": "end", fill: MUTED }));
    }
    const every = Math.ceil(binCount / 15);
    bins.forEach((count, i) => {
      const bx = x(i) ?? 0;
      parts.push(
        rect(bx, y(count), x.bandwidth(), y(0) - y(count), i === 0 && width === 1 ? "#D55E00" : "#0072B2"),
      );
      if (i % every === 0)
        parts.push(
          text(bx + x.bandwidth() / 2, H - m.b + 16, binLabel(i), { "text-anchor": "middle", fill: MUTED }),
        );
    });
    parts.push(
      text((m.l + W - m.r) / 2, H - 6, say(C.degree_axis_x, lang), {
        "text-anchor": "middle",
        fill: MUTED,
      }),
    );
    parts.push(
      text(12, (m.t + H - m.b) / 2, say(C.degree_axis_y, lang), {
        transform: `rotate(-90 12 ${(m.t + H - m.b) / 2})`,
        "text-anchor": "middle",
        fill: MUTED,
      }),
    );
    parts.push("</svg>");
    return parts.join("");
  };
  return {
    id: "degree",
    title: C.degree_title,
    reading: sayBoth(count(median, C.degree_reading_one, C.degree_reading_many), (lang) => ({
      median,
      top,
      isolates:
        isolates > 0
          ? say(count(isolates, C.degree_isolates_one, C.degree_isolates_many), lang, {
              n: fmtNumber(isolates, lang),
            })
          : "",
    })),
    svg,
  };
}
