/**
 * The report: @ecolens/report's model (the CLI's `report`, one engine) rendered by viz into the
 * self-contained page, in the app's language; an earlier round adds "What changed" (the CLI's
 * `report --since`). Loaded by the worker as a chunk of its own (viz, the viewer, the sections).
 */
import { DEFAULT_SEED, type EcoNetwork } from "@ecolens/core";
import { analyseForReport, buildReportModel, type ReportAnalysis } from "@ecolens/report";
import { type Position, renderReportHtml } from "@ecolens/viz";
import type { Code, Lang } from "../i18n/catalogue.ts";
import { layoutInBackground } from "./background-layout.ts";

export { warmLayout } from "./background-layout.ts";

/** Where each step of the report model starts, as a share of the whole run (the layout is awaited last). */
const STEPS: Record<string, [Code, number]> = {
  analyse: ["step.analyse", 0.15],
  clusters: ["step.clusters", 0.5],
  gaps: ["step.gaps", 0.6],
  suggestions: ["step.suggestions", 0.65],
  resilience: ["step.resilience", 0.75],
  paths: ["step.paths", 0.8],
  changes: ["step.changes", 0.85],
  layout: ["step.layout", 0.9],
};

export interface ReportInput {
  network: EcoNetwork;
  analysed: ReportAnalysis;
  lang: Lang;
  /** A short name for the page (the folder the files came from), when there is one. */
  name?: string;
  previous?: { network: EcoNetwork; labels: [string, string] };
  /** The map's layout, started beside the analysis (startLayout). */
  layout: Promise<Map<string, Position>>;
  progress: (step: Code, share: number) => void;
}

/** Starts the map's layout in its own worker; the report model awaits it after the analysis. */
export function startLayout(network: EcoNetwork): Promise<Map<string, Position>> {
  const layout = layoutInBackground(network.graph, DEFAULT_SEED);
  // A failure surfaces where the report model awaits it, not as an unhandled rejection.
  layout.catch(() => {});
  return layout;
}

/** The report's analysis (sampled betweenness from 5,000 organisations on, as the CLI's report). */
export function analyse(network: EcoNetwork): Promise<ReportAnalysis> {
  return analyseForReport(network, DEFAULT_SEED);
}

export async function reportHtml(input: ReportInput): Promise<string> {
  const model = await buildReportModel(input.network, input.lang, {
    seed: DEFAULT_SEED,
    analysis: input.analysed,
    backgroundLayout: () => input.layout,
    rounds: input.previous
      ? { networks: [input.previous.network], labels: [...input.previous.labels] }
      : undefined,
    onStep: (step) => {
      const known = STEPS[step];
      if (known) input.progress(known[0], known[1]);
    },
  });
  if (input.name) model.meta.name = input.name;
  input.progress("step.report", 0.95);
  return renderReportHtml(model, { lang: input.lang });
}
