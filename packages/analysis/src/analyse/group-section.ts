/**
 * The group-level and brokerage metrics of Analysis I part 2 (structural holes, brokerage, E-I,
 * assortativity, partition modularity, by place), added to an analysis: constraint, effective
 * size and efficiency go under `nodes`; brokerage, E-I and the by-place view under `groups`;
 * assortativity and partition modularity under `summary`.
 *
 * Groups: the node attribute `groupBy` when given, else the inventory's formal / non-formal-
 * informal split of sectors (government and intermediaries outside it).
 */
import type { EcoNetwork } from "@ecolens/core";
import { gouldFernandezBrokerage } from "../brokerage/gould-fernandez.ts";
import { attributeAssortativity, degreeAssortativity } from "../groups/assortativity.ts";
import { eiIndex } from "../groups/ei-index.ts";
import { eiPermutationTest } from "../groups/ei-permutation.ts";
import { partitionModularity } from "../groups/partition-modularity.ts";
import { groupsFromAttribute, sectorGroups, type VertexGroups } from "../groups/vertex-groups.ts";
import { placeOverview } from "../place/place-overview.ts";
import { structuralHoles } from "../structural-holes/structural-holes.ts";
import { buildView, type GraphView } from "../view/graph-view.ts";
import type { NetworkSummary, NodeMetrics } from "./types.ts";

export interface GroupSectionOptions {
  selected: readonly string[];
  groupBy?: string;
  seed: number;
  /** E-I permutation test size (0 = skip). Default 999. */
  permutations?: number;
}

export function groupSection(
  network: EcoNetwork,
  view: GraphView,
  options: GroupSectionOptions,
  nodes: Record<string, NodeMetrics>,
  summary: NetworkSummary,
  groups: Record<string, unknown>,
): void {
  const want = (id: string) => options.selected.includes(id);
  const { graph } = network;
  // Structural holes and brokerage read ties as binary (Borgatti's and sna's conventions).
  const needPlain = want("structural_holes") || want("brokerage");
  const plain = needPlain ? buildView(graph, { getEdgeWeight: null, directed: view.directed }) : view;
  if (want("structural_holes")) {
    const sh = structuralHoles(plain);
    mergeNodeRecords(nodes, {
      constraint: sh.constraint,
      effective_size: sh.effective_size,
      efficiency: sh.efficiency,
    });
    // With tie strengths, also Burt's weighted version (mutual strength as the tie's weight).
    if (view.weighted) {
      const w = structuralHoles(view);
      mergeNodeRecords(nodes, {
        constraint_weighted: w.constraint,
        effective_size_weighted: w.effective_size,
        efficiency_weighted: w.efficiency,
      });
    }
  }
  const needGroups = ["brokerage", "ei_index", "assortativity", "partition_modularity"].some(want);
  if (!needGroups && !want("place")) return;
  const vertexGroups: VertexGroups = options.groupBy
    ? groupsFromAttribute(graph, view, options.groupBy)
    : sectorGroups(graph, view, "formal_split");
  const grouping = options.groupBy ?? "formal_split";
  const anyGroup = vertexGroups.some((g) => g !== null);
  if (want("brokerage") && anyGroup)
    groups.brokerage = { grouping, ...gouldFernandezBrokerage(plain, vertexGroups) };
  if (want("ei_index") && anyGroup)
    groups.ei_index = {
      grouping,
      ...eiIndex(view, vertexGroups),
      permutation: eiPermutationTest(view, vertexGroups, {
        seed: options.seed,
        permutations: options.permutations ?? 999,
      }),
    };
  if (want("assortativity"))
    summary.assortativity = {
      grouping,
      attribute_r: anyGroup ? attributeAssortativity(view, vertexGroups) : null,
      degree_r: degreeAssortativity(view),
    };
  if (want("partition_modularity") && anyGroup)
    summary.partition_modularity = { grouping, ...partitionModularity(view, vertexGroups) };
  if (want("place")) groups.place = placeOverview(network);
}

/** Adds `{key: {id: value}}` maps into the per-node rows. */
export function mergeNodeRecords(
  nodes: Record<string, NodeMetrics>,
  maps: Record<string, Record<string, number | null>>,
): void {
  for (const [key, values] of Object.entries(maps)) {
    for (const id of Object.keys(nodes)) nodes[id][key] = values[id] ?? null;
  }
}
