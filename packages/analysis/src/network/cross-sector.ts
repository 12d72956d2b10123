/**
 * Does the learning ecosystem bridge school and leisure? The share of ties that cross the formal
 * ↔ non-formal/informal line (core's formalSideOfSector), and the share of organisations with a
 * partner in another sector (metrics.md §3.1 "Coverage"). Simple counts on the view's ties.
 */
import { formalSideOfSector } from "@ecolens/core";
import type Graph from "graphology";
import type { GraphView } from "../view/graph-view.ts";

export interface CrossSectorSummary {
  /** Ties between formal education and the non-formal/informal side, of the ties whose two ends have a side. */
  formal_informal_tie_share: number | null;
  /** Ties whose two ends both have a side (government and intermediaries have none). */
  ties_with_known_sides: number;
  /** Organisations with ≥ 1 partner in another sector, of those with a known sector and ≥ 1 tie. */
  orgs_with_cross_sector_tie_share: number | null;
}

export function crossSectorSummary(graph: Graph, view: GraphView): CrossSectorSummary {
  const { n, outOffsets: off, outTargets: adj, inOffsets: ioff, inTargets: iadj } = view;
  const sector = view.ids.map((id) => {
    const s = graph.getNodeAttribute(id, "sector");
    return typeof s === "string" && s !== "" ? s : null;
  });
  const side = sector.map((s) => (s === null ? null : formalSideOfSector(s)));
  let known = 0;
  let crossing = 0;
  for (let u = 0; u < n; u++) {
    for (let e = off[u]; e < off[u + 1]; e++) {
      const v = adj[e];
      if (!view.directed && v < u) continue; // each undirected tie once
      if (side[u] === null || side[v] === null) continue;
      known++;
      if (side[u] !== side[v]) crossing++;
    }
  }
  let withSector = 0;
  let crossOrgs = 0;
  for (let u = 0; u < n; u++) {
    if (sector[u] === null) continue;
    let hasTie = false;
    let crosses = false;
    for (const [o, a] of [
      [off, adj],
      [ioff, iadj],
    ] as const) {
      for (let e = o[u]; e < o[u + 1]; e++) {
        hasTie = true;
        const s = sector[a[e]];
        if (s !== null && s !== sector[u]) crosses = true;
      }
    }
    if (!hasTie) continue;
    withSector++;
    if (crosses) crossOrgs++;
  }
  return {
    formal_informal_tie_share: known > 0 ? crossing / known : null,
    ties_with_known_sides: known,
    orgs_with_cross_sector_tie_share: withSector > 0 ? crossOrgs / withSector : null,
  };
}
