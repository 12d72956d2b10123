/**
 * The "onward step" links between offerings, built once per network:
 * 1. `next_step`: the inventory's `next_step_ids` names an offering (inventory-format §4.3);
 * 2. `next_step_org`: it names an organisation: that provider's offers sharing a theme;
 * 3. `relation`: a referral, pathway or joint-activity tie (§4.6 E; directed ties only forward)
 *    from one of the offer's providers (main or co-organiser) to another provider, whose offer on a
 *    shared theme is a level up (informal < non-formal < formal, then a higher recognition);
 * 4. `same_provider`: the provider's own offer on a shared theme a level up.
 * Ids that name nothing are kept as unresolved, so breaks can name them.
 */
import type { EcoNetwork, Offering, Organisation } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { contextLevel, contextOf, recognitionRank } from "./offer-facts.ts";
import type { LinkKind, StepLink } from "./types.ts";

export const STEP_RELATION_TYPES = ["pathway", "referral", "joint_activity"] as const;
const RELATION_PREFERENCE: Record<string, number> = { pathway: 0, referral: 1, joint_activity: 2 };
const KIND_PREFERENCE: Record<LinkKind, number> = {
  start: 0,
  next_step: 1,
  next_step_org: 2,
  relation: 3,
  same_provider: 4,
};

export interface UnresolvedStep {
  from: string;
  id: string;
  reason: "unknown_id" | "org_without_matching_offer";
}

export interface StepLinks {
  offerings: Map<string, Offering>;
  orgs: Map<string, Organisation>;
  context: Map<string, string>;
  /** Outgoing links per offering id, best kind first, then by target id. */
  out: Map<string, StepLink[]>;
  unresolved: UnresolvedStep[];
}

const sharesTheme = (a: Offering, b: Offering) => a.themes.some((t) => b.themes.includes(t));

export function buildStepLinks(network: EcoNetwork): StepLinks {
  const orgs = new Map(network.organisations.map((o) => [o.org_id, o]));
  const offerings = new Map<string, Offering>();
  for (const o of network.offerings) if (!offerings.has(o.offering_id)) offerings.set(o.offering_id, o);
  const context = new Map<string, string>();
  for (const o of offerings.values()) context.set(o.offering_id, contextOf(o, orgs.get(o.org_id)));
  const byOrg = new Map<string, Offering[]>();
  for (const o of offerings.values())
    for (const p of new Set([o.org_id, ...o.co_org_ids])) {
      const list = byOrg.get(p) ?? [];
      list.push(o);
      byOrg.set(p, list);
    }
  const key = (o: Offering) =>
    contextLevel(context.get(o.offering_id)!) * 10 + recognitionRank(o.recognition);
  const levelUp = (a: Offering, b: Offering) =>
    contextLevel(context.get(b.offering_id)!) >= contextLevel(context.get(a.offering_id)!) && key(b) > key(a);

  const graph = network.graph;
  const pathwayPairs = new Set<string>();
  graph.forEachEdge((_e, attrs, source, target, _sa, _ta, undirected) => {
    if (attrs.relation_type !== "pathway") return;
    pathwayPairs.add(`${source}\u0000${target}`);
    if (undirected) pathwayPairs.add(`${target}\u0000${source}`);
  });
  const pathwayTie = (a: Offering, b: Offering) =>
    [a.org_id, ...a.co_org_ids].some((p) =>
      [b.org_id, ...b.co_org_ids].some((q) => pathwayPairs.has(`${p}\u0000${q}`)),
    );

  const out = new Map<string, StepLink[]>();
  const unresolved: UnresolvedStep[] = [];
  for (const from of offerings.values()) {
    const best = new Map<string, StepLink>();
    const offer = (link: Omit<StepLink, "from" | "pathway_tie">) => {
      if (link.to === from.offering_id) return;
      const full: StepLink = {
        from: from.offering_id,
        ...link,
        pathway_tie: pathwayTie(from, offerings.get(link.to)!),
      };
      const old = best.get(link.to);
      const better =
        !old ||
        rankLink(full) < rankLink(old) ||
        (rankLink(full) === rankLink(old) && compareIds(full.from_org ?? "", old.from_org ?? "") < 0);
      if (better) best.set(link.to, full);
    };
    for (const id of from.next_step_ids) {
      if (offerings.has(id)) offer({ to: id, kind: "next_step" });
      else if (orgs.has(id) || byOrg.has(id)) {
        const theirs = (byOrg.get(id) ?? []).filter((o) => sharesTheme(from, o) && o !== from);
        if (theirs.length === 0)
          unresolved.push({ from: from.offering_id, id, reason: "org_without_matching_offer" });
        for (const o of theirs) offer({ to: o.offering_id, kind: "next_step_org", to_org: id });
      } else unresolved.push({ from: from.offering_id, id, reason: "unknown_id" });
    }
    for (const p of new Set([from.org_id, ...from.co_org_ids])) {
      for (const o of byOrg.get(p) ?? [])
        if (o.org_id === p && sharesTheme(from, o) && levelUp(from, o))
          offer({ to: o.offering_id, kind: "same_provider", from_org: p, to_org: p });
      if (!graph.hasNode(p)) continue;
      graph.forEachEdge(p, (_e, attrs, source, target, _sa, _ta, undirected) => {
        const type = attrs.relation_type;
        if (!Object.hasOwn(RELATION_PREFERENCE, type)) return;
        if (!undirected && source !== p) return;
        const q = source === p ? target : source;
        if (q === p) return;
        for (const o of byOrg.get(q) ?? [])
          if (sharesTheme(from, o) && levelUp(from, o))
            offer({ to: o.offering_id, kind: "relation", relation_type: type, from_org: p, to_org: q });
      });
    }
    out.set(
      from.offering_id,
      [...best.values()].sort((a, b) => rankLink(a) - rankLink(b) || compareIds(a.to, b.to)),
    );
  }
  unresolved.sort((a, b) => compareIds(a.from, b.from) || compareIds(a.id, b.id));
  return { offerings, orgs, context, out, unresolved };
}

function rankLink(l: StepLink): number {
  return KIND_PREFERENCE[l.kind] * 10 + (l.relation_type ? RELATION_PREFERENCE[l.relation_type] : 0);
}

/** Relation and same-provider links must land on the learner's theme; inventory links need not. */
export function linkFitsTheme(link: StepLink, to: Offering, theme: string): boolean {
  return link.kind === "next_step" || link.kind === "next_step_org" || to.themes.includes(theme);
}
