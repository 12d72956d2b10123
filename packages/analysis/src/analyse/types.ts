/**
 * The shape of `analyseNetwork`'s result and of `ecolens analyse --json` (docs/analyse-json.md).
 * The summary, node and group types live with the descriptors that fill them
 * (registry/result-types.ts).
 */
import type { WeightMode } from "../engine/lengths.ts";
import type { PassId, PrecomputedPasses } from "../registry/passes.ts";
import type { GroupResults, NetworkSummary, NodeMetrics } from "../registry/result-types.ts";

export type { PrecomputedPasses } from "../registry/passes.ts";
export type * from "../registry/result-types.ts";

export interface AnalyseOptions {
  /** Registry ids to compute (default: all). Unknown ids throw a RangeError naming them. */
  metrics?: string[];
  /** Node attribute for the group metrics (default: the formal / non-formal-informal split). */
  groupBy?: string;
  /**
   * Length of a tie for betweenness, closeness, harmonic and path lengths: "none" (every tie one
   * step, the default), "inverse" (1/strength: strong ties are short) or "weight" (the weight is
   * already a distance, as in networkx's `weight=`).
   */
  distance?: WeightMode;
  /** Seed for permutation tests and other random steps. Default DEFAULT_SEED (core). */
  seed?: number;
  onProgress?: (step: string, done: number, total: number) => void;
  /**
   * The all-pairs passes, already computed (by `analyseNetworkAsync` on worker threads, or
   * sampled). Must come from the same network and `distance`.
   */
  precomputed?: PrecomputedPasses;
  /** Called once for each shared pass this call runs (a trace: which passes the metrics needed). */
  onPass?: (pass: PassId) => void;
}

export interface TopEntry {
  id: string;
  label: string;
  value: number;
}

export interface TopFindings {
  /** Highest normalised betweenness (> 0). */
  brokers: TopEntry[];
  /** Most partners (degree). */
  most_central: TopEntry[];
  /** Articulation points; value = organisations they would cut off. */
  single_points_of_failure: TopEntry[];
}

export interface AnalysisResult {
  meta: {
    /** Registry ids computed, in registry order. */
    metrics: string[];
    directed: boolean;
    weighted: boolean;
    group_by: string | null;
    /** How tie strength became path length ("none" = every tie one step). */
    distance: WeightMode;
    /** Betweenness estimated from this many sampled sources; null = exact. */
    betweenness_sources: number | null;
    seed: number;
  };
  summary: NetworkSummary;
  /** Per organisation (ids sorted): metric key -> value (null = undefined, e.g. constraint of an isolate). */
  nodes: Record<string, NodeMetrics>;
  /** Group-level results (E-I index, brokerage, by place...), keyed by registry id. */
  groups: GroupResults;
  top: TopFindings;
}
