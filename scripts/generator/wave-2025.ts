/**
 * The second inventory round (2025), made from the first with changes a real re-inventory shows:
 * partners that joined or stopped, renamed partners (same id), partners whose id changed while
 * their KBO number stayed (re-identified), dropped and new ties (notably new formal-informal
 * ties), stronger ties, resolved barriers and new commitments. Every change is recorded in
 * PlantedChanges so tests can check a wave comparison finds exactly these.
 */
import type { OrgType } from "@ecolens/core";
import { municipalitiesOfRegion } from "@ecolens/core";
import { BarrierFactory } from "./barriers.ts";
import { candidatesFor, commitTo, weightedSample } from "./commitments.ts";
import type { GenOrg, GenRelation, Inventory } from "./model.ts";
import { LOCAL_TEMPLATES } from "./offering-templates.ts";
import { OfferingFactory } from "./offerings.ts";
import { OrgFactory } from "./organisations.ts";
import { RelationBuilder } from "./relation-builder.ts";
import { isFormalInformal, sectorOf, sideOf } from "./relations.ts";
import { chance, intBetween, pick, type Rng, sample, stageRng, weightedPick } from "./rng.ts";

export interface RelationRef {
  source_id: string;
  target_id: string;
  relation_type: string;
}
export interface PlantedChanges {
  seed: number;
  wave_from: string;
  wave_to: string;
  organisations: {
    added: string[];
    removed: string[];
    renamed: { org_id: string; old_name: string; new_name: string }[];
    reidentified: { old_org_id: string; new_org_id: string; kbo_number: string }[];
  };
  relations: {
    /** Ties dropped between organisations that are in both rounds (ids of 2023). */
    removed: RelationRef[];
    /** New ties in 2025 (ids of 2025), including those of new organisations. */
    added: RelationRef[];
    /** The subset of `added` that links formal education with the non-formal/informal side. */
    added_formal_informal: RelationRef[];
    level_changed: (RelationRef & { old_level: number; new_level: number })[];
  };
  barriers: {
    added: string[];
    status_changed: { barrier_id: string; old_status: string; new_status: string }[];
  };
  commitments: { added: { barrier_id: string; org_id: string; commitment_type: string }[] };
}

const WAVE2 = { wave: "2025", asOf: "2025-10-01", source: "inventaris leerecosysteem Westhoek 2025" };
const PERIOD: [string, string] = ["2024-01-08", "2025-06-30"];
const RENAMES: [RegExp, string][] = [
  [/^Chiro (.+)$/, "Chirojeugd $1"],
  [/^Femma (.+)$/, "Ferm $1"],
  [/^Bibliotheek (.+)$/, "Bib $1"],
  [/^JH (.+)$/, "Jeugdhuis $1"],
  [/^Okra (.+)$/, "OKRA-trefpunt 55+ $1"],
  [/^VBS (.+)$/, "Vrije Basisschool $1"],
  [/^Lokaal Dienstencentrum (.+)$/, "Buurtcentrum $1"],
];
const NEW_TYPES: [OrgType, number][] = [
  ["sports_club", 5],
  ["technology_club", 3],
  ["youth_centre", 2],
  ["poverty_organisation", 2],
  ["social_economy", 2],
  ["volunteering_org", 2],
  ["sociocultural", 2],
  ["nature_club", 1],
  ["amateur_arts", 2],
  ["welfare_service", 1],
];

const ref = (r: GenRelation): RelationRef => ({
  source_id: r.source,
  target_id: r.target,
  relation_type: r.type,
});

