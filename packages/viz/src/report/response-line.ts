/**
 * The response rate of a collected round (ecolens collect) for the data quality section: how many
 * organisations returned their partner form, and which did not (the first few by name, then a count).
 */
import { both, fmtNumber, pct } from "../charts/svg.ts";
import type { DataQualityModel, Text } from "../model.ts";

/** Organisations without a form named in the sentence; the rest are counted. */
export const MISSING_NAMED = 10;

export function responseText(r: NonNullable<DataQualityModel["response"]>): Text {
  return both((lang) => {
    const num = (n: number) => fmtNumber(n, lang, 0);
    const share = pct(r.total === 0 ? 0 : r.returned / r.total, lang);
    const nl = lang === "nl";
    const head = nl
      ? `Respons: ${num(r.returned)} van ${num(r.total)} organisaties stuurden hun formulier terug (${share}).`
      : `Response: ${num(r.returned)} of ${num(r.total)} organisations returned their form (${share}).`;
    if (r.missing.length === 0) return head;
    const names = r.missing.slice(0, MISSING_NAMED).map((o) => o.name || o.org_id);
    const more = r.missing.length - names.length;
    const tail = more > 0 ? (nl ? ` en ${num(more)} andere` : ` and ${num(more)} more`) : "";
    return nl
      ? `${head} Geen formulier van: ${names.join(", ")}${tail}.`
      : `${head} No form from: ${names.join(", ")}${tail}.`;
  });
}
