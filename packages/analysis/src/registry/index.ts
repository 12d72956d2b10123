/**
 * The metric registry: one descriptor per metric, the single source of the CLI's `--metrics`
 * help, the keys of `analyse --json`, the report's glossary and docs/metrics.md
 * (scripts/docs/metrics.ts). The descriptors in ANALYSE_METRICS also compute: each names the
 * shared passes it reads, computes its values and says where they land (docs/adding-a-metric.md).
 */
import { CORE_METRICS } from "./core-metrics.ts";
import { GAP_METRICS } from "./gap-metrics.ts";
import { GROUP_METRICS } from "./group-metrics.ts";
import type { AnalyseMetric, MetricDescriptor } from "./types.ts";

export * from "./broker-metrics.ts";
export * from "./core-metrics.ts";
export * from "./gap-metrics.ts";
export * from "./group-metrics.ts";
export * from "./passes.ts";
export * from "./result-fields.ts";
export type * from "./result-types.ts";
export type * from "./types.ts";

/** The metrics `analyseNetwork` / `ecolens analyse --metrics` compute; the others have their own commands. */
export const ANALYSE_METRICS: readonly AnalyseMetric[] = [...CORE_METRICS, ...GROUP_METRICS];

/** Every metric ecolens documents (analyse, clusters, gaps, links, resilience). */
export const METRICS: readonly MetricDescriptor[] = [...ANALYSE_METRICS, ...GAP_METRICS];

const BY_ID = new Map<string, MetricDescriptor>(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDescriptor | undefined {
  return BY_ID.get(id);
}

/** The computing descriptor of an `analyse` metric id. */
export function getAnalyseMetric(id: string): AnalyseMetric | undefined {
  return ANALYSE_METRICS.find((m) => m.id === id);
}

/** Ids accepted by `analyseNetwork({metrics})` and `ecolens analyse --metrics`. */
export function metricIds(): string[] {
  return ANALYSE_METRICS.map((m) => m.id);
}

/**
 * Adds a computing descriptor after the others, for this process (an extension point: a
 * plug-in or a test adds a metric without editing the lists above). Its id must be new.
 */
export function registerMetric(metric: AnalyseMetric): void {
  if (BY_ID.has(metric.id))
    throw new RangeError(`@ecolens/analysis registerMetric: id '${metric.id}' is taken`);
  (ANALYSE_METRICS as AnalyseMetric[]).push(metric);
  (METRICS as MetricDescriptor[]).splice(ANALYSE_METRICS.length - 1, 0, metric);
  BY_ID.set(metric.id, metric);
}
