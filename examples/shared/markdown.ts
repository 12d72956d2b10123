/**
 * Small helpers the examples share to write their markdown summaries in nl or en: numbers with a
 * decimal comma in Dutch, percentages, and tables whose cells cannot break the markdown (names
 * come from CSV files, so `|` and line breaks are neutralised).
 */
import type { Lang, Text } from "@ecolens/core";

export const T = (nl: string, en: string): Text => ({ nl, en });

/** A number with `digits` decimals, "-" for null/undefined/NaN; decimal comma in Dutch. */
export function num(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "-";
  const text = value.toFixed(digits);
  return lang === "nl" ? text.replace(".", ",") : text;
}

/** 0.129 -> "12.9%" / "12,9%"; "-" when unknown. */
export function pct(share: number | null | undefined, lang: Lang, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "-";
  return `${num(share * 100, lang, digits)}%`;
}

/** Text safe inside a markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? "")
    .replace(/[\r\n]+/g, " ")
    .replace(/\|/g, "\\|");
}

export function mdTable(header: string[], rows: unknown[][]): string {
  const lines = [
    `| ${header.map(cell).join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
  return lines.join("\n");
}
