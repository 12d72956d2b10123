/**
 * A static SVG picture of the map for print and for browsers without WebGL. Only for networks up
 * to STATIC_MAP_MAX_NODES (a picture of 20,000 dots would weigh megabytes and show little);
 * larger maps are pictured from the live canvas when printing.
 */
import { categoryLabel, colourScheme, defaultColourBy } from "../encode/colour.ts";
import { EDGE_COLOUR } from "../encode/palette.ts";
import { sizeScale } from "../encode/size.ts";
import { UI } from "../i18n/strings.ts";
import type { Lang, ReportModel } from "../model.ts";
import { escapeHtml } from "../text/escape.ts";

export const STATIC_MAP_MAX_NODES = 2000;

const r1 = (v: number) => Math.round(v * 10) / 10;

export function staticMapSvg(model: ReportModel, sizeMetric: string, lang: Lang): string | null {
  const nodes = model.nodes;
  if (nodes.length === 0 || nodes.length > STATIC_MAP_MAX_NODES) return null;
  const W = 1000;
  const H = 640;
  const pad = 30;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const scale = Math.min(
    (W - 2 * pad) / Math.max(1e-9, maxX - minX),
    (H - 2 * pad) / Math.max(1e-9, maxY - minY),
  );
  const k = Number.isFinite(scale) && scale > 0 ? scale : 1;
  const ox = (W - (maxX - minX) * k) / 2;
  const oy = (H - (maxY - minY) * k) / 2;
  const px = (x: number) => r1(ox + (x - minX) * k);
  // Graph y grows upwards (as sigma draws it); SVG y grows downwards.
  const py = (y: number) => r1(H - (oy + (y - minY) * k));
  const pos = new Map(nodes.map((n) => [n.id, n]));
  const scheme = colourScheme(nodes, defaultColourBy(nodes));
  const size = sizeScale(
    nodes.map((n) => (sizeMetric ? n.metrics[sizeMetric] : null)),
    { min: 2.5, max: 11 },
  );
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 40}" width="100%" role="img" aria-label="${UI.map[lang]}">`,
    `<g stroke="${EDGE_COLOUR}" stroke-width="0.7">`,
  ];
  for (const e of model.edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b || a === b) continue;
    parts.push(`<line x1="${px(a.x)}" y1="${py(a.y)}" x2="${px(b.x)}" y2="${py(b.y)}"/>`);
  }
  parts.push('</g><g stroke="#fff" stroke-width="0.6">');
  const ordered = [...nodes].sort((a, b) => size(a.metrics[sizeMetric]) - size(b.metrics[sizeMetric]));
  for (const n of ordered)
    parts.push(
      `<circle cx="${px(n.x)}" cy="${py(n.y)}" r="${r1(size(sizeMetric ? n.metrics[sizeMetric] : null))}" fill="${scheme.colourOf(n)}"/>`,
    );
  parts.push("</g>");
  let lx = 10;
  for (const entry of scheme.legend) {
    const text = categoryLabel(scheme.by, entry.key, model.vocab, lang);
    parts.push(
      `<circle cx="${lx + 6}" cy="${H + 20}" r="6" fill="${entry.colour}"/><text x="${lx + 16}" y="${H + 24}" font-size="13" font-family="system-ui, sans-serif" fill="#1f2933">${escapeHtml(text)}</text>`,
    );
    lx += 30 + text.length * 7;
  }
  parts.push("</svg>");
  return parts.join("");
}
