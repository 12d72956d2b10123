/** Sector mixing matrix with the Krackhardt-Stern E-I index. */
import { interpolateBlues, scaleSequential } from "d3";
import type { ReportModel } from "../model.ts";
import { heatmapSvg, inkFor } from "./heatmap.ts";
import { both, type Chart, fmtNumber, label } from "./svg.ts";

export function mixingChart(model: ReportModel): Chart | null {
  const mixing = model.mixing;
  if (!mixing || mixing.groups.length === 0) return null;
  const { groups, counts, ei } = mixing;
  let total = 0;
  let between = 0;
  for (let i = 0; i < groups.length; i++)
    for (let j = i; j < groups.length; j++) {
      const c = counts[i][j];
      total += c;
      if (i !== j) between += c;
    }
  let maxCell = 0;
  for (const row of counts) for (const v of row) maxCell = Math.max(maxCell, v);
  const colour = scaleSequential(interpolateBlues).domain([0, Math.max(1, maxCell)]);
  const fill = (i: number, j: number) =>
    counts[i][j] === 0 ? "#f5f7fa" : colour(counts[i][j] * 0.85 + maxCell * 0.1);
  const svg = (lang: "nl" | "en") => {
    const names = groups.map((g) => label(model.vocab, "sector", g, lang));
    return heatmapSvg({
      ariaLabel: lang === "nl" ? "Relaties tussen sectoren" : "Ties between sectors",
      rows: names,
      columns: names,
      cellText: (i, j) => (counts[i][j] === 0 ? "" : String(counts[i][j])),
      cellFill: fill,
      cellInk: (i, j) => inkFor(fill(i, j)),
    });
  };
  const eiText = (lang: "nl" | "en") => fmtNumber(ei, lang);
  return {
    id: "mixing",
    title: { nl: "Werken sectoren met elkaar samen?", en: "Do sectors work with each other?" },
    reading: both((lang) => {
      if (ei === null || total === 0)
        return lang === "nl"
          ? "Er zijn nog geen relaties tussen sectoren te tellen."
          : "There are no ties between sectors to count yet.";
      const share = Math.round((between / total) * 100);
      const side =
        ei > 0.05
          ? lang === "nl"
            ? "meer verbindingen tussen sectoren dan erbinnen"
            : "more ties between sectors than within them"
          : ei < -0.05
            ? lang === "nl"
              ? "meer verbindingen binnen de eigen sector dan erbuiten"
              : "more ties within a sector than across"
            : lang === "nl"
              ? "ongeveer evenveel verbindingen binnen als tussen sectoren"
              : "about as many ties within as between sectors";
      return lang === "nl"
        ? `E-I-index tussen de ${groups.length} sectoren (niet: formeel tegenover de rest) ${eiText(lang)}, op een schaal van −1 (alles binnen de eigen sector) tot +1 (alles erbuiten): ${side}; ${fmtNumber(share, lang, 0)}% van de ${fmtNumber(total, lang, 0)} paren met een relatie (met een gekende sector aan beide kanten) overschrijdt een sectorgrens.`
        : `E-I index between the ${groups.length} sectors (not: formal against the rest) ${eiText(lang)}, on a scale from −1 (all within the own sector) to +1 (all outside it): ${side}; ${fmtNumber(share, lang, 0)}% of the ${fmtNumber(total, lang, 0)} pairs with a relation (with a known sector at both ends) cross a sector boundary.`;
    }),
    svg,
  };
}
