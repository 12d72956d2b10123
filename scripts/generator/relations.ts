/**
 * Ties with the shape real local networks have (regions.md §5.4): a cluster per municipality
 * around its local government (p ≈ 0.7 funding/governance link), same-municipality and
 * same-sector homophily, few ties between formal education and the informal/non-formal world,
 * region-wide formal providers as bridges between municipalities, a small dense core partnership,
 * and a few planted isolates.
 */
import { formalSideOfSector, NEIGHBOURS, ORG_TYPE_DEFAULTS, type RelationType } from "@ecolens/core";
import type { GenOrg } from "./model.ts";
import { RelationBuilder } from "./relation-builder.ts";
import { chance, type Rng } from "./rng.ts";

type Mix = readonly (readonly [RelationType, number])[];
const LOCAL_MIX: Mix = [
  ["information_sharing", 4],
  ["joint_activity", 4],
  ["shared_resources", 2],
  ["staff_volunteer_exchange", 1],
];
const CARE_MIX: Mix = [
  ["referral", 4],
  ["information_sharing", 3],
  ["joint_activity", 1],
];
const FORMAL_MIX: Mix = [
  ["information_sharing", 4],
  ["formal_agreement", 2],
  ["joint_activity", 2],
];
/** Mean number of same-municipality ties per local organisation the pair probabilities aim at. */
const LOCAL_DEGREE = 4;

export const sectorOf = (o: GenOrg) => ORG_TYPE_DEFAULTS[o.type].sector;
export const sideOf = (o: GenOrg) => formalSideOfSector(sectorOf(o));
export const isFormalInformal = (a: GenOrg, b: GenOrg) => {
  const sa = sideOf(a);
  const sb = sideOf(b);
  return sa !== null && sb !== null && sa !== sb;
};

const YOUTH = new Set(["youth_centre", "youth_movement", "youth_work_other"]);
const CULTURE = new Set(["library", "cultural_centre", "amateur_arts", "museum_heritage", "arts_academy"]);
const SOCIAL = new Set(["welfare_service", "care_institution", "poverty_organisation"]);

/** Homophily: how much likelier a same-municipality pair is tied, relative to the base rate. */
function affinity(a: GenOrg, b: GenOrg): number {
  if (a.type === b.type) return 1.6;
  if (isFormalInformal(a, b)) {
    // The few bridges that do exist locally: school - library, school - playground work.
    const pair = new Set([a.type, b.type]);
    if (pair.has("school_primary") && (pair.has("library") || pair.has("youth_work_other"))) return 0.5;
    return 0.05;
  }
  return sectorOf(a) === sectorOf(b) ? 1 : 0.3;
}

function mixFor(a: GenOrg, b: GenOrg): Mix {
  if (SOCIAL.has(a.type) && SOCIAL.has(b.type)) return CARE_MIX;
  if (sideOf(a) === "formal" && sideOf(b) === "formal") return FORMAL_MIX;
  return LOCAL_MIX;
}

/** The municipal node responsible for an organisation (a service if the municipality has one). */
function responsible(o: GenOrg, gov: GenOrg[]): GenOrg {
  const service = (s: GenOrg["service"]) => gov.find((g) => g.service === s);
  const main = gov.find((g) => g.mainGovernment)!;
  if (YOUTH.has(o.type)) return service("jeugd") ?? main;
  if (o.type === "sports_club") return service("sport") ?? main;
  if (SOCIAL.has(o.type)) return service("sociaal") ?? main;
  if (CULTURE.has(o.type)) return service("cultuur") ?? main;
  return main;
}

function governmentTieType(o: GenOrg): RelationType {
  if (o.type === "library" || o.type === "cultural_centre" || o.type === "youth_work_other")
    return "governance";
  if (o.type.startsWith("school_") || o.type === "arts_academy") return "formal_agreement";
  if (SOCIAL.has(o.type)) return "referral";
  if (o.type === "employer_business") return "information_sharing";
  return "funding";
}

function plantIsolates(rng: Rng, orgs: GenOrg[]): void {
  const candidates = new Set([
    "sports_club",
    "amateur_arts",
    "sociocultural",
    "technology_club",
    "other",
    "employer_business",
    "museum_heritage",
  ]);
  for (const o of orgs) if (!o.regional && candidates.has(o.type) && chance(rng, 0.06)) o.isolate = true;
}

function municipalClusters(b: RelationBuilder, orgs: GenOrg[]): void {
  const rng = b.rng;
  const byNis = groupByNis(orgs);
  for (const [, members] of byNis) {
    const gov = members.filter((o) => o.type === "local_government");
    const main = gov.find((g) => g.mainGovernment)!;
    for (const s of gov) if (s !== main) b.add(main, s, "governance", { level: 4, frequency: 4 });
    const local = members.filter((o) => o.type !== "local_government");
    for (const o of local) {
      if (!chance(rng, 0.7)) continue;
      const g = responsible(o, gov);
      const type = governmentTieType(o);
      if (type === "funding" || type === "referral") b.add(g, o, type);
      else b.add(o, g, type);
    }
    const pool = [...local, ...gov.filter((g) => g !== main)];
    const base = LOCAL_DEGREE / Math.max(1, pool.length - 1) / 0.55;
    for (let i = 0; i < pool.length; i++)
      for (let j = i + 1; j < pool.length; j++) {
        if (chance(rng, Math.min(0.9, base * affinity(pool[i], pool[j]))))
          b.addMultiplex(pool[i], pool[j], mixFor(pool[i], pool[j]));
      }
  }
}

