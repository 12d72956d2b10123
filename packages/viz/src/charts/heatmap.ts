/** A labelled matrix of cells (shared by the mixing matrix, barrier and white-spot charts). */
import { scaleBand } from "d3";
import { clip, MUTED, rect, svgOpen, text } from "./svg.ts";

export interface HeatmapSpec {
  ariaLabel: string;
  rows: string[];
  columns: string[];
  /** Display text of a cell (may be ""). */
  cellText: (row: number, column: number) => string;
  cellFill: (row: number, column: number) => string;
  /** Dark text on light cells, light on dark. */
  cellInk?: (row: number, column: number) => string;
  /** Extra markup for a cell (e.g. an outline marking a white spot). */
  cellExtra?: (row: number, column: number, x: number, y: number, w: number, h: number) => string;
}

export function heatmapSvg(spec: HeatmapSpec): string {
  const rowLabelWidth = Math.min(
    200,
    12 + 6.5 * Math.max(4, ...spec.rows.map((l) => Math.min(l.length, 28))),
  );
  const colLabelHeight = Math.min(
    160,
    12 + 5.6 * Math.max(4, ...spec.columns.map((l) => Math.min(l.length, 26))),
  );
  const cell = spec.columns.length > 12 ? 30 : 40;
  const W = rowLabelWidth + cell * spec.columns.length + Math.round(colLabelHeight * 0.65);
  const H = colLabelHeight + cell * spec.rows.length + 8;
  const x = scaleBand<number>()
    .domain(spec.columns.map((_, i) => i))
    .range([rowLabelWidth, rowLabelWidth + cell * spec.columns.length])
    .padding(0.06);
  const y = scaleBand<number>()
    .domain(spec.rows.map((_, i) => i))
    .range([colLabelHeight, colLabelHeight + cell * spec.rows.length])
    .padding(0.06);
  const parts = [svgOpen(W, H, spec.ariaLabel)];
  spec.columns.forEach((c, j) => {
    const cx = (x(j) ?? 0) + x.bandwidth() / 2;
    parts.push(
      text(cx, colLabelHeight - 6, clip(c, 26), {
        transform: `rotate(-50 ${Math.round(cx)} ${colLabelHeight - 6})`,
        fill: MUTED,
      }),
    );
  });
  spec.rows.forEach((label, i) => {
    const ry = (y(i) ?? 0) + y.bandwidth() / 2 + 4;
    parts.push(text(rowLabelWidth - 6, ry, clip(label, 28), { "text-anchor": "end", fill: MUTED }));
    spec.columns.forEach((_, j) => {
      const cx = x(j) ?? 0;
      const cy = y(i) ?? 0;
      parts.push(rect(cx, cy, x.bandwidth(), y.bandwidth(), spec.cellFill(i, j), ' rx="2"'));
      if (spec.cellExtra) parts.push(spec.cellExtra(i, j, cx, cy, x.bandwidth(), y.bandwidth()));
      const t = spec.cellText(i, j);
      if (t !== "")
        parts.push(
          text(cx + x.bandwidth() / 2, cy + y.bandwidth() / 2 + 4, t, {
            "text-anchor": "middle",
            fill: spec.cellInk ? spec.cellInk(i, j) : "#1f2933",
            "font-size": 11,
          }),
        );
    });
  });
  parts.push("</svg>");
  return parts.join("");
}

/** Light-to-dark ink choice from a fill's relative luminance. */
export function inkFor(fill: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(fill);
  const [r, g, b] = m
    ? [m[1], m[2], m[3]].map((h) => Number.parseInt(h, 16))
    : rgb
      ? [rgb[1], rgb[2], rgb[3]].map(Number)
      : [255, 255, 255];
  return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? "#ffffff" : "#1f2933";
}
