/**
 * The response rate of a collected round (ecolens collect) for the data quality section: how many
 * organisations returned their partner form, and which did not (the first few by name, then a count).
 */
import { fmtNumber, pct } from "../charts/svg.ts";
import { SECTION_TEXT as S } from "../i18n/sections-text.ts";
import { perLang, say } from "../i18n/text.ts";
import type { DataQualityModel, Text } from "../model.ts";

/** Organisations without a form named in the sentence; the rest are counted. */
export const MISSING_NAMED = 10;

export function responseText(r: NonNullable<DataQualityModel["response"]>): Text {
  return perLang((lang) => {
    const num = (n: number) => fmtNumber(n, lang, 0);
    const share = pct(r.total === 0 ? 0 : r.returned / r.total, lang);
    const head = say(S.response_head, lang, { returned: num(r.returned), total: num(r.total), share });
    if (r.missing.length === 0) return head;
    const names = r.missing.slice(0, MISSING_NAMED).map((o) => o.name || o.org_id);
    const more = r.missing.length - names.length;
    const tail = more > 0 ? say(S.response_more, lang, { n: num(more) }) : "";
    return say(S.response_missing, lang, { head, names: names.join(", "), more: tail });
  });
}
