/**
 * The metric registry: one descriptor per metric, the single source of the CLI's `--metrics`
 * help, the keys of `analyse --json` and docs/metrics.md (scripts/docs/metrics.ts).
 */
import { CORE_METRICS } from "./core-metrics.ts";
import { GROUP_METRICS } from "./group-metrics.ts";
import type { MetricDescriptor } from "./types.ts";

export * from "./core-metrics.ts";
export * from "./group-metrics.ts";
export type * from "./types.ts";

export const METRICS: readonly MetricDescriptor[] = [...CORE_METRICS, ...GROUP_METRICS];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDescriptor | undefined {
  return BY_ID.get(id);
}

export function metricIds(): string[] {
  return METRICS.map((m) => m.id);
}
