/**
 * The metric registry: one descriptor per metric, the single source of the CLI's `--metrics`
 * help, the keys of `analyse --json` and docs/metrics.md (scripts/docs/metrics.ts).
 */
import { CORE_METRICS } from "./core-metrics.ts";
import { GAP_METRICS } from "./gap-metrics.ts";
import { GROUP_METRICS } from "./group-metrics.ts";
import type { MetricDescriptor } from "./types.ts";

export * from "./core-metrics.ts";
export * from "./gap-metrics.ts";
export * from "./group-metrics.ts";
export type * from "./types.ts";

/** Every metric ecolens documents (analyse, clusters, gaps, links, resilience). */
export const METRICS: readonly MetricDescriptor[] = [...CORE_METRICS, ...GROUP_METRICS, ...GAP_METRICS];

/** The metrics `analyseNetwork` / `ecolens analyse --metrics` compute; the others have their own commands. */
export const ANALYSE_METRICS: readonly MetricDescriptor[] = [...CORE_METRICS, ...GROUP_METRICS];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDescriptor | undefined {
  return BY_ID.get(id);
}

/** Ids accepted by `analyseNetwork({metrics})` and `ecolens analyse --metrics`. */
export function metricIds(): string[] {
  return ANALYSE_METRICS.map((m) => m.id);
}
