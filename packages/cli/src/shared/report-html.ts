/**
 * The HTML report of a network: builds the report model (with progress on stderr) and renders the
 * self-contained page. Shared by the report, view and start commands.
 */
import type { EcoNetwork, Lang, Text } from "@ecolens/core";
import { buildReportModel, type RoundsInput } from "@ecolens/report";
import { renderReportHtml } from "@ecolens/viz";
import { cachedLayout, cachedLayoutOnThread } from "./layout-cache.ts";
import { createProgress } from "./progress.ts";

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
  const steps: Record<string, { nl: string; en: string }> = {
    analyse: { nl: "netwerk analyseren", en: "analysing the network" },
    clusters: { nl: "clusters zoeken", en: "finding clusters" },
    layout: { nl: "kaart schikken", en: "laying out the map" },
    gaps: { nl: "hiaten zoeken", en: "finding gaps" },
    suggestions: { nl: "verbindingen voorstellen", en: "suggesting links" },
    resilience: { nl: "kritieke partners", en: "critical partners" },
    paths: { nl: "leerpaden", en: "learning paths" },
    changes: { nl: "rondes vergelijken", en: "comparing rounds" },
  };
  const model = await buildReportModel(network, lang, {
    seed: options.seed,
    rounds: options.rounds,
    layout: cachedLayout,
    // Large networks lay out on a worker thread while the analysis runs (layout-worker.ts).
    backgroundLayout: (graph, seed) => cachedLayoutOnThread(graph, seed),
    onStep: (step) => progress.step(steps[step]?.[lang] ?? step),
  });
  // The graph name of an inventory is its list of files: a short name reads better on the page.
  if (options.name) model.meta.name = options.name;
  if (options.scope) model.meta.scope = options.scope;
  progress.step(lang === "nl" ? "rapport schrijven" : "writing the report");
  const html = await renderReportHtml(model, { lang, title: options.title });
  progress.done();
  return { html, model };
}
