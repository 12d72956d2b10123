/**
 * Registry descriptors of the metric engine's whole-network and per-organisation metrics
 * (Analysis I part 1), in registry order. analyse/analyse-network.ts maps each id to its computation.
 */
import { NETWORK_METRICS } from "./network-metrics.ts";
import { NODE_METRICS } from "./node-metrics.ts";
import type { MetricDescriptor } from "./types.ts";

export const CORE_METRICS: MetricDescriptor[] = [...NETWORK_METRICS, ...NODE_METRICS];
