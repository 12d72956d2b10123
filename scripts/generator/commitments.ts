/**
 * Who commits to tackling which barrier (drempel_engagementen): a planned spread of 0, 1
 * (fragile: one partner carries it) and several commitments per barrier; committing partners
 * come from the barrier's municipality or are region-wide, and the kind of commitment follows
 * the organisation (a government funds, a library adapts its offer, a CBE does outreach, ...).
 * Two committed partners sometimes also record a `barrier_cooperation` tie.
 */
import type { GenBarrier, GenCommitment, GenOrg } from "./model.ts";
import type { RelationBuilder } from "./relation-builder.ts";
import { chance, dateBetween, pick, type Rng, weightedPick } from "./rng.ts";

function commitmentType(rng: Rng, org: GenOrg, barrier: GenBarrier): string {
  if (org.type === "local_government" || org.type === "supra_local_government") {
    return barrier.type === "mobility"
      ? "transport"
      : pick(rng, ["funding", "funding", "advocacy", "information"]);
  }
  if (org.type === "library" || org.type === "cultural_centre")
    return pick(rng, ["space", "adapted_offer", "information"]);
  if (org.type === "welfare_service" || org.type === "poverty_organisation")
    return pick(rng, ["outreach", "outreach", "advocacy"]);
  if (org.type.endsWith("education_centre") || org.type === "training_provider")
    return pick(rng, ["adapted_offer", "outreach", "staff"]);
  return pick(rng, ["adapted_offer", "staff", "space", "information"]);
}

function candidatesFor(barrier: GenBarrier, orgs: GenOrg[]): GenOrg[] {
  return orgs.filter(
    (o) =>
      !o.isolate &&
      o.id !== barrier.reportedBy &&
      (o.regional || barrier.nis === undefined || o.nis === barrier.nis),
  );
}

/** Professional partners commit more often than clubs (weight 3 against 1). */
function weightedSample(rng: Rng, orgs: GenOrg[], k: number): GenOrg[] {
  const pool = orgs.map((o) => [o, PROFESSIONAL.has(o.type) || o.regional ? 3 : 1] as [GenOrg, number]);
  const out: GenOrg[] = [];
  while (out.length < k && pool.length > 0) {
    const chosen = weightedPick(rng, pool);
    out.push(chosen);
    pool.splice(
      pool.findIndex(([o]) => o === chosen),
      1,
    );
  }
  return out;
}
const PROFESSIONAL = new Set([
  "local_government",
  "library",
  "welfare_service",
  "poverty_organisation",
  "cultural_centre",
  "care_institution",
  "school_primary",
  "school_secondary",
]);

/** How many partners commit: 0 (about 25%), 1 (30%), 2-4 (45%). */
const SPREAD = [
  [0, 25],
  [1, 30],
  [2, 22],
  [3, 15],
  [4, 8],
] as const;

export function commitTo(
  rng: Rng,
  barrier: GenBarrier,
  org: GenOrg,
  period: [string, string],
  status: string,
): GenCommitment {
  // ISO dates compare as strings: the later of the two.
  const from = [barrier.reportedOn, period[0]].sort()[1];
  return {
    barrierId: barrier.id,
    orgId: org.id,
    type: commitmentType(rng, org, barrier),
    committedOn: dateBetween(rng, from, period[1]),
    status,
  };
}

export { candidatesFor, weightedSample };

export function generateCommitments(
  rng: Rng,
  barriers: GenBarrier[],
  orgs: GenOrg[],
  rel: RelationBuilder,
): GenCommitment[] {
  const out: GenCommitment[] = [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  for (const barrier of barriers) {
    let n: number = weightedPick(rng, SPREAD);
    if (barrier.status === "resolved" && n === 0) n = 1;
    const reporter = byId.get(barrier.reportedBy)!;
    // The reporter often commits itself; the others come from its municipality or the region.
    const committed = n > 0 && chance(rng, 0.5) ? [reporter] : [];
    committed.push(...weightedSample(rng, candidatesFor(barrier, orgs), n - committed.length));
    const status =
      barrier.status === "resolved" ? "resolved" : barrier.status === "parked" ? "parked" : "in_progress";
    for (const org of committed) out.push(commitTo(rng, barrier, org, ["2022-02-01", "2023-09-15"], status));
    if (committed.length >= 2 && chance(rng, 0.4)) {
      rel.add(committed[0], committed[1], "barrier_cooperation", { barrierId: barrier.id });
    }
  }
  return out;
}
