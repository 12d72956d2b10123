/**
 * The route search behind the pathway coverage (coverage.ts): per start the shortest route to every
 * formal destination it reaches (breadth-first over the onward-step links), the steps of those
 * routes that an uncovered barrier blocks, and the start providers with no tie to any provider of
 * a destination.
 */
import type { Barrier, EcoGraph, Offering } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { checkBarrier } from "./barrier-checks.ts";
import { audienceFit, isFormalDestination, proximityOf } from "./offer-facts.ts";
import type { PreparedNetwork } from "./prepared.ts";
import { linkFitsTheme } from "./step-links.ts";

/** An open barrier with no committed partner, with its place as a NIS code. */
export type UncoveredBarrier = Barrier & { place: string | undefined };

export interface StartRoutes {
  /** Per reached destination the shortest route, the start first. */
  routes: string[][];
  /** The start has no onward step on the theme for the group. */
  dead: boolean;
}

export interface BlockedStep {
  offering_id: string;
  barrier_id: string;
  barrier_type: string;
}

/** Open barriers without a committed partner, sorted by id. */
export function uncoveredBarriers(prep: PreparedNetwork): UncoveredBarrier[] {
  const network = prep.network;
  const commitments = new Set(network.commitments.map((c) => c.barrier_id));
  return network.barriers
    .filter((b) => b.status !== "resolved" && !commitments.has(b.barrier_id))
    .map((b) => ({ ...b, place: prep.resolve(b.nis_code) ?? prep.resolve(b.municipality) }))
    .sort((a, b) => compareIds(a.barrier_id, b.barrier_id));
}

/** Per start: the shortest route to each reachable destination (breadth-first). */
export function routesPerStart(
  prep: PreparedNetwork,
  starts: string[],
  theme: string,
  group: string,
  maxSteps: number,
): Map<string, StartRoutes> {
  const { links } = prep;
  const perStart = new Map<string, StartRoutes>();
  for (const s of starts) {
    const parent = new Map<string, string | null>([[s, null]]);
    let frontier = [s];
    let dead = true;
    const routes: string[][] = [];
    for (let depth = 1; depth < maxSteps && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const link of links.out.get(id) ?? []) {
          const to = links.offerings.get(link.to)!;
          if (
            !linkFitsTheme(link, to, theme) ||
            audienceFit(to, group, undefined, links.orgs.get(to.org_id)) === "no"
          )
            continue;
          if (id === s) dead = false;
          if (parent.has(link.to)) continue;
          parent.set(link.to, id);
          if (isFormalDestination(links.context.get(link.to)!, to.recognition)) {
            const path = [link.to];
            for (let p = parent.get(link.to); p; p = parent.get(p)) path.unshift(p);
            routes.push(path);
          } else next.push(link.to);
        }
      frontier = next;
    }
    perStart.set(s, { routes, dead });
  }
  return perStart;
}

/** The routes with no step blocked by a barrier of the group, and the blocked steps (sorted). */
export function blockedSteps(
  prep: PreparedNetwork,
  routes: string[][],
  scope: string,
  group: string,
  groupBarriers: UncoveredBarrier[],
): { free: number; blocked: BlockedStep[] } {
  const { links } = prep;
  const blocked: BlockedStep[] = [];
  let free = 0;
  for (const route of routes) {
    const home = scope === "region" ? prep.nisOf(route[0]) : scope;
    let ok = true;
    for (const id of route)
      for (const b of groupBarriers) {
        if (b.place && b.place !== prep.nisOf(id) && b.place !== home) continue;
        const o = links.offerings.get(id)!;
        const check = checkBarrier(b.barrier_type, o, proximityOf(b.place ?? home, prep.nisOf(id)), group);
        if (check.status !== "blocked") continue;
        ok = false;
        if (!blocked.some((x) => x.offering_id === id && x.barrier_id === b.barrier_id))
          blocked.push({ offering_id: id, barrier_id: b.barrier_id, barrier_type: b.barrier_type });
      }
    if (ok) free++;
  }
  blocked.sort((a, b) => compareIds(a.offering_id, b.offering_id) || compareIds(a.barrier_id, b.barrier_id));
  return { free, blocked };
}

/** Providers of the starts without a route that have no tie to any destination provider. */
export function unlinkedProviders(
  graph: EcoGraph,
  offerings: ReadonlyMap<string, Offering>,
  withoutRoute: string[],
  destinationOrgs: ReadonlySet<string>,
): string[] {
  return [...new Set(withoutRoute.map((s) => offerings.get(s)!.org_id))]
    .filter(
      (p) =>
        ![...destinationOrgs].some(
          (d) =>
            d === p || (graph.hasNode(p) && graph.hasNode(d) && (graph.hasEdge(p, d) || graph.hasEdge(d, p))),
        ),
    )
    .sort(compareIds);
}
