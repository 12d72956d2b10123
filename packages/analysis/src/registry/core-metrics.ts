/**
 * Registry descriptors of the metric engine's whole-network and per-organisation metrics
 * (Analysis I part 1), in registry order. Each descriptor computes its own values.
 */
import { NETWORK_METRICS } from "./network-metrics.ts";
import { NODE_METRICS } from "./node-metrics.ts";
import type { AnalyseMetric } from "./types.ts";

export const CORE_METRICS: AnalyseMetric[] = [...NETWORK_METRICS, ...NODE_METRICS];
