/**
 * Class breaks for the choropleth: up to five classes with (about) equally many municipalities
 * (quantiles of the values), breaks rounded to what the figure shows, each class stated in the
 * legend as a range. One sequential colour ramp: darker = more. Pure; used on the server for the
 * report and the SVG export, and in the browser when the figure changes.
 */
import type { Lang } from "@ecolens/core";
import { DECIMAL_MARK } from "../i18n/format.ts";
import type { GeoFigure } from "./model.ts";

/** Light to dark (ColorBrewer Blues, 5 classes; colour-blind safe, prints in grey). */
export const RAMP = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"];
export const NO_DATA = "#f2f2f2";
export const CONTEXT_FILL = "#dfe3e8";
const MAX_CLASSES = 5;

export interface ChoroplethClass {
  /** Inclusive lower and upper bound of the class. */
  from: number;
  to: number;
  colour: string;
  /** Municipalities in the class. */
  count: number;
}

export interface ChoroplethScale {
  classes: ChoroplethClass[];
  /** NIS code -> colour (NO_DATA when the value is null). */
  fill: Record<string, string>;
  /** Municipalities without a value. */
  noData: number;
}

/** A value as the figure shows it (percent as whole percentages, decimals with one digit, two below 1). */
export function formatValue(value: number, format: GeoFigure["format"], lang: Lang): string {
  let text: string;
  if (format === "percent") text = `${Math.round(value * 100)}%`;
  else if (format === "integer") text = String(Math.round(value));
  else text = value.toFixed(Math.abs(value) < 1 ? 2 : 1);
  return text.replace(".", DECIMAL_MARK[lang]);
}

/** Rounds like formatValue, so breaks are the numbers the legend states. */
function rounded(value: number, format: GeoFigure["format"]): number {
  if (format === "percent") return Math.round(value * 100) / 100;
  if (format === "integer") return Math.round(value);
  return Math.abs(value) < 1 ? Math.round(value * 100) / 100 : Math.round(value * 10) / 10;
}

export function choroplethScale(figure: GeoFigure, nisCodes: readonly string[]): ChoroplethScale {
  const fill: Record<string, string> = Object.create(null);
  const present: Array<[string, number]> = [];
  for (const nis of nisCodes) {
    const v = Object.hasOwn(figure.values, nis) ? figure.values[nis] : null;
    if (typeof v === "number" && Number.isFinite(v)) present.push([nis, rounded(v, figure.format)]);
    else fill[nis] = NO_DATA;
  }
  const sorted = present.map(([, v]) => v).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const k = Math.min(MAX_CLASSES, distinct.length);
  // Upper bounds of the classes: values at the quantiles, made distinct.
  const uppers: number[] = [];
  for (let c = 1; c <= k; c++) {
    const at = sorted[Math.min(sorted.length - 1, Math.ceil((c / k) * sorted.length) - 1)];
    if (uppers.length === 0 || at > uppers[uppers.length - 1]) uppers.push(at);
  }
  const ramp = uppers.length <= 1 ? [RAMP[2]] : pickRamp(uppers.length);
  const classes: ChoroplethClass[] = uppers.map((to, i) => {
    const from = i === 0 ? sorted[0] : (distinct.find((v) => v > uppers[i - 1]) ?? to);
    return { from, to, colour: ramp[i], count: 0 };
  });
  for (const [nis, v] of present) {
    const c = classes.find((x) => v <= x.to) ?? classes[classes.length - 1];
    c.count++;
    fill[nis] = c.colour;
  }
  return { classes, fill, noData: nisCodes.length - present.length };
}

function pickRamp(n: number): string[] {
  if (n >= RAMP.length) return RAMP;
  // Spread n colours over the ramp, keeping the lightest and the darkest.
  return Array.from({ length: n }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]);
}

/** "1,0 – 2,3" (or one number when from = to). */
export function classLabel(c: ChoroplethClass, format: GeoFigure["format"], lang: Lang): string {
  const a = formatValue(c.from, format, lang);
  const b = formatValue(c.to, format, lang);
  return a === b ? a : `${a} – ${b}`;
}
