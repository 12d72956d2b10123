/**
 * Key findings about bridges: the formal <-> non-formal/informal split (the one primary figure),
 * the brokers (highest betweenness) and the cut points. A broker is only said to be
 * indispensable when it is a cut point; otherwise the sentence says the opposite.
 */
import { label, pct } from "../charts/svg.ts";
import type { ReportModel } from "../model.ts";
import { count, type Finding, finding, int, listNames, nameOf, share } from "./findings-common.ts";

const BROKERS_NAMED = 3;

export function formalInformalFinding(model: ReportModel): Finding | null {
  const fi = (model.formalInformal ?? []).filter((row) => row.orgs > 0);
  if (fi.length === 0) return null;
  const total = fi.reduce((s, row) => s + row.orgs, 0);
  const withTie = fi.reduce((s, row) => s + row.withTie, 0);
  const named = fi.filter((row) => row.municipality !== "");
  const zero = named.filter((row) => row.withTie === 0);
  const best = [...named].sort(
    (a, b) =>
      b.withTie / b.orgs - a.withTie / a.orgs ||
      b.orgs - a.orgs ||
      (a.municipality < b.municipality ? -1 : 1),
  )[0];
  return finding("formal_informal", (lang) => {
    const muni = (code: string) => label(model.vocab, "municipality", code, lang);
    let s =
      lang === "nl"
        ? `${share(withTie, total, lang, { nl: "organisaties", en: "" })} in formeel onderwijs of in non-formeel of informeel leren hebben minstens één relatie over die grens`
        : `${share(withTie, total, lang, { nl: "", en: "organisations" })} in formal education or in non-formal or informal learning have at least one relation across that line`;
    if (named.length > 1 && best && best.withTie > 0)
      s +=
        lang === "nl"
          ? ` (het hoogste aandeel in ${muni(best.municipality)}: ${int(best.withTie, lang)} van de ${int(best.orgs, lang)}, ${pct(best.withTie / best.orgs, lang)})`
          : ` (the highest share in ${muni(best.municipality)}: ${int(best.withTie, lang)} of the ${int(best.orgs, lang)}, ${pct(best.withTie / best.orgs, lang)})`;
    s += ".";
    if (zero.length > 0) {
      const names = listNames(
        zero.slice(0, 6).map((row) => muni(row.municipality)),
        lang,
      );
      const more =
        zero.length > 6
          ? lang === "nl"
            ? ` en ${zero.length - 6} andere gemeenten`
            : ` and ${zero.length - 6} other municipalities`
          : "";
      s +=
        lang === "nl"
          ? ` In ${names}${more} is er geen enkele zo'n relatie.`
          : ` In ${names}${more} there is no such relation at all.`;
    }
    return s;
  });
}

/** Cut points (articulation points) in the critical list or the analysis' own list. */
function cutOffOf(model: ReportModel): Map<string, number> {
  const cut = new Map<string, number>();
  for (const c of model.cutPoints ?? []) if (c.cutOff > 0) cut.set(c.id, c.cutOff);
  for (const c of model.critical ?? [])
    if (c.cutOff > 0) cut.set(c.id, Math.max(c.cutOff, cut.get(c.id) ?? 0));
  return cut;
}

export function brokersFinding(model: ReportModel): Finding | null {
  const brokers = (model.brokers ?? []).filter((b) => b.score > 0).slice(0, BROKERS_NAMED);
  if (brokers.length === 0) return null;
  const name = nameOf(model);
  const cut = cutOffOf(model);
  const cutBrokers = brokers.filter((b) => cut.has(b.id));
  return finding(cutBrokers.length === 0 ? "brokers" : "brokers_cut", (lang) => {
    const names = listNames(
      brokers.map((b) => name(b.id)),
      lang,
    );
    const head =
      lang === "nl"
        ? `${brokers.length === 1 ? `${names} ligt` : `${names} liggen`} het vaakst op de kortste weg tussen twee andere organisaties (hoogste tussenpositie).`
        : `${names} ${brokers.length === 1 ? "lies" : "lie"} most often on the shortest route between two other organisations (highest betweenness).`;
    if (cutBrokers.length === 0)
      return lang === "nl"
        ? `${head} ${brokers.length === 1 ? "Ze is niet" : "Geen van hen is"} onmisbaar: valt er één weg, dan blijven de anderen elkaar bereiken, alleen via langere wegen.`
        : `${head} ${brokers.length === 1 ? "It is not" : "None of them is"} indispensable: if one drops out, the others still reach each other, only by longer routes.`;
    const parts = cutBrokers.map((b) =>
      lang === "nl"
        ? `zonder ${name(b.id)} raken ${count(cut.get(b.id) ?? 0, lang, ["organisatie", "organisaties"], ["", ""])} los van de rest`
        : `without ${name(b.id)}, ${count(cut.get(b.id) ?? 0, lang, ["", ""], ["organisation loses", "organisations lose"])} their link to the rest`,
    );
    return `${head} ${lang === "nl" ? "Bovendien een snijpunt: " : "Also a cut point: "}${listNames(parts, lang)}.`;
  });
}

export function cutPointsFinding(model: ReportModel): Finding | null {
  const cut = [...cutOffOf(model).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (cut.length === 0) return null;
  const name = nameOf(model);
  const [firstId, firstCut] = cut[0];
  return finding("cut_points", (lang) =>
    lang === "nl"
      ? `${count(cut.length, lang, ["organisatie is een snijpunt", "organisaties zijn snijpunten"], ["", ""])}: valt er één weg, dan raken andere organisaties los van de rest. Het meest bij ${name(firstId)}: ${count(firstCut, lang, ["organisatie", "organisaties"], ["", ""])}.`
      : `${count(cut.length, lang, ["", ""], ["organisation is a cut point", "organisations are cut points"])}: if one drops out, other organisations lose their link to the rest. Most for ${name(firstId)}: ${count(firstCut, lang, ["", ""], ["organisation", "organisations"])}.`,
  );
}