function groupByNis(orgs: GenOrg[]): Map<string, GenOrg[]> {
  const byNis = new Map<string, GenOrg[]>();
  for (const o of orgs) {
    if (o.regional || !o.nis) continue;
    if (!byNis.has(o.nis)) byNis.set(o.nis, []);
    byNis.get(o.nis)!.push(o);
  }
  return byNis;
}

/** Neighbouring municipalities: their governments talk, and same-type organisations sometimes meet. */
function neighbourTies(b: RelationBuilder, orgs: GenOrg[]): void {
  const byNis = groupByNis(orgs);
  for (const [nis, members] of byNis)
    for (const other of NEIGHBOURS[nis] ?? []) {
      if (other <= nis) continue;
      const theirs = byNis.get(other) ?? [];
      const mainA = members.find((o) => o.mainGovernment)!;
      const mainB = theirs.find((o) => o.mainGovernment)!;
      if (chance(b.rng, 0.7)) b.add(mainA, mainB, "information_sharing");
      for (const x of members)
        for (const y of theirs)
          if (x.type === y.type && !x.mainGovernment && chance(b.rng, 0.05)) b.addMultiplex(x, y, LOCAL_MIX);
    }
}

function regionalTies(b: RelationBuilder, orgs: GenOrg[]): void {
  const rng = b.rng;
  const named = (name: string) => orgs.find((o) => o.name === name)!;
  const locals = orgs.filter((o) => !o.regional);
  const each = (filter: (o: GenOrg) => boolean, p: number, fn: (o: GenOrg) => void) => {
    for (const o of locals) if (filter(o) && chance(rng, p)) fn(o);
  };
  const mains = (o: GenOrg) => o.mainGovernment === true;
  const social = (o: GenOrg) => o.service === "sociaal";
  const overleg = named("Westhoekoverleg");
  const provincie = named("Provincie West-Vlaanderen, gebiedswerking Westhoek");
  b.add(provincie, overleg, "governance");
  each(mains, 0.95, (o) => b.add(o, overleg, "governance"));
  each(mains, 0.5, (o) => b.add(provincie, o, "funding"));

  const formal = [
    "CVO MIRAS",
    "CVO CERVO-GO",
    "Ligo Westhoek",
    "VIVES Ieper",
    "VDAB Ieper",
    "Syntra West Ieper",
  ].map(named);
  for (let i = 0; i < formal.length; i++)
    for (let j = i + 1; j < formal.length; j++)
      if (chance(rng, 0.7))
        b.addMultiplex(formal[i], formal[j], [
          ["information_sharing", 3],
          ["formal_agreement", 2],
        ]);
  for (const f of formal) {
    const isLigo = f.name.startsWith("Ligo");
    each(
      (o) => mains(o) || social(o),
      0.3,
      (o) => (social(o) ? b.add(o, f, "referral") : b.add(o, f, "formal_agreement")),
    );
    each(
      (o) => o.type === "library",
      isLigo ? 0.7 : 0.2,
      (o) =>
        b.addMultiplex(f, o, [
          ["joint_activity", 2],
          ["shared_resources", 1],
        ]),
    );
    each(
      (o) => o.type === "welfare_service" || o.type === "poverty_organisation",
      0.2,
      (o) => b.add(o, f, "referral"),
    );
    each(
      (o) => o.type === "school_secondary",
      f.type === "basic_education_centre" ? 0.05 : 0.3,
      (o) => b.addMultiplex(o, f, FORMAL_MIX),
    );
    each(
      (o) => o.type === "care_institution",
      f.type === "adult_education_centre" ? 0.15 : 0.02,
      (o) => b.add(o, f, "shared_resources"),
    );
    each(
      (o) => o.type === "social_economy",
      0.4,
      (o) => b.add(f, o, "referral"),
    );
    // The rare bridges from formal providers into the informal world.
    each(
      (o) => sectorOf(o) === "informal_community",
      0.006,
      (o) => b.add(o, f, "joint_activity"),
    );
  }
  const avansa = named("Avansa Westhoek");
  each(
    (o) => o.type === "sociocultural",
    0.25,
    (o) => b.add(avansa, o, "joint_activity"),
  );
  each(
    (o) => o.type === "library" || o.type === "cultural_centre",
    0.35,
    (o) => b.add(avansa, o, "joint_activity"),
  );
  const vrijwilligerspunt = named("Vrijwilligerspunt Westhoek");
  each(
    (o) => o.type === "volunteering_org",
    0.8,
    (o) => b.add(vrijwilligerspunt, o, "information_sharing"),
  );
  each(mains, 0.4, (o) => b.add(o, vrijwilligerspunt, "funding"));
  each(
    (o) => o.type === "care_institution",
    0.1,
    (o) => b.add(vrijwilligerspunt, o, "referral"),
  );
  const caw = named("CAW Westhoek");
  each(social, 0.8, (o) => b.addMultiplex(o, caw, CARE_MIX));
  each(
    (o) => o.type === "welfare_service" || o.type === "poverty_organisation",
    0.4,
    (o) => b.addMultiplex(caw, o, CARE_MIX),
  );
  const kringwinkel = named("Kringwinkel Westhoek");
  each(social, 0.4, (o) => b.add(o, kringwinkel, "referral"));
  b.add(named("VDAB Ieper"), kringwinkel, "referral");
  const hvn = named("Huis van het Nederlands West-Vlaanderen");
  for (const f of formal.slice(0, 3)) b.add(hvn, f, "referral");
  each(
    (o) => social(o) || o.type === "library",
    0.25,
    (o) => b.add(o, hvn, "information_sharing"),
  );
  for (const [name, arrs] of [
    ["Natuurpunt Westhoek-Zuid", ["33"]],
    ["Natuurpunt Westhoek-Noord", ["32", "38"]],
  ] as const) {
    const np = named(name);
    each(
      (o) => o.type === "nature_club" && arrs.some((a) => o.nis!.startsWith(a)),
      0.6,
      (o) => b.addMultiplex(np, o, LOCAL_MIX),
    );
  }
}