export function generateWave2025(
  seed: number,
  w1: Inventory,
): { inventory: Inventory; changes: PlantedChanges } {
  const rng = stageRng(seed, "wave-2025");
  const inv: Inventory = {
    ...WAVE2,
    ...structuredClone({
      orgs: w1.orgs,
      relations: w1.relations,
      offerings: w1.offerings,
      barriers: w1.barriers,
      commitments: w1.commitments,
    }),
  };
  const changes: PlantedChanges = {
    seed,
    wave_from: w1.wave,
    wave_to: WAVE2.wave,
    organisations: { added: [], removed: [], renamed: [], reidentified: [] },
    relations: { removed: [], added: [], added_formal_informal: [], level_changed: [] },
    barriers: { added: [], status_changed: [] },
    commitments: { added: [] },
  };
  const touched = new Set<string>();
  removeOrganisations(rng, inv, changes, touched);
  renameOrganisations(rng, inv, changes, touched);
  const survivors = inv.orgs.filter((o) => !touched.has(o.id) && !o.isolate);
  const b = new RelationBuilder(rng, inv.orgs, PERIOD);
  b.adopt(inv.relations);
  dropAndStrengthen(rng, b, changes, touched);
  const added = addOrganisations(rng, inv, b, changes);
  addFormalInformalTies(rng, b, survivors);
  addLocalTies(rng, b, survivors);
  const before = new Set(w1.relations.map((r) => `${r.source}|${r.target}|${r.type}`));
  for (const r of b.relations)
    if (!before.has(`${r.source}|${r.target}|${r.type}`)) changes.relations.added.push(ref(r));
  const byId = new Map(inv.orgs.map((o) => [o.id, o]));
  changes.relations.added_formal_informal = changes.relations.added.filter((r) =>
    isFormalInformal(byId.get(r.source_id)!, byId.get(r.target_id)!),
  );
  inv.relations = b.relations;
  reidentify(rng, inv, changes, touched);
  updateBarriers(rng, inv, changes);
  changes.organisations.added = added;
  return { inventory: inv, changes };
}

function removeOrganisations(rng: Rng, inv: Inventory, changes: PlantedChanges, touched: Set<string>): void {
  const referenced = new Set<string>();
  for (const b of inv.barriers) {
    referenced.add(b.reportedBy);
    if (b.orgId) referenced.add(b.orgId);
  }
  for (const o of inv.offerings)
    for (const id of o.nextStepIds) referenced.add(inv.offerings.find((x) => x.id === id)?.orgId ?? id);
  const candidates = inv.orgs.filter(
    (o) => !o.core && !o.regional && o.type !== "local_government" && !referenced.has(o.id),
  );
  const gone = new Set(sample(rng, candidates, 14).map((o) => o.id));
  const goneOfferings = new Set(inv.offerings.filter((o) => gone.has(o.orgId)).map((o) => o.id));
  inv.orgs = inv.orgs.filter((o) => !gone.has(o.id));
  inv.relations = inv.relations.filter((r) => !gone.has(r.source) && !gone.has(r.target));
  inv.offerings = inv.offerings.filter((o) => !gone.has(o.orgId));
  for (const o of inv.offerings) {
    o.coOrgIds = o.coOrgIds.filter((id) => !gone.has(id));
    o.nextStepIds = o.nextStepIds.filter((id) => !goneOfferings.has(id) && !gone.has(id));
  }
  inv.commitments = inv.commitments.filter((c) => !gone.has(c.orgId));
  changes.organisations.removed = [...gone].sort();
  for (const id of gone) touched.add(id);
}

function renameOrganisations(rng: Rng, inv: Inventory, changes: PlantedChanges, touched: Set<string>): void {
  const used = new Set(inv.orgs.map((o) => o.name));
  for (const [pattern, replacement] of RENAMES) {
    const matching = inv.orgs.filter((o) => !o.core && !touched.has(o.id) && pattern.test(o.name));
    if (matching.length === 0 || changes.organisations.renamed.length >= 6) continue;
    const o = pick(rng, matching);
    const newName = o.name.replace(pattern, replacement);
    if (used.has(newName)) continue;
    changes.organisations.renamed.push({ org_id: o.id, old_name: o.name, new_name: newName });
    o.name = newName;
    touched.add(o.id);
  }
}

