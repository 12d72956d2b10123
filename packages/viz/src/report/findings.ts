/**
 * Key findings as sentences, read from the model's results (no analysis here). Used at the top
 * of the report and printed by `ecolens start`.
 */

import { partnerCounts } from "../charts/degree-distribution.ts";
import { both, fmtNumber, label, pct } from "../charts/svg.ts";
import type { Lang, ReportModel, Text } from "../model.ts";

/** Figure ids the findings look for (the CLI fills `figures` with these when it can). */
export const FIGURE_IDS = {
  components: "components",
  largestShare: "largest_component_share",
  density: "density",
  isolates: "isolates",
} as const;

const figure = (model: ReportModel, id: string) => model.figures?.find((f) => f.id === id)?.value ?? null;

function listNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names.join("");
  const and = lang === "nl" ? " en " : " and ";
  return `${names.slice(0, -1).join(", ")}${and}${names[names.length - 1]}`;
}

export function keyFindings(model: ReportModel): Text[] {
  const out: Text[] = [];
  const n = model.nodes.length;
  if (n === 0) {
    out.push({
      nl: "Het netwerk bevat geen organisaties: er is nog niets te analyseren.",
      en: "The network holds no organisations: there is nothing to analyse yet.",
    });
    return out;
  }
  const labelOf = new Map(model.nodes.map((node) => [node.id, node.label]));
  const munis = new Set(model.nodes.map((node) => node.municipality).filter(Boolean));
  const m = model.edges.length;
  out.push(
    both((lang) =>
      lang === "nl"
        ? `Het netwerk telt ${fmtNumber(n, lang)} organisatie${n === 1 ? "" : "s"} en ${fmtNumber(m, lang)} relatie${m === 1 ? "" : "s"}${munis.size > 0 ? ` in ${munis.size} gemeente${munis.size === 1 ? "" : "n"}` : ""}.`
        : `The network holds ${fmtNumber(n, lang)} organisation${n === 1 ? "" : "s"} and ${fmtNumber(m, lang)} relation${m === 1 ? "" : "s"}${munis.size > 0 ? ` in ${munis.size} municipalit${munis.size === 1 ? "y" : "ies"}` : ""}.`,
    ),
  );
  // Since the earlier round (ecolens report --since): the first headline and the verdict.
  if (model.changes) {
    if (model.changes.headline[0]) out.push(model.changes.headline[0]);
    out.push(model.changes.verdictText);
  }
  if (n === 1) return out;

  // How connected.
  const isolates =
    figure(model, FIGURE_IDS.isolates) ?? [...partnerCounts(model).values()].filter((d) => d === 0).length;
  const components = figure(model, FIGURE_IDS.components);
  const largest = figure(model, FIGURE_IDS.largestShare);
  if (components !== null && largest !== null) {
    out.push(
      both((lang) =>
        components === 1
          ? lang === "nl"
            ? "Alle organisaties zijn via partners met elkaar verbonden."
            : "All organisations are connected to each other through partners."
          : lang === "nl"
            ? `${pct(largest, lang)} van de organisaties hangt samen in één geheel; het netwerk bestaat uit ${components} losse delen${isolates > 0 ? `, waarvan ${isolates} organisatie${isolates === 1 ? "" : "s"} zonder enige relatie` : ""}.`
            : `${pct(largest, lang)} of the organisations hang together in one whole; the network has ${components} separate parts${isolates > 0 ? `, including ${isolates} organisation${isolates === 1 ? "" : "s"} without any relation` : ""}.`,
      ),
    );
  } else if (isolates > 0) {
    out.push(
      both((lang) =>
        lang === "nl"
          ? `${isolates} organisatie${isolates === 1 ? " heeft" : "s hebben"} nog geen enkele relatie.`
          : `${isolates} organisation${isolates === 1 ? " has" : "s have"} no relation yet.`,
      ),
    );
  }

  // Formal <-> non-formal/informal ties per municipality.
  const fi = (model.formalInformal ?? []).filter((row) => row.orgs > 0);
  if (fi.length > 0) {
    const total = fi.reduce((s, row) => s + row.orgs, 0);
    const withTie = fi.reduce((s, row) => s + row.withTie, 0);
    const zero = fi.filter((row) => row.withTie === 0 && row.municipality !== "");
    const named = fi.filter((row) => row.municipality !== "");
    const best = [...named].sort(
      (a, b) => b.withTie / b.orgs - a.withTie / a.orgs || (a.municipality < b.municipality ? -1 : 1),
    )[0];
    out.push(
      both((lang) => {
        const muni = (code: string) => label(model.vocab, "municipality", code, lang);
        let s =
          lang === "nl"
            ? `${pct(withTie / total, lang)} van de organisaties heeft minstens één band tussen formeel onderwijs en niet-formeel of informeel leren`
            : `${pct(withTie / total, lang)} of the organisations have at least one tie between formal education and non-formal or informal learning`;
        if (named.length > 1 && best && best.withTie > 0)
          s +=
            lang === "nl"
              ? ` (het meest in ${muni(best.municipality)}: ${pct(best.withTie / best.orgs, lang)})`
              : ` (most in ${muni(best.municipality)}: ${pct(best.withTie / best.orgs, lang)})`;
        s += ".";
        if (zero.length > 0) {
          const names = listNames(
            zero.slice(0, 6).map((row) => muni(row.municipality)),
            lang,
          );
          s +=
            lang === "nl"
              ? ` In ${names}${zero.length > 6 ? ` en ${zero.length - 6} andere` : ""} is er geen enkele zo'n band.`
              : ` In ${names}${zero.length > 6 ? ` and ${zero.length - 6} others` : ""} there is no such tie at all.`;
        }
        return s;
      }),
    );
  }

  const brokers = (model.brokers ?? []).filter((b) => b.score > 0).slice(0, 3);
  if (brokers.length > 0) {
    out.push(
      both((lang) => {
        const names = listNames(
          brokers.map((b) => labelOf.get(b.id) ?? b.id),
          lang,
        );
        return lang === "nl"
          ? `De belangrijkste bruggenbouwers zijn ${names}: zij verbinden organisaties die elkaar anders niet bereiken.`
          : `The main brokers are ${names}: they connect organisations that would not reach each other otherwise.`;
      }),
    );
  }

  const critical = (model.critical ?? []).filter((c) => c.cutOff > 0);
  if (critical.length > 0) {
    const first = critical[0];
    out.push(
      both((lang) =>
        lang === "nl"
          ? `${critical.length} partner${critical.length === 1 ? " is" : "s zijn"} kritiek: valt ${labelOf.get(first.id) ?? first.id} weg, dan raken ${first.cutOff} organisatie${first.cutOff === 1 ? "" : "s"} los van de rest.`
          : `${critical.length} partner${critical.length === 1 ? " is" : "s are"} critical: if ${labelOf.get(first.id) ?? first.id} drops out, ${first.cutOff} organisation${first.cutOff === 1 ? "" : "s"} lose their link to the rest.`,
      ),
    );
  }

  const barriers = model.barriers ?? [];
  if (barriers.length > 0) {
    const open = barriers.filter((b) => b.committed === 0).length;
    out.push(
      both((lang) =>
        open === 0
          ? lang === "nl"
            ? `Aan alle ${barriers.length} gesignaleerde drempels werkt minstens één partner.`
            : `At least one partner works on each of the ${barriers.length} signalled barriers.`
          : lang === "nl"
            ? `${open} van de ${barriers.length} gesignaleerde drempels heeft nog geen partner die eraan werkt.`
            : `${open} of the ${barriers.length} signalled barriers have no partner working on them yet.`,
      ),
    );
  }

  const spots = (model.whiteSpots ?? []).filter((w) => w.offerings === 0).length;
  if (spots > 0)
    out.push(
      both((lang) =>
        lang === "nl"
          ? `Er zijn ${fmtNumber(spots, lang)} witte vlekken: combinaties van gemeente, thema en doelgroep zonder enige aanbieder.`
          : `There are ${fmtNumber(spots, lang)} white spots: combinations of municipality, theme and target group without any provider.`,
      ),
    );

  const suggestions = model.suggestions ?? [];
  if (suggestions.length > 0) {
    const s0 = suggestions[0];
    out.push(
      both((lang) =>
        lang === "nl"
          ? `ecolens stelt ${suggestions.length} nieuwe verbinding${suggestions.length === 1 ? "" : "en"} voor, te beginnen met ${labelOf.get(s0.source) ?? s0.source} – ${labelOf.get(s0.target) ?? s0.target}: ${s0.reason.nl}`
          : `ecolens suggests ${suggestions.length} new link${suggestions.length === 1 ? "" : "s"}, starting with ${labelOf.get(s0.source) ?? s0.source} – ${labelOf.get(s0.target) ?? s0.target}: ${s0.reason.en}`,
      ),
    );
  }
  if (model.learningPaths) out.push(model.learningPaths.summary);
  if (m === 0)
    out.push({ nl: "Er zijn nog geen relaties ingevoerd.", en: "No relations have been entered yet." });
  return out;
}
