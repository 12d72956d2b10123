/**
 * The typed pieces of `analyseNetwork`'s result that the registry's descriptors fill: the
 * per-organisation rows, the whole-network summary and the group results. Every key here is an
 * output of a descriptor (registry/*-metrics.ts) or of the result envelope (result-fields.ts);
 * no index signatures, so callers read them without casts.
 */
import type { BrokerageResult } from "../brokerage/gould-fernandez.ts";
import type { CentralizationResult, SnaCentralizationResult } from "../centrality/centralization.ts";
import type { PathStats } from "../distances/path-stats.ts";
import type { EiIndexResult } from "../groups/ei-index.ts";
import type { EiPermutationResult } from "../groups/ei-permutation.ts";
import type { PartitionModularityResult } from "../groups/partition-modularity.ts";
import type { ArticulationResult } from "../network/articulation.ts";
import type { ComponentsResult } from "../network/components.ts";
import type { CrossSectorSummary } from "../network/cross-sector.ts";
import type { DensityResult } from "../network/density.ts";
import type { StrongComponentsResult } from "../network/strong-components.ts";
import type { PlaceOverview } from "../place/place-overview.ts";

/** Metric key -> value for one organisation (null = undefined, e.g. constraint of an isolate). */
export type NodeMetrics = Record<string, number | null>;

/** The grouping a group result was computed for: an attribute name or "formal_split". */
export interface Grouped {
  grouping: string;
}

export interface AssortativitySummary extends Grouped {
  attribute_r: number | null;
  degree_r: number | null;
}

export type PartitionModularitySummary = Grouped & PartitionModularityResult;

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
  cut_off?: ArticulationResult["cut_off"];
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
  assortativity?: AssortativitySummary;
  partition_modularity?: PartitionModularitySummary;
}

export type BrokerageGroups = Grouped & BrokerageResult;
export type EiIndexGroups = Grouped & EiIndexResult & { permutation: EiPermutationResult };

/** Group-level results, keyed by registry id. */
export interface GroupResults {
  brokerage?: BrokerageGroups;
  ei_index?: EiIndexGroups;
  place?: PlaceOverview;
}

/**
 * What one descriptor's `compute` hands back, by where it lands: `columns` are per-vertex arrays
 * (view order) that become per-organisation keys, `byId` per-organisation maps keyed by id,
 * `summary` and `groups` keys of the result's summary and groups.
 */
export interface MetricValues {
  columns?: Record<string, ArrayLike<number | null>>;
  byId?: Record<string, Record<string, number | null>>;
  summary?: Partial<NetworkSummary>;
  groups?: GroupResults;
}
