/** Small helpers to write SVG as strings on the server (d3 scales, no DOM). */
import { percentText } from "@ecolens/core";
import type { Lang, Text } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";

export interface Chart {
  id: string;
  title: Text;
  /** One plain-language sentence that reads the chart, computed from the data. */
  reading: Text;
  /** The SVG in one language. */
  svg: (lang: Lang) => string;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const INK = "#1f2933";
export const MUTED = "#5b6570";
export const GRID = "#e4e7eb";

export function svgOpen(width: number, height: number, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}" font-family="${FONT}" font-size="12" fill="${INK}">`;
}

export function text(
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join("");
  return `<text x="${r(x)}" y="${r(y)}"${extra}>${escapeHtml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ""): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(0, w))}" height="${r(Math.max(0, h))}" fill="${fill}"${extra}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke = GRID): string {
  return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${stroke}"/>`;
}

/** Rounded coordinates keep the SVG small and the output stable. */
export function r(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Cut a label to `max` characters with an ellipsis. */
export function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export { fmtNumber, label } from "../i18n/format.ts";

/** Never "0%" for a share that is not zero, nor "100%" for one that is not whole (core). */
export function pct(share: number, lang: Lang): string {
  return percentText(share, lang);
}

/** Both languages from one template function. */
export function both(make: (lang: Lang) => string): Text {
  return { nl: make("nl"), en: make("en") };
}
