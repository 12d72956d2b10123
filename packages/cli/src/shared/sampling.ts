/**
 * `analyse` on a large network: from LARGE_TIES ties (distinct pairs) on, exact all-pairs metrics
 * take minutes, so the all-pairs metrics are estimated from DEFAULT_SAMPLE seeded random sources:
 * betweenness (Brandes & Pich 2007) and, with unweighted distances, closeness and harmonic
 * centrality (Eppstein & Wang 2004); path lengths and centralization, which need every pair, are
 * left out. `--exact` asks for all pairs; `--sample k` samples k sources at any size. The choice
 * and its error are stated in the output: a note on the terminal, `meta.sampling` in JSON.
 */
import { metricIds } from "@ecolens/analysis";
import type { Lang } from "@ecolens/core";
import { formatNumber } from "../messages/format.ts";
import { msg, msgText } from "../messages/index.ts";
import { UsageError } from "./errors.ts";

export const LARGE_TIES = 100_000;
export const DEFAULT_SAMPLE = 500;
/** Metrics that can be estimated from sampled sources (closeness and harmonic: unweighted only). */
const SAMPLED_DISTANCE_METRICS = ["closeness", "harmonic"];
/** Metrics whose exact values need every pair, and that a sample cannot give. */
const EXACT_ONLY = ["paths", "centralization"];

export interface Sampling {
  /** Sources the estimates rest on, of `organisations`. */
  sources: number;
  organisations: number;
  ties: number;
  /** Why: chosen by the size of the network ("default") or asked for with --sample. */
  reason: "default" | "sample";
  /** The metrics estimated from the sample. */
  estimated: string[];
  /** Betweenness: the error of the estimated total, about 1/sqrt(sources); single values vary more. */
  betweenness_relative_error: number | null;
  /**
   * Closeness and harmonic centrality: measured on the sample, the median relative standard error
   * of an organisation's distance sum (filled in after the analysis).
   */
  closeness_relative_error: number | null;
  /** Metrics left out because they need every pair. */
  omitted: string[];
}

export interface SamplingChoice {
  sampleSources?: number;
  sampleCloseness?: boolean;
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
  options: { sample?: number; exact?: boolean; metrics?: string[]; distance?: string },
  largeTies = LARGE_TIES,
): SamplingChoice {
  const n = graph.order;
  if (options.exact && options.sample !== undefined) throw new UsageError(msgText("sampling.exclusive"));
  if (options.exact) return { metrics: options.metrics, sampling: null };
  const ties = tieCount(graph);
  const reason = options.sample !== undefined ? "sample" : ties >= largeTies ? "default" : null;
  const k = Math.min(n, options.sample ?? DEFAULT_SAMPLE);
  // A sample as large as the network is the exact computation, and cheap enough to do.
  if (reason === null || k >= n) return { metrics: options.metrics, sampling: null };
  const wanted = options.metrics ?? metricIds();
  const unweighted = (options.distance ?? "none") === "none";
  const distanceEstimates = unweighted ? SAMPLED_DISTANCE_METRICS.filter((id) => wanted.includes(id)) : [];
  const estimated = [...(wanted.includes("betweenness") ? ["betweenness"] : []), ...distanceEstimates];
  const omitted = [...(unweighted ? [] : SAMPLED_DISTANCE_METRICS), ...EXACT_ONLY].filter((id) =>
    wanted.includes(id),
  );
  if (estimated.length === 0 && omitted.length === 0) return { metrics: options.metrics, sampling: null };
  return {
    sampleSources: k,
    sampleCloseness: distanceEstimates.length > 0,
    metrics: omitted.length > 0 ? wanted.filter((id) => !omitted.includes(id)) : options.metrics,
    sampling: {
      sources: k,
      organisations: n,
      ties,
      reason,
      estimated,
      betweenness_relative_error: estimated.includes("betweenness") ? round4(1 / Math.sqrt(k)) : null,
      closeness_relative_error: null,
      omitted,
    },
  };
}

export const round4 = (x: number) => Number(x.toFixed(4));

/** The terminal note under the analysis, or "" when nothing was estimated. */
export function samplingNote(sampling: Sampling | null, lang: Lang): string {
  if (!sampling) return "";
  const { sources, organisations, ties, estimated, omitted } = sampling;
  const nf = (x: number) => formatNumber(x, lang);
  const pct = (x: number) => `${formatNumber(x * 100, lang, 1)}%`;
  const lines: string[] = [];
  if (estimated.length > 0)
    lines.push(
      msg("sampling.estimated", lang, {
        shown: nf(sources),
        total: nf(organisations),
        list: estimated.join(", "),
      }),
    );
  if (sampling.betweenness_relative_error !== null)
    lines.push(msg("sampling.betweenness", lang, { share: pct(sampling.betweenness_relative_error) }));
  if (sampling.closeness_relative_error !== null)
    lines.push(msg("sampling.closeness", lang, { share: pct(sampling.closeness_relative_error) }));
  if (omitted.length > 0) lines.push(msg("sampling.omitted", lang, { list: omitted.join(", ") }));
  if (sampling.reason === "default")
    lines.push(msg("sampling.default", lang, { n: nf(ties), m: nf(LARGE_TIES) }));
  return `\n${lines.join("\n")}\n`;
}
