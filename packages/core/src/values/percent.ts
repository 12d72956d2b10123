/**
 * A share (0..1) as a percentage for people: whole percents, one decimal below 1% and above 99%,
 * and never "0%" for a share that is not zero nor "100%" for one that is not whole: `<0.1%`,
 * `>99.9%`. Dutch uses a decimal comma. Used by the CLI, the diff sentences and the report.
 */
import { msg } from "../messages/index.ts";

export function percentText(share: number | null | undefined, lang: "nl" | "en" = "en"): string {
  if (share === null || share === undefined || Number.isNaN(share)) return "–";
  if (!Number.isFinite(share)) return share > 0 ? "∞" : "-∞";
  const sign = share < 0 ? "-" : "";
  const text = sign + magnitude(Math.abs(share));
  return `${text.replace(".", msg("format.decimal_mark", lang))}%`;
}

function magnitude(share: number): string {
  if (share === 0) return "0";
  if (share === 1) return "100";
  const p = share * 100;
  if (p < 0.1) return "<0.1";
  if (p < 1) return (Math.round(p * 10) / 10).toFixed(1);
  if (p > 99.9 && p < 100) return ">99.9";
  if (p > 99 && p < 100) return (Math.floor(p * 10) / 10).toFixed(1);
  // Whole percents between 1 and 99 never round to 0 or 100; above 100 (a ratio) as it is.
  return String(Math.round(p));
}
