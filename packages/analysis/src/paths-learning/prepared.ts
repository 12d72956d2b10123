/**
 * A network prepared for learning routes: the onward-step links (step-links.ts) and the places of
 * offerings and organisations, computed once per network and shared by routes, breaks and the
 * pathway coverage.
 */
import type { EcoNetwork } from "@ecolens/core";
import { offeringNis, placeResolver } from "./offer-facts.ts";
import { buildStepLinks, type StepLinks } from "./step-links.ts";

export interface PreparedNetwork {
  network: EcoNetwork;
  links: StepLinks;
  resolve: (text: string | undefined) => string | undefined;
  nisOf: (offeringId: string) => string | undefined;
  placeName: (nis: string | undefined) => string | undefined;
  orgName: (id: string) => string;
}

const prepared = new WeakMap<EcoNetwork, PreparedNetwork>();

/** Links and places of a network, computed once and shared by routes and coverage. */
export function prepareNetwork(network: EcoNetwork): PreparedNetwork {
  const hit = prepared.get(network);
  if (hit) return hit;
  const links = buildStepLinks(network);
  const resolve = placeResolver(network);
  const nis = new Map<string, string | undefined>();
  for (const o of links.offerings.values())
    nis.set(o.offering_id, offeringNis(o, links.orgs.get(o.org_id), resolve));
  const names = new Map<string, string>();
  for (const o of network.organisations) {
    const n = resolve(o.nis_code) ?? resolve(o.municipality);
    if (n && o.municipality && !/^\d+$/.test(o.municipality)) names.set(n, o.municipality);
  }
  for (const m of network.municipalities) names.set(m.nis_code, m.name_nl);
  const result: PreparedNetwork = {
    network,
    links,
    resolve,
    nisOf: (id) => nis.get(id),
    placeName: (n) => (n === undefined ? undefined : (names.get(n) ?? n)),
    orgName: (id) => links.orgs.get(id)?.name ?? id,
  };
  prepared.set(network, result);
  return result;
}