function dropAndStrengthen(
  rng: Rng,
  b: RelationBuilder,
  changes: PlantedChanges,
  touched: Set<string>,
): void {
  const eligible = (r: GenRelation) =>
    !touched.has(r.source) && !touched.has(r.target) && r.type !== "governance";
  const dropped = new Set(sample(rng, b.relations.filter(eligible), 40));
  changes.relations.removed = b.remove((r) => dropped.has(r)).map(ref);
  for (const r of sample(
    rng,
    b.relations.filter((r) => eligible(r) && r.level < 4),
    20,
  )) {
    changes.relations.level_changed.push({ ...ref(r), old_level: r.level, new_level: r.level + 1 });
    r.level += 1;
  }
}

function addOrganisations(rng: Rng, inv: Inventory, b: RelationBuilder, changes: PlantedChanges): string[] {
  const f = new OrgFactory(rng);
  for (const o of inv.orgs) {
    f.ids.add(o.id);
    f.names.add(o.name);
    if (o.kbo) f.kbos.add(o.kbo);
  }
  // Old names of renamed partners stay taken: a new "JH Barrak" next to "Jeugdhuis Barrak" would confuse.
  for (const r of changes.organisations.renamed) f.names.add(r.old_name);
  for (const id of changes.organisations.removed) f.ids.add(id);
  const offeringNumber = Math.max(...inv.offerings.map((o) => Number(o.id.slice(3)))) + 1;
  const offers = new OfferingFactory(rng, offeringNumber);
  const municipalities = municipalitiesOfRegion("Westhoek");
  const added: GenOrg[] = [];
  for (let i = 0; i < 22; i++) {
    const m = weightedPick(
      rng,
      municipalities.map((x) => [x, x.population ?? 1] as const),
    );
    const org = f.local(weightedPick(rng, NEW_TYPES), m);
    org.joinedOn = `2024-${String(intBetween(rng, 1, 12)).padStart(2, "0")}-01`;
    inv.orgs.push(org);
    added.push(org);
    const neighbours = inv.orgs.filter((o) => o.nis === m.nis_code && o !== org && !o.isolate);
    const gov = neighbours.find((o) => o.mainGovernment)!;
    if (chance(rng, 0.7)) b.add(gov, org, "funding");
    for (const other of sample(rng, neighbours, intBetween(rng, 1, 4)))
      b.add(org, other, pick(rng, ["joint_activity", "information_sharing"] as const));
    const templates = LOCAL_TEMPLATES[org.type] ?? [];
    for (const tpl of sample(rng, templates, intBetween(rng, 1, 2)))
      inv.offerings.push(offers.build(org, tpl, 2025));
  }
  return added.map((o) => o.id);
}

/** New bridges: formal providers and schools that started working with informal organisations. */
function addFormalInformalTies(rng: Rng, b: RelationBuilder, survivors: GenOrg[]): void {
  const formal = survivors.filter((o) => sideOf(o) === "formal");
  const informal = survivors.filter((o) => sectorOf(o) === "informal_community");
  let added = 0;
  for (let tries = 0; added < 18 && tries < 500; tries++) {
    const f = pick(rng, formal);
    const candidates = informal.filter((o) => f.regional || o.nis === f.nis);
    if (candidates.length === 0) continue;
    const i = pick(rng, candidates);
    const type = pick(rng, ["joint_activity", "joint_activity", "pathway", "shared_resources"] as const);
    if (type === "pathway" ? b.add(i, f, type) : b.add(f, i, type)) added++;
  }
}

function addLocalTies(rng: Rng, b: RelationBuilder, survivors: GenOrg[]): void {
  let added = 0;
  for (let tries = 0; added < 30 && tries < 500; tries++) {
    const x = pick(rng, survivors);
    const local = survivors.filter((o) => o.nis === x.nis && o !== x && !isFormalInformal(o, x));
    if (
      local.length > 0 &&
      b.add(x, pick(rng, local), pick(rng, ["information_sharing", "joint_activity", "referral"] as const))
    )
      added++;
  }
}

