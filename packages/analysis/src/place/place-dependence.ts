/**
 * How much a municipality depends on one partner: of the ties of its organisations (distinct
 * partner pairs with at least one end in the municipality, the undirected simple view), the share
 * that involves the single organisation most of them run through (which may sit elsewhere, e.g. a
 * regional provider). If that partner stops, this share of the municipality's ties goes with it.
 * Computed only from MIN_TIES ties on: with one or two ties any partner is "everything".
 */
import type { EcoNetwork } from "@ecolens/core";
import { buildView, compareIds } from "../view/graph-view.ts";
import { organisationPlaces } from "./org-places.ts";

export const MIN_TIES = 3;

export interface PartnerDependence {
  partner_id: string;
  partner_name: string;
  /** Ties of the municipality that involve the partner. */
  partner_ties: number;
  /** Ties with at least one end in the municipality. */
  ties: number;
  share: number;
}

export function partnerDependence(
  network: EcoNetwork,
  codes: readonly string[],
): Record<string, PartnerDependence> {
  const places = organisationPlaces(network);
  const view = buildView(network.graph, { directed: false, getEdgeWeight: null });
  const wanted = new Set(codes);
  // place -> partner index -> ties through it; place -> ties
  const through = new Map<string, Map<number, number>>();
  const total = new Map<string, number>();
  const add = (place: string, a: number, b: number) => {
    if (!wanted.has(place)) return;
    total.set(place, (total.get(place) ?? 0) + 1);
    let m = through.get(place);
    if (!m) through.set(place, (m = new Map()));
    m.set(a, (m.get(a) ?? 0) + 1);
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  for (let u = 0; u < view.n; u++) {
    const pu = places.get(view.ids[u])?.place ?? "";
    for (let k = view.outOffsets[u]; k < view.outOffsets[u + 1]; k++) {
      const v = view.outTargets[k];
      if (v <= u) continue; // each pair once, no self-loops
      const pv = places.get(view.ids[v])?.place ?? "";
      add(pu, u, v);
      if (pv !== pu) add(pv, u, v);
    }
  }
  const out: Record<string, PartnerDependence> = Object.create(null);
  for (const place of [...through.keys()].sort(compareIds)) {
    const ties = total.get(place)!;
    if (ties < MIN_TIES) continue;
    let best = -1;
    let bestCount = 0;
    for (const [i, count] of through.get(place)!) {
      if (count > bestCount || (count === bestCount && compareIds(view.ids[i], view.ids[best]) < 0)) {
        best = i;
        bestCount = count;
      }
    }
    const id = view.ids[best];
    const label = network.graph.getNodeAttribute(id, "label") ?? network.graph.getNodeAttribute(id, "name");
    out[place] = {
      partner_id: id,
      partner_name: typeof label === "string" && label !== "" ? label : id,
      partner_ties: bestCount,
      ties,
      share: bestCount / ties,
    };
  }
  return out;
}
