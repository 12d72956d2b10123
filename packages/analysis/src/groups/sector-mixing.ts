/**
 * The sector mixing matrix: ties between (and within) sectors on the simple undirected view, with
 * the Krackhardt-Stern E-I index over the sectors and its value under random mixing. Sectors come
 * in core's SECTORS order, then any other sector text alphabetically; organisations without a
 * sector and their ties are left out. Used by the report's "mixing" chart.
 */
import { SECTORS } from "@ecolens/core";
import type Graph from "graphology";
import { buildView } from "../view/graph-view.ts";
import { eiIndex, tieList } from "./ei-index.ts";
import { groupsFromAttribute } from "./vertex-groups.ts";

export interface SectorMixing {
  /** Sector codes in display order. */
  groups: string[];
  /** counts[i][j] = ties between sector i and sector j: symmetric, each tie once in [i][j] and [j][i]. */
  counts: number[][];
  /** E-I index over the sectors (-1 all internal .. +1 all external). */
  ei: number | null;
  /** E-I expected under random mixing for these sector sizes. */
  eiExpected: number | null;
}

function sectorOrder(present: ReadonlySet<string>): string[] {
  const known = SECTORS as readonly string[];
  return [...known.filter((s) => present.has(s)), ...[...present].filter((s) => !known.includes(s)).sort()];
}

/** The mixing matrix, or undefined when no organisation has a sector or there are no ties. */
export function sectorMixing(graph: Graph): SectorMixing | undefined {
  const view = buildView(graph, { directed: false, getEdgeWeight: null });
  const groups = groupsFromAttribute(graph, view, "sector");
  const present = new Set(groups.filter((g): g is string => g !== null));
  if (present.size === 0 || view.m === 0) return undefined;
  const order = sectorOrder(present);
  const at = new Map(order.map((s, i) => [s, i]));
  const counts = order.map(() => order.map(() => 0));
  for (const [u, v] of tieList(view)) {
    const a = groups[u];
    const b = groups[v];
    if (a === null || b === null) continue;
    const i = at.get(a) as number;
    const j = at.get(b) as number;
    counts[i][j]++;
    if (i !== j) counts[j][i]++;
  }
  const ei = eiIndex(view, groups);
  return { groups: order, counts, ei: ei.whole.ei, eiExpected: ei.expected_random_mixing.ei };
}
