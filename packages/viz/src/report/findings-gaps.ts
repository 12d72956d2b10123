/** Key findings about gaps: barriers nobody works on, white spots (ranked), suggested links. */
import { fmtNumber, label } from "../charts/svg.ts";
import type { ReportModel } from "../model.ts";
import { count, type Finding, finding, int, listNames, nameOf, share } from "./findings-common.ts";
import { gridMunicipalities, rankWhiteSpots } from "./white-spot-summary.ts";

const SPOTS_NAMED = 3;

export function barriersFinding(model: ReportModel): Finding | null {
  const barriers = model.barriers ?? [];
  if (barriers.length === 0) return null;
  const open = barriers.filter((b) => b.committed === 0).length;
  return finding(
    "barriers",
    (lang) =>
      open === 0
        ? lang === "nl"
          ? `Aan alle ${int(barriers.length, lang)} gesignaleerde drempels werkt minstens één partner.`
          : `At least one partner works on each of the ${int(barriers.length, lang)} signalled barriers.`
        : lang === "nl"
          ? `${share(open, barriers.length, lang, { nl: "gesignaleerde drempels", en: "" })} ${open === 1 ? "heeft" : "hebben"} nog geen partner die eraan werkt.`
          : `${share(open, barriers.length, lang, { nl: "", en: "signalled barriers" })} ${open === 1 ? "has" : "have"} no partner working on ${open === 1 ? "it" : "them"} yet.`,
    open > 0 ? { href: "#barriers", text: { nl: "Naar de drempels", en: "To the barriers" } } : undefined,
  );
}

export function whiteSpotsFinding(model: ReportModel): Finding | null {
  const spots = (model.whiteSpots ?? []).filter((w) => w.offerings === 0).length;
  if (spots === 0) return null;
  const cells = model.offeringGrid?.length ?? 0;
  const ranked = rankWhiteSpots(model);
  const places = gridMunicipalities(model);
  const top = ranked.slice(0, SPOTS_NAMED);
  return finding(
    "white_spots",
    (lang) => {
      const total =
        cells > 0
          ? lang === "nl"
            ? `${share(spots, cells, lang, { nl: "combinaties van gemeente, thema en doelgroep", en: "" })} hebben geen enkele aanbieder`
            : `${share(spots, cells, lang, { nl: "", en: "combinations of municipality, theme and target group" })} have no provider at all`
          : lang === "nl"
            ? `${int(spots, lang)} combinaties van gemeente, thema en doelgroep hebben geen enkele aanbieder`
            : `${int(spots, lang)} combinations of municipality, theme and target group have no provider at all`;
      const named = top.map((g) => {
        const what = `${label(model.vocab, "theme", g.theme, lang)} ${lang === "nl" ? "voor" : "for"} ${label(model.vocab, "target_group", g.target_group, lang)}`;
        const star = g.priority ? (lang === "nl" ? "prioritaire doelgroep, " : "priority group, ") : "";
        const elsewhere =
          g.coveredElsewhere > 0
            ? lang === "nl"
              ? `, wel in ${int(g.coveredElsewhere, lang)} andere`
              : `, offered in ${int(g.coveredElsewhere, lang)} other${g.coveredElsewhere === 1 ? "" : "s"}`
            : "";
        return lang === "nl"
          ? `${what} (${star}ontbreekt in ${int(g.missing.length, lang)} van de ${int(places, lang)} gemeenten${elsewhere})`
          : `${what} (${star}missing in ${int(g.missing.length, lang)} of the ${int(places, lang)} municipalities${elsewhere})`;
      });
      return lang === "nl"
        ? `${total}. Het belangrijkst: ${listNames(named, lang)}.`
        : `${total}. Most important: ${listNames(named, lang)}.`;
    },
    { href: "#white-spots", text: { nl: "Naar de witte vlekken", en: "To the white spots" } },
  );
}

export function suggestionsFinding(model: ReportModel): Finding | null {
  const suggestions = model.suggestions ?? [];
  if (suggestions.length === 0) return null;
  const name = nameOf(model);
  const s0 = suggestions[0];
  return finding(
    "suggestions",
    (lang) =>
      lang === "nl"
        ? `ecolens stelt ${count(suggestions.length, lang, ["nieuwe verbinding", "nieuwe verbindingen"], ["", ""])} voor; de sterkste (score ${fmtNumber(s0.score, lang, 2)} op 1) is ${name(s0.source)} – ${name(s0.target)}: ${s0.reason.nl}`
        : `ecolens suggests ${count(suggestions.length, lang, ["", ""], ["new link", "new links"])}; the strongest (score ${fmtNumber(s0.score, lang, 2)} of 1) is ${name(s0.source)} – ${name(s0.target)}: ${s0.reason.en}`,
    { href: "#suggestions", text: { nl: "Naar de voorstellen", en: "To the suggestions" } },
  );
}
