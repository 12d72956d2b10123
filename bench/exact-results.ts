/**
 * What the separate exact-betweenness runs (`bench:exact`, bench/exact-betweenness.ts) left in
 * bench/tmp/, folded into a bench report: the measured times and the error of ecolens's sampled
 * estimates against the exact values. Used by run.ts and rerender.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { estimateError } from "./agreement.ts";
import { TMP_DIR } from "./data.ts";

export const exactResultFile = (tool: string, size: string) => `${TMP_DIR}${tool}-${size}-betweenness.json`;

/** A tool's exact run at this size without its per-vertex values, or null when there is none. */
export function measuredExact(tool: string, size: string): Record<string, unknown> | null {
  const file = exactResultFile(tool, size);
  if (!existsSync(file)) return null;
  const { values: _v, sampled: _s, ...rest } = JSON.parse(readFileSync(file, "utf8"));
  return rest;
}

/**
 * Errors of ecolens's sampled estimates (`betweenness_k`, `betweenness_sampled`) against exact
 * values: ecolens's own from the same run when it had them, else igraph's separate exact run.
 */
export function samplingErrors(
  size: string,
  eco: Record<string, Record<string, number>>,
): Record<string, unknown> {
  const file = exactResultFile("igraph", size);
  const exact = eco.betweenness ?? (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).values : null);
  const out: Record<string, unknown> = {};
  if (!exact) return out;
  if (eco.betweenness_k) out.k_option = estimateError(eco.betweenness_k, exact);
  if (eco.betweenness_sampled) out.bench_sample = estimateError(eco.betweenness_sampled, exact);
  if (!eco.betweenness) out.exact_from = `bench/tmp/igraph-${size}-betweenness.json`;
  return out;
}
