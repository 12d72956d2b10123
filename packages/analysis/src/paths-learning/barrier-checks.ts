/**
 * Is a step blocked by one of the learner's barriers, and who works on that barrier? The offer
 * features that lower a barrier are the gaps module's (gaps/barrier-remedies.ts, docs/gaps.md), so
 * `ecolens gaps` and `ecolens paths` agree. Four barrier types can block a step outright:
 * financial (costs money, no reduced tariff), physical accessibility (no wheelchair access),
 * language (not in easy Dutch or several languages) and mobility (not in the own or a neighbouring
 * municipality and no transport). Digital blocks an online-only offer. The others are reported as
 * "not lowered" without blocking, because an offer alone does not decide them.
 */
import type { EcoNetwork, Offering, Organisation } from "@ecolens/core";
import { remedyOf } from "../gaps/barrier-remedies.ts";
import { compareIds } from "../view/graph-view.ts";
import type { BarrierCheck, CheckStatus, Proximity } from "./types.ts";

export function checkBarrier(
  barrierType: string,
  offering: Offering,
  proximity: Proximity,
  group: string | undefined,
): { status: CheckStatus; reason: string } {
  const lowered = remedyOf(barrierType)?.offering(offering, group ?? "general_public") ?? null;
  switch (barrierType) {
    case "financial":
      if (lowered) return { status: "ok", reason: lowered };
      if (offering.cost_eur === undefined) return { status: "unknown", reason: "cost_unknown" };
      return { status: "blocked", reason: "no_reduced_tariff" };
    case "physical_accessibility":
      return lowered
        ? { status: "ok", reason: lowered }
        : { status: "blocked", reason: "no_wheelchair_access" };
    case "language":
      return lowered ? { status: "ok", reason: lowered } : { status: "blocked", reason: "no_easy_language" };
    case "mobility":
      if (proximity === "own") return { status: "ok", reason: "own_municipality" };
      if (proximity === "neighbour") return { status: "ok", reason: "neighbouring_municipality" };
      if (lowered) return { status: "ok", reason: lowered };
      if (proximity === "unknown") return { status: "unknown", reason: "place_unknown" };
      return { status: "blocked", reason: "too_far_no_transport" };
    case "digital":
      return offering.format === "online"
        ? { status: "blocked", reason: "online_only" }
        : { status: "ok", reason: "in_person" };
    default:
      return lowered ? { status: "ok", reason: lowered } : { status: "not_lowered", reason: "not_lowered" };
  }
}

/** Target groups a barrier record must name to concern this learner (none = every group). */
export function learnerGroups(group: string | undefined, age: number | undefined): Set<string> | null {
  if (!group && age === undefined) return null;
  const out = new Set<string>(["general_public"]);
  if (group) out.add(group);
  if (age !== undefined) {
    if (age <= 11) out.add("children");
    if (age >= 12 && age <= 25) out.add("youth");
    if (age >= 18) out.add("adults");
    if (age >= 55) out.add("seniors");
    if (age < 18) out.add("families");
  }
  return out;
}

export type PartnerFinder = (barrierType: string, places: ReadonlyArray<string | undefined>) => string[];

/**
 * Organisations committed (barrier_commitments) to a barrier of this type, signalled for one of
 * the learner's groups, for the whole region or for one of the given places. Sorted: partners in
 * the first place first, then by name and id.
 */
export function partnerFinder(
  network: EcoNetwork,
  groups: Set<string> | null,
  orgs: ReadonlyMap<string, Organisation>,
  resolve: (text: string | undefined) => string | undefined,
): PartnerFinder {
  const commitments = new Map<string, string[]>();
  for (const c of network.commitments) {
    const list = commitments.get(c.barrier_id) ?? [];
    list.push(c.org_id);
    commitments.set(c.barrier_id, list);
  }
  const cache = new Map<string, string[]>();
  return (barrierType, places) => {
    const key = `${barrierType}\u0000${places.join("\u0000")}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const found = new Set<string>();
    for (const b of network.barriers) {
      if (b.barrier_type !== barrierType) continue;
      if (groups && !groups.has(b.target_group)) continue;
      const where = resolve(b.nis_code) ?? resolve(b.municipality);
      if (where && !places.includes(where)) continue;
      for (const org of commitments.get(b.barrier_id) ?? []) found.add(org);
    }
    const first = places[0];
    const local = (id: string) => {
      const o = orgs.get(id);
      return first !== undefined && (resolve(o?.nis_code) ?? resolve(o?.municipality)) === first ? 0 : 1;
    };
    const list = [...found].sort(
      (a, b) =>
        local(a) - local(b) || compareIds(orgs.get(a)?.name ?? a, orgs.get(b)?.name ?? b) || compareIds(a, b),
    );
    cache.set(key, list);
    return list;
  };
}

export function checkStep(
  barriers: readonly string[],
  offering: Offering,
  proximity: Proximity,
  group: string | undefined,
  places: ReadonlyArray<string | undefined>,
  partners: PartnerFinder,
  orgs: ReadonlyMap<string, Organisation>,
): BarrierCheck[] {
  return barriers.map((type) => {
    const { status, reason } = checkBarrier(type, offering, proximity, group);
    const who = status === "ok" ? [] : partners(type, places);
    return {
      barrier_type: type,
      status,
      reason,
      partners: who,
      partner_names: who.map((id) => orgs.get(id)?.name ?? id),
    };
  });
}
