/** Top brokers: the organisations that connect otherwise unconnected parts of the network. */
import { scaleBand, scaleLinear } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { pick, say, sayBoth } from "../i18n/text.ts";
import type { ReportModel } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";
import { type Chart, clip, fmtNumber, GRID, line, MUTED, rect, svgOpen, text } from "./svg.ts";

export const TOP_BROKERS = 10;

/** "Tussenpositie (makelaars)" -> "tussenpositie": the chart title already says brokers. */
const bare = (title: string) => title.replace(/\s*\(.*\)\s*$/, "").toLowerCase();

export function brokersChart(model: ReportModel): Chart | null {
  const rows = (model.brokers ?? []).filter((b) => b.score > 0).slice(0, TOP_BROKERS);
  if (rows.length === 0) return null;
  const labelOf = new Map(model.nodes.map((n) => [n.id, n.label]));
  const metric = model.metrics.find((m) => m.id === rows[0].metric);
  const W = 640;
  const rowH = 26;
  const left = 220;
  const H = 24 + rows.length * rowH + 24;
  const max = Math.max(...rows.map((r) => r.score));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([left, W - 40]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([12, 12 + rows.length * rowH])
    .padding(0.2);
  const svg = (lang: "nl" | "en") => {
    const parts = [svgOpen(W, H, say(C.brokers_label, lang))];
    for (const tick of x.ticks(4)) {
      parts.push(line(x(tick), 8, x(tick), H - 22, GRID));
      parts.push(text(x(tick), H - 8, fmtNumber(tick, lang, 4), { "text-anchor": "middle", fill: MUTED }));
    }
    rows.forEach((row, i) => {
      const yy = y(i) ?? 0;
      parts.push(
        text(left - 8, yy + y.bandwidth() / 2 + 4, clip(labelOf.get(row.id) ?? row.id, 32), {
          "text-anchor": "end",
        }),
      );
      const raw =
        row.raw === undefined
          ? ""
          : `<title>${escapeHtml(say(C.brokers_raw, lang, { value: fmtNumber(row.raw, lang, 1) }))}</title>`;
      parts.push(`<g>${rect(left, yy, x(row.score) - left, y.bandwidth(), "#009E73")}${raw}</g>`);
      parts.push(
        text(x(row.score) + 4, yy + y.bandwidth() / 2 + 4, fmtNumber(row.score, lang, 3), { fill: MUTED }),
      );
    });
    parts.push("</svg>");
    return parts.join("");
  };
  const first = labelOf.get(rows[0].id) ?? rows[0].id;
  const cut = new Set(
    [...(model.cutPoints ?? []), ...(model.critical ?? [])].filter((c) => c.cutOff > 0).map((c) => c.id),
  );
  const firstIsCut = cut.has(rows[0].id);
  return {
    id: "brokers",
    title: sayBoth(C.brokers_title, (lang) => ({
      metric: metric ? bare(metric.title[lang]) : say(C.brokers_metric, lang),
    })),
    reading: sayBoth(C.brokers_reading, (lang) => ({
      name: first,
      cut: say(pick(firstIsCut, C.brokers_not_cut, C.brokers_is_cut), lang),
      scale: say(C.brokers_scale, lang),
    })),
    svg,
  };
}