/** Some associations got a new id (e.g. a new coordinator keyed partners by KBO number). */
function reidentify(rng: Rng, inv: Inventory, changes: PlantedChanges, touched: Set<string>): void {
  const candidates = inv.orgs.filter(
    (o) =>
      o.kbo &&
      o.legalForm === "vzw" &&
      !o.core &&
      !touched.has(o.id) &&
      !changes.organisations.added.includes(o.id),
  );
  const map = new Map<string, string>();
  for (const o of sample(rng, candidates, 5)) {
    const newId = `kbo-${o.kbo}`;
    changes.organisations.reidentified.push({ old_org_id: o.id, new_org_id: newId, kbo_number: o.kbo! });
    map.set(o.id, newId);
    touched.add(o.id);
    o.id = newId;
    // Written differently this time: the number survives, its format does not.
    if (chance(rng, 0.5)) o.kboStyle = o.kboStyle === "dotted" ? "lost_zero" : "dotted";
  }
  const m = (id: string) => map.get(id) ?? id;
  for (const r of inv.relations)
    [r.source, r.target, r.reportedBy] = [m(r.source), m(r.target), m(r.reportedBy)];
  for (const o of inv.offerings)
    [o.orgId, o.coOrgIds, o.nextStepIds] = [m(o.orgId), o.coOrgIds.map(m), o.nextStepIds.map(m)];
  for (const b of inv.barriers) [b.reportedBy, b.orgId] = [m(b.reportedBy), b.orgId && m(b.orgId)];
  for (const c of inv.commitments) c.orgId = m(c.orgId);
  for (const list of [changes.relations.added, changes.relations.added_formal_informal])
    for (const r of list) [r.source_id, r.target_id] = [m(r.source_id), m(r.target_id)];
}

function updateBarriers(rng: Rng, inv: Inventory, changes: PlantedChanges): void {
  const count = (id: string) => inv.commitments.filter((c) => c.barrierId === id).length;
  for (const bar of inv.barriers) {
    const old = bar.status;
    if (count(bar.id) > 0 && (old === "signalled" || old === "in_progress") && chance(rng, 0.4))
      bar.status = "resolved";
    else if (old === "signalled" && chance(rng, 0.3)) bar.status = "in_progress";
    if (bar.status !== old)
      changes.barriers.status_changed.push({ barrier_id: bar.id, old_status: old, new_status: bar.status });
    if (bar.status === "resolved")
      for (const c of inv.commitments) if (c.barrierId === bar.id) c.status = "resolved";
  }
  const commit = (barrierId: string, n: number) => {
    const bar = inv.barriers.find((x) => x.id === barrierId)!;
    const already = new Set(inv.commitments.filter((c) => c.barrierId === barrierId).map((c) => c.orgId));
    for (const org of weightedSample(
      rng,
      candidatesFor(bar, inv.orgs).filter((o) => !already.has(o.id)),
      n,
    )) {
      const c = commitTo(rng, bar, org, PERIOD, bar.status === "resolved" ? "resolved" : "in_progress");
      inv.commitments.push(c);
      changes.commitments.added.push({ barrier_id: c.barrierId, org_id: c.orgId, commitment_type: c.type });
    }
  };
  const open = inv.barriers.filter((x) => x.status !== "resolved" && x.status !== "parked");
  for (const bar of sample(
    rng,
    open.filter((x) => count(x.id) === 0),
    4,
  ))
    commit(bar.id, intBetween(rng, 1, 2));
  for (const bar of sample(
    rng,
    open.filter((x) => count(x.id) > 0),
    8,
  ))
    commit(bar.id, 1);
  const number = Math.max(...inv.barriers.map((x) => Number(x.id.slice(3)))) + 1;
  const factory = new BarrierFactory(rng, number);
  const reporters = inv.orgs.filter(
    (o) => o.type === "welfare_service" || o.type === "poverty_organisation" || o.type === "library",
  );
  for (let i = 0; i < 6; i++) {
    const bar = factory.signal(pick(rng, reporters), inv.offerings, PERIOD, "signalled");
    inv.barriers.push(bar);
    changes.barriers.added.push(bar.id);
    if (i % 2 === 0) commit(bar.id, 1);
  }
}
