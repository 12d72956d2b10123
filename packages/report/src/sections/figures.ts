/**
 * The headline figures of the report ("the network in figures"): one definition each, with a
 * one-line explanation beside every value. Relations (as entered) and ties (pairs of organisations
 * with at least one relation) are two different counts and both are shown, each saying what it is.
 */
import { type AnalysisResult, METRICS } from "@ecolens/analysis";
import type { Text } from "@ecolens/core";
import type { ReportFigure } from "@ecolens/viz";
import { msg } from "../messages.ts";

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

/** Density as "x in 1,000 possible pairs", so the small number means something where it stands. */
function densityLine(density: number): Text {
  const per = density >= 0.1 ? 100 : 1000;
  const count = Math.round(density * per);
  const line = msg("figure.density.pairs", { registry: registryLine("density") ?? "", count, per });
  return { nl: line.nl.trim(), en: line.en.trim() };
}

type Format = ReportFigure["format"];

/** A figure whose title and explanation are the catalogue's `figure.<id>.*`. */
function figure(
  id:
    | "organisations"
    | "relations"
    | "components"
    | "largest_component_share"
    | "isolates"
    | "cross_sector_share",
  value: number | null,
  format: Format,
): ReportFigure {
  return {
    id,
    title: msg(`figure.${id}.title`),
    value,
    format,
    explanation: msg(`figure.${id}.explanation`),
  };
}

function tiesFigure(ties: number, relations: number): ReportFigure {
  return {
    id: "ties",
    title: msg("figure.ties.title"),
    value: ties,
    format: "integer",
    explanation:
      relations === ties
        ? msg("figure.ties.explanation_single")
        : msg("figure.ties.explanation_parallel", { extra: relations - ties }),
  };
}

export function headlineFigures(analysis: AnalysisResult, relations: number): ReportFigure[] {
  const s = analysis.summary;
  const figures: ReportFigure[] = [
    figure("organisations", s.n, "integer"),
    figure("relations", relations, "integer"),
    tiesFigure(s.m, relations),
  ];
  if (s.density !== undefined)
    figures.push({
      id: "density",
      title: msg("figure.density.title"),
      value: s.density,
      explanation: densityLine(s.density),
    });
  if (s.components)
    figures.push(
      figure("components", s.components.count, "integer"),
      figure("largest_component_share", s.components.largest_share, "percent"),
      figure("isolates", s.components.isolates.length, "integer"),
    );
  const cross = s.cross_sector?.orgs_with_cross_sector_tie_share;
  if (cross !== undefined && cross !== null) figures.push(figure("cross_sector_share", cross, "percent"));
  return figures;
}
