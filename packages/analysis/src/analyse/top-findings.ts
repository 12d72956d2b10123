/**
 * Short lists for people: the brokers (highest betweenness), the most central (most partners) and
 * the single points of failure (cut vertices, by how many organisations they would cut off).
 * Ties broken by id, so the lists are stable.
 */
import { compareIds } from "../view/graph-view.ts";
import type { NodeMetrics, TopEntry, TopFindings } from "./types.ts";

export const TOP_SIZE = 5;

function topBy(
  nodes: Record<string, NodeMetrics>,
  labels: ReadonlyMap<string, string>,
  key: string,
  size: number,
): TopEntry[] {
  const entries: TopEntry[] = [];
  for (const id of Object.keys(nodes)) {
    const value = nodes[id][key];
    if (typeof value === "number" && value > 0) entries.push({ id, label: labels.get(id) ?? id, value });
  }
  return entries.sort((a, b) => b.value - a.value || compareIds(a.id, b.id)).slice(0, size);
}

export function topFindings(
  nodes: Record<string, NodeMetrics>,
  labels: ReadonlyMap<string, string>,
  cutOff: Record<string, number> | undefined,
  size = TOP_SIZE,
): TopFindings {
  const spof: TopEntry[] = Object.entries(cutOff ?? {})
    .map(([id, value]) => ({ id, label: labels.get(id) ?? id, value }))
    .sort((a, b) => b.value - a.value || compareIds(a.id, b.id))
    .slice(0, size);
  return {
    brokers: topBy(nodes, labels, "betweenness_normalized", size),
    most_central: topBy(nodes, labels, "degree", size),
    single_points_of_failure: spof,
  };
}
