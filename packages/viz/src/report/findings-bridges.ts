/**
 * Key findings about bridges: the formal <-> non-formal/informal split (the one primary figure),
 * the brokers (highest betweenness) and the cut points. A broker is only said to be
 * indispensable when it is a cut point; otherwise the sentence says the opposite.
 */
import { label, pct } from "../charts/svg.ts";
import type { ReportModel } from "../model.ts";
import { count, type Finding, finding, int, listNames, msg, msgN, nameOf, share } from "./findings-common.ts";

const BROKERS_NAMED = 3;
/** A municipality is named as the best only with at least this many organisations on the split. */
const BEST_MIN_ORGS = 5;
const ZERO_NAMED = 6;

export function formalInformalFinding(model: ReportModel): Finding | null {
  const fi = (model.formalInformal ?? []).filter((row) => row.orgs > 0);
  if (fi.length === 0) return null;
  const total = fi.reduce((s, row) => s + row.orgs, 0);
  const withTie = fi.reduce((s, row) => s + row.withTie, 0);
  const named = fi.filter((row) => row.municipality !== "");
  const zero = named.filter((row) => row.withTie === 0);
  const best = named
    .filter((row) => row.orgs >= BEST_MIN_ORGS)
    .sort(
      (a, b) =>
        b.withTie / b.orgs - a.withTie / a.orgs ||
        b.orgs - a.orgs ||
        (a.municipality < b.municipality ? -1 : 1),
    )[0];
  return finding("formal_informal", (lang) => {
    const muni = (code: string) => label(model.vocab, "municipality", code, lang);
    const more =
      zero.length > ZERO_NAMED ? msg("more_places", lang, { n: int(zero.length - ZERO_NAMED, lang) }) : "";
    return msg("formal_informal", lang, {
      share: share(withTie, total, lang, "organisation"),
      best:
        named.length > 1 && best && best.withTie > 0
          ? msg("formal_informal_best", lang, {
              place: muni(best.municipality),
              part: int(best.withTie, lang),
              whole: int(best.orgs, lang),
              pct: pct(best.withTie / best.orgs, lang),
            })
          : "",
      zero:
        zero.length > 0
          ? msg("formal_informal_zero", lang, {
              places: `${listNames(
                zero.slice(0, ZERO_NAMED).map((row) => muni(row.municipality)),
                lang,
              )}${more}`,
            })
          : "",
    });
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
    const head = msgN("brokers", brokers.length, lang, { names });
    if (cutBrokers.length === 0) return `${head} ${msgN("brokers_replaceable", brokers.length, lang)}`;
    const parts = cutBrokers.map((b) => {
      const n = cut.get(b.id) ?? 0;
      return msgN("broker_cuts", n, lang, { name: name(b.id), count: int(n, lang) });
    });
    return `${head} ${msgN("brokers_cut", cutBrokers.length, lang, { parts: listNames(parts, lang) })}`;
  });
}

export function cutPointsFinding(model: ReportModel): Finding | null {
  const cut = [...cutOffOf(model).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (cut.length === 0) return null;
  const name = nameOf(model);
  const [firstId, firstCut] = cut[0];
  return finding("cut_points", (lang) =>
    msg("cut_points", lang, {
      cut: count(cut.length, lang, "cut_point"),
      name: name(firstId),
      orgs: count(firstCut, lang, "organisation"),
    }),
  );
}