/** The ESF core partnership: promoter, co-financers and partners, tied to density ≈ 0.3. */
export const CORE_NAMES = [
  "Talentenregio Westhoek",
  "Westhoekoverleg",
  "Provincie West-Vlaanderen, gebiedswerking Westhoek",
  "CVO MIRAS",
  "CVO CERVO-GO",
  "Ligo Westhoek",
  "VIVES Ieper",
  "VDAB Ieper",
  "Avansa Westhoek",
  "Vrijwilligerspunt Westhoek",
  "CAW Westhoek",
  "Kringwinkel Westhoek",
  "Natuurpunt Westhoek-Zuid",
  "Stad Ieper",
  "Stad Poperinge",
  "Stad Diksmuide",
  "Stad Veurne",
  "Gemeente Koksijde",
  "Jeugddienst Ieper",
  "Sociaal Huis Ieper",
  "Chiro Sint-Jan",
  "Café-theater Élan",
];

function corePartnership(b: RelationBuilder, orgs: GenOrg[]): void {
  const rng = b.rng;
  const core = CORE_NAMES.map((n) => orgs.find((o) => o.name === n)!);
  const library = orgs.find((o) => o.type === "library" && o.nis === "33011")!;
  const jeugdhuis =
    orgs.find((o) => o.type === "youth_centre" && o.nis === "33011") ??
    orgs.find((o) => o.type === "youth_centre")!;
  const poverty = orgs.find((o) => o.type === "poverty_organisation")!;
  core.push(library, jeugdhuis, poverty);
  const promoter = core[0];
  for (const o of core) {
    o.core = true;
    o.isolate = false;
    o.role =
      o === promoter
        ? "promoter"
        : o.type === "supra_local_government" || o.name === "Stad Ieper"
          ? "co_financer"
          : "partner";
    o.joinedOn = o === promoter ? "2021-09-01" : undefined;
  }
  for (const o of core.slice(1)) b.add(promoter, o, "governance");
  const tied = (x: GenOrg, y: GenOrg) =>
    b.relations.some(
      (r) => (r.source === x.id && r.target === y.id) || (r.source === y.id && r.target === x.id),
    );
  const pairs: [GenOrg, GenOrg][] = [];
  for (let i = 1; i < core.length; i++)
    for (let j = i + 1; j < core.length; j++) pairs.push([core[i], core[j]]);
  const open = pairs.filter(([x, y]) => !tied(x, y));
  const target = 0.3 * pairs.length - (pairs.length - open.length);
  const p = Math.max(0, target / Math.max(1, open.length));
  for (const [x, y] of open)
    if (chance(rng, p))
      b.addMultiplex(x, y, [
        ["joint_activity", 3],
        ["information_sharing", 3],
        ["staff_volunteer_exchange", 1],
      ]);
}

/** All wave-1 relations; marks isolates and core partners on the organisations. */
export function generateRelations(rng: Rng, orgs: GenOrg[]): RelationBuilder {
  plantIsolates(rng, orgs);
  for (const name of CORE_NAMES) orgs.find((o) => o.name === name)!.isolate = false;
  const b = new RelationBuilder(rng, orgs, ["2012-01-01", "2023-06-30"]);
  municipalClusters(b, orgs);
  neighbourTies(b, orgs);
  regionalTies(b, orgs);
  corePartnership(b, orgs);
  return b;
}
