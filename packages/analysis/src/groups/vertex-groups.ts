/**
 * Group labels per vertex for the group metrics (brokerage, E-I, assortativity, partition
 * modularity). A label of null means "outside the grouping": E-I, assortativity and modularity
 * leave such nodes (and their ties) out; brokerage puts them together in one extra group.
 *
 * Inventory groupings (inventory-format.md §4.6 B):
 * - "formal_split": formal (formal_education) vs non_formal_informal (non_formal,
 *   informal_community, care_welfare, business); government, intermediaries and organisations
 *   without a sector are null (handled separately, not counted on either side).
 * - "sector": the sector as is; a missing sector is null.
 * A node without a sector falls back to the sector of its `org_type` (core's orgTypeDefaults), as
 * the by-place view and the diff do: GEXF/GraphML files often carry the type but not the sector.
 */
import { formalSideOfSector, orgTypeDefaults } from "@ecolens/core";
import type Graph from "graphology";
import type { GraphView } from "../view/graph-view.ts";

export type VertexGroups = readonly (string | null)[];
export type InventoryGrouping = "formal_split" | "sector";
/** The inventory grouping when none is asked for: formal education versus non-formal/informal. */
export const DEFAULT_GROUPING: InventoryGrouping = "formal_split";

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

/** The value of a node attribute as group label per vertex of the view ("" and missing -> null). */
export function groupsFromAttribute(graph: Graph, view: GraphView, attribute: string): VertexGroups {
  return view.ids.map((id) => text(graph.getNodeAttribute(id, attribute)));
}

/** Inventory grouping by sector: the two-way formal split (default) or the sector itself. */
export function sectorGroups(
  graph: Graph,
  view: GraphView,
  grouping: InventoryGrouping = DEFAULT_GROUPING,
): VertexGroups {
  const sectors = view.ids.map(
    (id) =>
      text(graph.getNodeAttribute(id, "sector")) ??
      orgTypeDefaults(text(graph.getNodeAttribute(id, "org_type"))).sector ??
      null,
  );
  if (grouping === "sector") return sectors;
  return sectors.map((s) => formalSideOfSector(s ?? undefined));
}

export interface GroupingChoice {
  /** A node attribute to group by (research data); wins over `grouping`. */
  attribute?: string | null;
  /** Inventory grouping when no attribute is given. Default "formal_split". */
  grouping?: InventoryGrouping;
}

/**
 * The groups the registry options ask for, with a name for reports: `attribute:<name>`,
 * `formal_split` or `sector`.
 */
export function resolveGroups(
  graph: Graph,
  view: GraphView,
  choice: GroupingChoice = {},
): { groups: VertexGroups; grouping: string } {
  if (choice.attribute) {
    return {
      groups: groupsFromAttribute(graph, view, choice.attribute),
      grouping: `attribute:${choice.attribute}`,
    };
  }
  const grouping = choice.grouping ?? DEFAULT_GROUPING;
  return { groups: sectorGroups(graph, view, grouping), grouping };
}
