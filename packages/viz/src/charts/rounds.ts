/**
 * Key figures across inventory rounds as small multiples: one panel per figure with its own
 * scale (organisations and shares do not share an axis), a line over the rounds (two rounds: a
 * slope), the values at the points, and the colour of the last step: toward a goal, away from
 * it, or a description without a goal.
 */
import { scaleLinear, scalePoint } from "d3";
import { CHART_TEXT as C } from "../i18n/charts-text.ts";
import { say, sayBoth } from "../i18n/text.ts";
import type { Lang, ReportModel, RoundFigure } from "../model.ts";
import { type Chart, clip, fmtNumber, GRID, INK, line, MUTED, pct, r, svgOpen, text } from "./svg.ts";

export const CHANGE_COLOURS = {
  better: "#117733",
  worse: "#CC3311",
  neutral: "#5b6570",
} as const;

export function roundValue(f: RoundFigure, v: number | null, lang: Lang): string {
  if (v === null) return "–";
  if (f.format === "percent") return pct(v, lang);
  if (f.format === "integer") return fmtNumber(v, lang, 0);
  return fmtNumber(v, lang, Math.abs(v) < 0.1 ? 3 : 2);
}

const colourOf = (f: RoundFigure) =>
  f.assessment === "better"
    ? CHANGE_COLOURS.better
    : f.assessment === "worse"
      ? CHANGE_COLOURS.worse
      : CHANGE_COLOURS.neutral;

/** The figures shown as panels (the first six: the goal indicators and size). */
const PANELS = 6;

function panel(
  f: RoundFigure,
  labels: string[],
  lang: Lang,
  x0: number,
  y0: number,
  w: number,
  h: number,
): string {
  const parts: string[] = [];
  const top = y0 + 34;
  const bottom = y0 + h - 26;
  const x = scalePoint<number>()
    .domain(labels.map((_, i) => i))
    .range([x0 + 34, x0 + w - 34]);
  const values = f.values.filter((v): v is number => v !== null);
  const y = scaleLinear().domain(roundsDomain(f, values)).range([bottom, top]);
  const [d0, d1] = y.domain();
  // The axis starts at zero (or at −1 for an index from −1 to +1): its ends are labelled.
  parts.push(
    text(x0 + 16, bottom + 4, roundValue(f, d0, lang), {
      "text-anchor": "end",
      fill: MUTED,
      "font-size": 10,
    }),
  );
  parts.push(
    text(x0 + 16, top + 4, roundValue(f, d1, lang), { "text-anchor": "end", fill: MUTED, "font-size": 10 }),
  );
  if (d0 < 0 && d1 > 0) parts.push(line(x0 + 20, y(0), x0 + w - 20, y(0), GRID));
  parts.push(text(x0 + 4, y0 + 16, clip(f.title[lang], 34), { "font-weight": 600 }));
  parts.push(line(x0 + 20, bottom, x0 + w - 20, bottom, GRID));
  labels.forEach((l, i) => {
    parts.push(
      text(x(i) ?? 0, bottom + 16, clip(l, 14), { "text-anchor": "middle", fill: MUTED, "font-size": 11 }),
    );
  });
  const colour = colourOf(f);
  const points = f.values
    .map((v, i) => (v === null ? null : ([x(i) ?? 0, y(v)] as const)))
    .filter((p): p is readonly [number, number] => p !== null);
  if (points.length > 1)
    parts.push(
      `<polyline points="${points.map(([px, py]) => `${r(px)},${r(py)}`).join(" ")}" fill="none" stroke="${colour}" stroke-width="2.5"/>`,
    );
  f.values.forEach((v, i) => {
    if (v === null) return;
    const px = x(i) ?? 0;
    const py = y(v);
    const last = i === f.values.length - 1;
    parts.push(`<circle cx="${r(px)}" cy="${r(py)}" r="4" fill="${last ? colour : INK}"/>`);
    parts.push(
      text(px, py - 9, roundValue(f, v, lang), {
        "text-anchor": "middle",
        "font-size": 12,
        "font-weight": last ? 650 : 400,
        fill: last ? colour : INK,
      }),
    );
  });
  return parts.join("");
}

/** The value axis of one panel: from zero (shares 0..1), or −1..+1 for an index that can be negative. */
export function roundsDomain(f: RoundFigure, values: number[]): [number, number] {
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  if (f.format === "percent") return [Math.min(0, lo), Math.max(1, hi)];
  if (lo < 0 && lo >= -1 && hi <= 1) return [-1, 1];
  if (lo < 0) return [lo * 1.15, hi === 0 ? 0 : hi * 1.15];
  return [0, hi === 0 ? 1 : hi * 1.15];
}

export function roundsChart(model: ReportModel): Chart | null {
  const ch = model.changes;
  if (!ch || ch.labels.length < 2) return null;
  const figures = ch.figures.filter((f) => f.values.some((v) => v !== null)).slice(0, PANELS);
  if (figures.length === 0) return null;
  const cols = 3;
  const w = 300;
  const h = 160;
  const rows = Math.ceil(figures.length / cols);
  const svg = (lang: Lang) => {
    const parts = [svgOpen(cols * w, rows * h + 8, say(C.rounds_title, lang))];
    figures.forEach((f, i) => {
      parts.push(panel(f, ch.labels, lang, (i % cols) * w, Math.floor(i / cols) * h, w - 10, h));
    });
    parts.push("</svg>");
    return parts.join("");
  };
  const better = figures.filter((f) => f.assessment === "better").length;
  const worse = figures.filter((f) => f.assessment === "worse").length;
  const first = ch.labels[0];
  const lastLabel = ch.labels[ch.labels.length - 1];
  return {
    id: "rounds",
    title: C.rounds_title,
    reading: sayBoth(C.rounds_reading, { first, last: lastLabel, better, worse }),
    svg,
  };
}
