/** Plain-text tables and sections for the terminal. */
import type { Lang } from "@ecolens/core";
import { formatNumber, formatPercent } from "../messages/format.ts";

export interface Column {
  header: string;
  align?: "left" | "right";
  /** Cut longer cells to this many characters (with an ellipsis). */
  max?: number;
}

/** Characters that could move the cursor or recolour a terminal become visible, not active. */
export function safeCell(value: unknown): string {
  const text = value === undefined || value === null ? "" : String(value);
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

/** A table; with `lang`, number cells are written by that language's locale (2.121 / 2,121). */
export function formatTable(columns: Column[], rows: unknown[][], lang?: Lang): string {
  const cells = rows.map((row) =>
    columns.map((col, i) => {
      const value = row[i];
      const text = lang && typeof value === "number" ? formatNumber(value, lang) : safeCell(value);
      return col.max && text.length > col.max ? `${text.slice(0, col.max - 1)}…` : text;
    }),
  );
  const widths = columns.map((col, i) => Math.max(col.header.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i].align === "right" ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map(line),
  ].join("\n");
}

export function heading(title: string): string {
  return `\n${title}\n${"=".repeat(Math.min(title.length, 80))}`;
}

/** A number for people in the user's locale: up to `digits` decimals, no trailing zeros. */
export function fmt(value: number | null | undefined, lang: Lang, digits = 3): string {
  return formatNumber(value, lang, digits);
}

/** A share 0..1 as a whole percentage in the user's locale. */
export function percent(share: number | null | undefined, lang: Lang): string {
  return formatPercent(share, lang);
}
