/**
 * What each organisation brings to a suggested tie, gathered once from the inventory: themes and
 * target groups (its own plus those of its offers), place and coordinates, side of the
 * formal / non-formal line, open barriers it signals, and the barrier types it already helps
 * lower (through commitments, offers or resources; mapping in ../gaps/barrier-remedies.ts).
 * Relations are not read here, so hiding ties in the benchmark cannot leak through features.
 */
import { type EcoNetwork, type FormalSide, formalSideOfSector, isPriorityTargetGroup } from "@ecolens/core";
import { BARRIER_REMEDIES, remedyOf } from "../gaps/barrier-remedies.ts";
import { isCountable } from "../gaps/places.ts";

export type HelpVia = "commitment" | "offering" | "resource";

export interface OrgFeatures {
  id: string;
  label: string;
  /** org_type, else sector, else "unknown": the kind used for mixing affinity. */
  kind: string;
  sector?: string;
  side: FormalSide | null;
  place?: string;
  lat?: number;
  lon?: number;
  themes: Set<string>;
  targetGroups: Set<string>;
  /** Open barriers this organisation signals (reported_by, else where observed). */
  signals: Array<{ barrier_id: string; barrier_type: string; target_group: string }>;
  /** Barrier type -> the strongest way this organisation helps lower it. */
  helps: Map<string, HelpVia>;
}

const VIA_RANK: Record<HelpVia, number> = { commitment: 3, offering: 2, resource: 1 };

function num(x: unknown): number | undefined {
  return typeof x === "number" && Number.isFinite(x) ? x : undefined;
}
function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((v): v is string => typeof v === "string") : [];
}

export interface FeatureTable {
  byId: Map<string, OrgFeatures>;
  /** Barrier type -> distinct organisations committed to barriers of that type. */
  committedOnType: Map<string, Set<string>>;
}

/** Features of every organisation in the graph (node attributes first, side tables added). */
export function buildFeatures(network: EcoNetwork): FeatureTable {
  const byId = new Map<string, OrgFeatures>();
  network.graph.forEachNode((id, a) => {
    const sector = typeof a.sector === "string" ? a.sector : undefined;
    const place =
      (typeof a.nis_code === "string" && a.nis_code) ||
      (typeof a.municipality === "string" && a.municipality) ||
      undefined;
    const resources = strings(a.resources);
    const helps = new Map<string, HelpVia>();
    for (const [type, remedy] of Object.entries(BARRIER_REMEDIES))
      if (remedy.resources.some((r) => resources.includes(r))) helps.set(type, "resource");
    byId.set(id, {
      id,
      label: typeof a.label === "string" && a.label !== "" ? a.label : id,
      kind: (typeof a.org_type === "string" && a.org_type) || sector || "unknown",
      sector,
      side: formalSideOfSector(sector),
      place,
      lat: num(a.lat),
      lon: num(a.lon),
      themes: new Set(strings(a.themes).filter(isCountable)),
      targetGroups: new Set(strings(a.target_groups).filter(isCountable)),
      signals: [],
      helps,
    });
  });
  const help = (id: string, type: string, via: HelpVia) => {
    const f = byId.get(id);
    if (!f) return;
    const had = f.helps.get(type);
    if (!had || VIA_RANK[via] > VIA_RANK[had]) f.helps.set(type, via);
  };
  for (const o of network.offerings) {
    for (const id of [o.org_id, ...o.co_org_ids]) {
      const f = byId.get(id);
      if (!f) continue;
      for (const t of o.themes) if (isCountable(t)) f.themes.add(t);
      for (const g of o.target_groups) if (isCountable(g)) f.targetGroups.add(g);
    }
    // An offer helps with a barrier type when it has the lowering feature for one of its groups
    // ("social" needs an offer made for a priority group, not one for everyone).
    for (const [type, remedy] of Object.entries(BARRIER_REMEDIES))
      if (
        o.target_groups.some((g) => (type !== "social" || isPriorityTargetGroup(g)) && remedy.offering(o, g))
      )
        help(o.org_id, type, "offering");
  }
  const typeOf = new Map(network.barriers.map((b) => [b.barrier_id, b.barrier_type]));
  const committedOnType = new Map<string, Set<string>>();
  for (const c of network.commitments) {
    const type = typeOf.get(c.barrier_id);
    if (!type || !remedyOf(type)) continue;
    help(c.org_id, type, "commitment");
    const set = committedOnType.get(type) ?? new Set<string>();
    set.add(c.org_id);
    committedOnType.set(type, set);
  }
  for (const b of network.barriers) {
    if (b.status === "resolved") continue;
    const who = b.reported_by || b.org_id;
    const f = who ? byId.get(who) : undefined;
    if (f)
      f.signals.push({
        barrier_id: b.barrier_id,
        barrier_type: b.barrier_type,
        target_group: b.target_group,
      });
  }
  return { byId, committedOnType };
}

/** jaccardSets(a, b).value without the list of shared items (scored for every candidate pair). */
export function jaccardValue(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Jaccard similarity of two sets, and what they share (sorted). 0 when both are empty. */
export function jaccardSets(a: Set<string>, b: Set<string>): { value: number; shared: string[] } {
  const shared = [...a].filter((x) => b.has(x)).sort();
  const union = a.size + b.size - shared.length;
  return { value: union === 0 ? 0 : shared.length / union, shared };
}
