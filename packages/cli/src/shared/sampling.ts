/**
 * `analyse` on a large network: from LARGE_TIES ties (distinct pairs) on, exact all-pairs metrics
 * take minutes, so betweenness is estimated from DEFAULT_SAMPLE seeded random sources (Brandes &
 * Pich 2007) and the metrics that need every pair (closeness, harmonic centrality, path lengths,
 * centralization) are left out, unless `--exact` asks for all pairs. `--sample k` chooses k at any
 * size. The choice is stated in the output: a note on the terminal, `meta.sampling` in JSON.
 */
import { metricIds } from "@ecolens/analysis";
import type { Lang } from "@ecolens/core";
import { UsageError } from "./errors.ts";

export const LARGE_TIES = 100_000;
export const DEFAULT_SAMPLE = 500;
/** Metrics that need a pass from every source (betweenness can be sampled instead). */
export const ALL_PAIRS_ONLY = ["closeness", "harmonic", "paths", "centralization"];

export interface Sampling {
  /** Sources behind the betweenness estimate, of `organisations`. */
  sources: number;
  organisations: number;
  ties: number;
  /** Why: chosen by the size of the network ("default") or asked for with --sample. */
  reason: "default" | "sample";
  /** Rough relative error of the estimate, 1/sqrt(sources) (of the total; single values vary more). */
  relative_error: number;
  /** Metrics left out because they need every pair. */
  omitted: string[];
}

export interface SamplingChoice {
  sampleSources?: number;
  metrics?: string[];
  sampling: Sampling | null;
}

/** Distinct pairs of organisations with at least one relation (parallel relations count once). */
export function tieCount(graph: {
  forEachNode(cb: (node: string) => void): void;
  neighbors(node: string): string[];
}): number {
  let ends = 0;
  graph.forEachNode((node) => {
    for (const other of graph.neighbors(node)) if (other !== node) ends++;
  });
  return ends / 2;
}

export function chooseSampling(
  graph: Parameters<typeof tieCount>[0] & { order: number },
  options: { sample?: number; exact?: boolean; metrics?: string[] },
  largeTies = LARGE_TIES,
): SamplingChoice {
  const n = graph.order;
  if (options.exact && options.sample !== undefined)
    throw new UsageError({
      nl: "--exact en --sample sluiten elkaar uit: kies één van beide",
      en: "--exact and --sample exclude each other: choose one",
    });
  if (options.exact) return { metrics: options.metrics, sampling: null };
  const ties = tieCount(graph);
  const reason = options.sample !== undefined ? "sample" : ties >= largeTies ? "default" : null;
  const k = Math.min(n, options.sample ?? DEFAULT_SAMPLE);
  // A sample as large as the network is the exact computation, and cheap enough to do.
  if (reason === null || k >= n) return { metrics: options.metrics, sampling: null };
  const wanted = options.metrics ?? metricIds();
  const omitted = reason === "default" ? ALL_PAIRS_ONLY.filter((id) => wanted.includes(id)) : [];
  if (!wanted.includes("betweenness") && omitted.length === 0)
    return { metrics: options.metrics, sampling: null };
  return {
    sampleSources: k,
    metrics: omitted.length > 0 ? wanted.filter((id) => !omitted.includes(id)) : options.metrics,
    sampling: {
      sources: wanted.includes("betweenness") ? k : 0,
      organisations: n,
      ties,
      reason,
      relative_error: Number((1 / Math.sqrt(k)).toFixed(4)),
      omitted,
    },
  };
}

/** The terminal note under the analysis, or "" when nothing was estimated. */
export function samplingNote(sampling: Sampling | null, lang: Lang): string {
  if (!sampling) return "";
  const { sources, organisations, ties, relative_error: error } = sampling;
  const pct = `${(error * 100).toFixed(1)}%`;
  const nf = (x: number) => x.toLocaleString(lang === "nl" ? "nl-BE" : "en-GB");
  const lines: string[] = [];
  if (sources > 0)
    lines.push(
      lang === "nl"
        ? `Tussenpositie geschat uit ${nf(sources)} van ${nf(organisations)} organisaties als bron (steekproef, Brandes & Pich 2007): fout ongeveer ${pct} van het totaal, losse waarden wijken meer af.`
        : `Betweenness estimated from ${nf(sources)} of ${nf(organisations)} organisations as sources (a sample, Brandes & Pich 2007): error about ${pct} of the total; single values vary more.`,
    );
  if (sampling.reason === "default")
    lines.push(
      lang === "nl"
        ? `Gekozen omdat het netwerk ${nf(ties)} banden heeft (vanaf ${nf(LARGE_TIES)}).${sampling.omitted.length ? ` Weggelaten, want ze vragen alle paren: ${sampling.omitted.join(", ")}.` : ""} --exact rekent alle paren.`
        : `Chosen because the network has ${nf(ties)} ties (from ${nf(LARGE_TIES)} on).${sampling.omitted.length ? ` Left out, as they need every pair: ${sampling.omitted.join(", ")}.` : ""} --exact computes all pairs.`,
    );
  return `\n${lines.join("\n")}\n`;
}
