/**
 * The headline figures of the report ("the network in figures"): one definition each, with a
 * one-line explanation beside every value. Relations (as entered) and ties (pairs of organisations
 * with at least one relation) are two different counts and both are shown, each saying what it is.
 */
import { type AnalysisResult, METRICS } from "@ecolens/analysis";
import type { Text } from "@ecolens/core";
import type { ReportFigure } from "@ecolens/viz";

/** The first sentence of a registry explanation (the plain text, one line). */
export function firstSentence(text: Text): Text {
  const cut = (s: string) => {
    const m = /^(.+?[.!?])(\s|$)/.exec(s);
    return m ? m[1] : s;
  };
  return { nl: cut(text.nl), en: cut(text.en) };
}

function registryLine(id: string): Text | undefined {
  const d = METRICS.find((m) => m.id === id);
  return d ? firstSentence(d.explanation) : undefined;
}

const fmt = (v: number, locale: string) => v.toLocaleString(locale, { maximumFractionDigits: 0 });

/** Density as "x in 1,000 possible pairs", so the small number means something where it stands. */
function densityLine(density: number): Text {
  const per = density >= 0.1 ? 100 : 1000;
  const count = Math.round(density * per);
  return {
    nl: `${registryLine("density")?.nl ?? ""} Hier werken ${fmt(count, "nl-BE")} op ${fmt(per, "nl-BE")} mogelijke paren samen.`.trim(),
    en: `${registryLine("density")?.en ?? ""} Here ${fmt(count, "en-GB")} in ${fmt(per, "en-GB")} possible pairs work together.`.trim(),
  };
}

export function headlineFigures(analysis: AnalysisResult, relations: number): ReportFigure[] {
  const s = analysis.summary;
  const figures: ReportFigure[] = [
    {
      id: "organisations",
      title: { nl: "Organisaties", en: "Organisations" },
      value: s.n,
      format: "integer",
      explanation: { nl: "Organisaties in het netwerk.", en: "Organisations in the network." },
    },
    {
      id: "relations",
      title: { nl: "Relaties", en: "Relations" },
      value: relations,
      format: "integer",
      explanation: {
        nl: "Samenwerkingen zoals ingevoerd; twee organisaties kunnen meerdere soorten relaties hebben.",
        en: "Working relations as entered; two organisations may have several kinds of relation.",
      },
    },
    {
      id: "ties",
      title: { nl: "Paren met een relatie", en: "Pairs with a relation" },
      value: s.m,
      format: "integer",
      explanation:
        relations === s.m
          ? {
              nl: "Paren organisaties die samenwerken; hier is elk paar één relatie.",
              en: "Pairs of organisations that work together; here every pair is one relation.",
            }
          : {
              nl: `Paren organisaties die samenwerken: ${fmt(relations - s.m, "nl-BE")} relaties zijn een tweede of volgende soort relatie tussen hetzelfde paar. De netwerkmaten tellen paren.`,
              en: `Pairs of organisations that work together: ${fmt(relations - s.m, "en-GB")} relations are a second or further kind of relation between the same pair. The network measures count pairs.`,
            },
    },
  ];
  if (s.density !== undefined)
    figures.push({
      id: "density",
      title: { nl: "Dichtheid", en: "Density" },
      value: s.density,
      explanation: densityLine(s.density),
    });
  if (s.components) {
    figures.push(
      {
        id: "components",
        title: { nl: "Losse delen", en: "Separate parts" },
        value: s.components.count,
        format: "integer",
        explanation: {
          nl: "Groepen die onderling langs geen enkele weg verbonden zijn (een organisatie zonder relatie is een deel op zich).",
          en: "Groups with no route at all between them (an organisation without relations is a part of its own).",
        },
      },
      {
        id: "largest_component_share",
        title: { nl: "In het grootste deel", en: "In the largest part" },
        value: s.components.largest_share,
        format: "percent",
        explanation: {
          nl: "Aandeel van alle organisaties dat via partners met elkaar verbonden is in het grootste deel.",
          en: "Share of all organisations connected through partners in the largest part.",
        },
      },
      {
        id: "isolates",
        title: { nl: "Zonder relatie", en: "Without relations" },
        value: s.components.isolates.length,
        format: "integer",
        explanation: {
          nl: "Organisaties zonder enige relatie in de inventaris.",
          en: "Organisations without any relation in the inventory.",
        },
      },
    );
  }
  const cross = s.cross_sector?.orgs_with_cross_sector_tie_share;
  if (cross !== undefined && cross !== null)
    figures.push({
      id: "cross_sector_share",
      title: { nl: "Met partner in andere sector", en: "With a partner in another sector" },
      value: cross,
      format: "percent",
      explanation: {
        nl: "Aandeel van de organisaties met een gekende sector en minstens één relatie dat een partner heeft in een andere sector (niet alleen formeel ↔ non-formeel).",
        en: "Share of the organisations with a known sector and at least one relation that have a partner in any other sector (not only formal ↔ non-formal).",
      },
    });
  return figures;
}
