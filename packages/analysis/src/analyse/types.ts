/** The shape of `analyseNetwork`'s result and of `ecolens analyse --json` (docs/analyse-json.md). */
import type { WeightMode } from "../engine/lengths.ts";
import type { ArticulationResult } from "../network/articulation.ts";
import type { CentralizationResult, SnaCentralizationResult } from "../network/centralization.ts";
import type { ComponentsResult } from "../network/components.ts";
import type { DensityResult } from "../network/density.ts";
import type { StrongComponentsResult } from "../network/strong-components.ts";
import type { DistanceSums } from "../paths/distance-sums.ts";
import type { PathStats } from "../paths/path-stats.ts";

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
}

export interface PrecomputedPasses {
  betweenness?: { raw: Float64Array; normalized: Float64Array };
  /** Sources behind `betweenness` when it was estimated from a sample (null/absent = exact). */
  betweennessSources?: number | null;
  /** Distance sums: incoming, outgoing and on the undirected version (the same object when undirected). */
  distances?: { in: DistanceSums; out: DistanceSums; und: DistanceSums };
}

export interface CrossSectorSummary {
  /** Ties between formal education and the non-formal/informal side, of the ties whose two ends have a side. */
  formal_informal_tie_share: number | null;
  /** Ties whose two ends both have a side (government and intermediaries have none). */
  ties_with_known_sides: number;
  /** Organisations with ≥ 1 partner in another sector, of those with a known sector and ≥ 1 tie. */
  orgs_with_cross_sector_tie_share: number | null;
}

export interface NetworkSummary {
  n: number;
  m: number;
  directed: boolean;
  weighted: boolean;
  density?: number;
  density_weighted?: number;
  total_weight?: number;
  density_by_relation_type?: Record<string, DensityResult>;
  components?: ComponentsResult;
  components_strong?: StrongComponentsResult;
  articulation_points?: ArticulationResult["articulation_points"];
  bridges?: ArticulationResult["bridges"];
  transitivity?: number;
  average_clustering?: number | null;
  average_clustering_directed?: number | null;
  average_shortest_path_length?: PathStats["average_shortest_path_length"];
  diameter?: PathStats["diameter"];
  largest_component?: PathStats["largest_component"];
  centralization?: CentralizationResult;
  centralization_sna?: SnaCentralizationResult;
  reciprocity?: number | null;
  mutual_pairs?: number;
  cross_sector?: CrossSectorSummary;
  /** Whole-network outputs of other modules (assortativity, partition modularity, ...). */
  [key: string]: unknown;
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

export type NodeMetrics = Record<string, number | null>;

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
  groups: Record<string, unknown>;
  top: TopFindings;
}
