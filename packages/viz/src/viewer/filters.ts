/** Filter state and the set of nodes it keeps (computed on change, never inside a reducer). */
import type { ViewerNode } from "./decode.ts";

export const FILTER_FIELDS = [
  "municipality",
  "sector",
  "org_type",
  "theme",
  "target_group",
  "relation_type",
  "barrier_type",
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterState = Record<FilterField, string>;

export function emptyFilters(): FilterState {
  return {
    municipality: "",
    sector: "",
    org_type: "",
    theme: "",
    target_group: "",
    relation_type: "",
    barrier_type: "",
  };
}

export function nodeMatches(node: ViewerNode, f: FilterState): boolean {
  if (f.municipality && node.municipality !== f.municipality) return false;
  if (f.sector && node.sector !== f.sector) return false;
  if (f.org_type && node.org_type !== f.org_type) return false;
  if (f.theme && !node.themes.includes(f.theme)) return false;
  if (f.target_group && !node.target_groups.includes(f.target_group)) return false;
  if (f.barrier_type && !node.barriers.some((b) => b.barrier_type === f.barrier_type)) return false;
  return true;
}

/** Graph keys (node indices) of the nodes kept; null when no node filter is set. */
export function visibleNodes(nodes: readonly ViewerNode[], f: FilterState): Set<string> | null {
  const active = FILTER_FIELDS.some((k) => k !== "relation_type" && f[k] !== "");
  if (!active) return null;
  const out = new Set<string>();
  for (const n of nodes) if (nodeMatches(n, f)) out.add(String(n.index));
  return out;
}
