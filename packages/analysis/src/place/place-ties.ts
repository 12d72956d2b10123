/**
 * Ties by place: how many distinct partner pairs stay inside a municipality, cross to another,
 * or involve a region-level organisation; the place × place matrix; and per place the
 * organisations with at least one tie across the formal ↔ non-formal/informal line (partner
 * anywhere). Several relations between one pair count as one tie (the undirected simple view).
 */
import type { EcoNetwork } from "@ecolens/core";
import { buildView, compareIds } from "../view/graph-view.ts";
import { type OrgPlace, REGION_LEVEL } from "./org-places.ts";

export interface PlaceTieMatrix {
  /** Place keys, sorted (NIS codes in natural order, then names, region level last). */
  keys: string[];
  /** counts[i][j] = ties between keys[i] and keys[j] (symmetric; diagonal = within). */
  counts: number[][];
  within: number;
  between: number;
  with_region_level: number;
  total: number;
}

export interface CrossLineCount {
  formal: number;
  non_formal_informal: number;
  /** Organisations with at least one tie to an organisation on the other side. */
  with_cross_line_tie: number;
  /** with_cross_line_tie / (formal + non_formal_informal); null if neither side is present. */
  share: number | null;
  /** Cross-line ties with both ends in this place. */
  cross_line_ties_inside: number;
}

export function comparePlaces(a: string, b: string): number {
  if (a === b) return 0;
  if (a === REGION_LEVEL) return 1;
  if (b === REGION_LEVEL) return -1;
  return compareIds(a, b);
}

export function placeTies(
  network: EcoNetwork,
  places: ReadonlyMap<string, OrgPlace>,
  keys: readonly string[],
): { matrix: PlaceTieMatrix; crossLine: Map<string, CrossLineCount> } {
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const index = new Map(keys.map((k, i) => [k, i]));
  const counts = keys.map(() => keys.map(() => 0));
  const crossLine = new Map<string, CrossLineCount>(
    keys.map((k) => [
      k,
      { formal: 0, non_formal_informal: 0, with_cross_line_tie: 0, share: null, cross_line_ties_inside: 0 },
    ]),
  );
  let within = 0;
  let between = 0;
  let withRegion = 0;
  const hasCross = new Uint8Array(view.n);
  for (let u = 0; u < view.n; u++) {
    const pu = places.get(view.ids[u])!;
    for (let k = view.outOffsets[u]; k < view.outOffsets[u + 1]; k++) {
      const v = view.outTargets[k];
      if (v < u) continue; // each pair once
      const pv = places.get(view.ids[v])!;
      const i = index.get(pu.place)!;
      const j = index.get(pv.place)!;
      counts[i][j]++;
      if (i !== j) counts[j][i]++;
      if (pu.place === REGION_LEVEL || pv.place === REGION_LEVEL) withRegion++;
      else if (i === j) within++;
      else between++;
      if (pu.side && pv.side && pu.side !== pv.side) {
        hasCross[u] = 1;
        hasCross[v] = 1;
        if (i === j) crossLine.get(pu.place)!.cross_line_ties_inside++;
      }
    }
  }
  for (let u = 0; u < view.n; u++) {
    const p = places.get(view.ids[u])!;
    const c = crossLine.get(p.place)!;
    if (p.side === "formal") c.formal++;
    else if (p.side === "non_formal_informal") c.non_formal_informal++;
    if (hasCross[u]) c.with_cross_line_tie++;
  }
  for (const c of crossLine.values()) {
    const eligible = c.formal + c.non_formal_informal;
    c.share = eligible > 0 ? c.with_cross_line_tie / eligible : null;
  }
  return {
    matrix: {
      keys: [...keys],
      counts,
      within,
      between,
      with_region_level: withRegion,
      total: within + between + withRegion,
    },
    crossLine,
  };
}
