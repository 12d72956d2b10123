/**
 * The HTML report of a network: builds the report model (with progress on stderr) and renders the
 * self-contained page. Shared by the report, view and start commands.
 */
import type { EcoNetwork, Lang, Text } from "@ecolens/core";
import { buildReportModel, type RoundsInput } from "@ecolens/report";
import { renderReportHtml } from "@ecolens/viz";
import { MESSAGES, type MessageCode, msg } from "../messages/index.ts";
import { cachedLayout, cachedLayoutOnThread } from "./layout-cache.ts";
import { createProgress } from "./progress.ts";

/** A step of buildReportModel in words (messages/report.ts); an unknown step as it is. */
function reportStep(step: string, lang: Lang): string {
  const code = `report.step.${step}`;
  return Object.hasOwn(MESSAGES, code) ? msg(code as MessageCode, lang) : step;
}

/** Builds the model and renders the page (shared by report, view and start). */
export async function buildReportHtml(
  network: EcoNetwork,
  lang: Lang,
  options: {
    seed: number;
    title?: string;
    name?: string;
    rounds?: RoundsInput;
    scope?: Text | null;
    quiet?: boolean;
  },
): Promise<{ html: string; model: Awaited<ReturnType<typeof buildReportModel>> }> {
  const progress = createProgress({ lang, quiet: options.quiet });
  const model = await buildReportModel(network, lang, {
    seed: options.seed,
    rounds: options.rounds,
    layout: cachedLayout,
    // Large networks lay out on a worker thread while the analysis runs (layout-worker.ts).
    backgroundLayout: (graph, seed) => cachedLayoutOnThread(graph, seed),
    onStep: (step) => progress.step(reportStep(step, lang)),
  });
  // The graph name of an inventory is its list of files: a short name reads better on the page.
  if (options.name) model.meta.name = options.name;
  if (options.scope) model.meta.scope = options.scope;
  progress.step(msg("progress.writing_report", lang));
  const html = await renderReportHtml(model, { lang, title: options.title });
  progress.done();
  return { html, model };
}
