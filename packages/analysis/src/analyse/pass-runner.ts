/**
 * Runs the registry's metrics: the plan (the shared passes the requested descriptors name, with
 * what those read), each pass at most once, and each descriptor's values placed where its
 * `placement` says. A descriptor reading a pass it did not name, or returning a key that is not
 * one of its outputs, is a programming error and throws (so the registry stays the truth).
 */

import {
  type AnalyseMetric,
  type MetricContext,
  PASSES,
  type PassEnv,
  type PassId,
  type PassResults,
  passClosure,
} from "../registry/index.ts";
import type { MetricValues } from "../registry/result-types.ts";

/** The shared passes the given metrics need, in the order they run. */
export function planPasses(metrics: readonly AnalyseMetric[]): PassId[] {
  return passClosure(metrics.flatMap((m) => m.passes));
}

export interface PassRunner {
  get<P extends PassId>(id: P): PassResults[P];
  /** A pass's result if it has run, else undefined (never runs it). */
  peek<P extends PassId>(id: P): PassResults[P] | undefined;
}

/** Memoised passes over one network; `onPass` hears each pass the first (and only) time it runs. */
export function createPassRunner(
  env: PassEnv,
  plan: readonly PassId[],
  onPass?: (id: PassId) => void,
): PassRunner {
  const done = new Map<PassId, unknown>();
  const allowed = new Set(plan);
  const get = <P extends PassId>(id: P): PassResults[P] => {
    if (done.has(id)) return done.get(id) as PassResults[P];
    if (!allowed.has(id))
      throw new Error(`@ecolens/analysis: pass '${id}' is not in the plan (${plan.join(", ")})`);
    const value = PASSES[id].run(env, get);
    onPass?.(id);
    done.set(id, value);
    return value;
  };
  return { get, peek: <P extends PassId>(id: P) => done.get(id) as PassResults[P] | undefined };
}

/** Runs one descriptor with a context that only hands out the passes it named. */
export function computeMetric(
  metric: AnalyseMetric,
  base: Omit<MetricContext, "pass">,
  runner: PassRunner,
): MetricValues {
  const mine = new Set(passClosure(metric.passes));
  const pass = <P extends PassId>(id: P): PassResults[P] => {
    if (!mine.has(id))
      throw new Error(
        `@ecolens/analysis: metric '${metric.id}' reads pass '${id}' without naming it in 'passes'`,
      );
    return runner.get(id);
  };
  const values = metric.compute({ ...base, pass });
  checkKeys(metric, values);
  return values;
}

/** Every key a descriptor returns must be one of its outputs, in the section its placement names. */
function checkKeys(metric: AnalyseMetric, values: MetricValues): void {
  const keys = metric.outputs.map((o) => o.key);
  const declared = (key: string) => keys.some((k) => k === key || k.startsWith(`${key}.`));
  const { placement } = metric;
  const returned: Array<[string, string]> = [
    ...Object.keys(values.columns ?? {}).map((k) => ["nodes", k] as [string, string]),
    ...Object.keys(values.byId ?? {}).map((k) => ["nodes", k] as [string, string]),
    ...Object.keys(values.summary ?? {}).map((k) => ["summary", k] as [string, string]),
    ...Object.keys(values.groups ?? {}).map((k) => ["groups", k] as [string, string]),
  ];
  for (const [section, key] of returned) {
    const ok =
      section === placement.section &&
      (placement.section === "groups"
        ? key === metric.id
        : placement.section === "summary" && placement.under !== undefined
          ? key === placement.under
          : declared(key));
    if (!ok)
      throw new Error(
        `@ecolens/analysis: metric '${metric.id}' returned ${section}.${key}, which is not among its outputs`,
      );
  }
}
