/**
 * The organisations of the synthetic Westhoek learning ecosystem: region-wide providers plus,
 * per municipality, counts drawn with the heuristics of regions.md §5.4. Sports clubs, socio-
 * cultural associations, amateur arts, care institutions and primary schools are thinned to the
 * share an inventory would list as partners (FRACTIONS), so the region lands at 400-800 nodes.
 */
import type { Municipality, OrgType } from "@ecolens/core";
import { municipalitiesOfRegion, WESTHOEK_CENTROIDS } from "@ecolens/core";
import { randomKbo } from "./kbo.ts";
import type { GenOrg } from "./model.ts";
import {
  CULTURAL_CENTRE_NAMES,
  fillPattern,
  NAME_PATTERNS,
  SPORTS,
  slugify,
  YOUTH_CENTRE_NAMES,
} from "./names.ts";
import { PROFILES } from "./org-profiles.ts";
import { PLACES, STREETS } from "./places.ts";
import { chance, intBetween, pick, poisson, type Rng, weightedPick } from "./rng.ts";

/** Share of each kind an inventory lists as "inventoried partners" (documented in data/README.md). */
export const FRACTIONS = { sports: 0.2, associations: 0.3, care: 0.5, primarySchools: 0.5 };
/** Municipalities that take part in UiTPAS in this synthetic world. */
const UITPAS_NIS = new Set([
  "33011",
  "33021",
  "32003",
  "38025",
  "38014",
  "33029",
  "33037",
  "38016",
  "33040",
  "32011",
]);
const WWI_MUSEUMS: Record<string, string> = {
  "33011": "Herinneringscentrum Ieper 14-18",
  "33037": "Memoriaal Passendale 1917",
  "32003": "Vredeshuis aan de IJzer",
  "33021": "Hopmuseum Poperinge",
};

export class OrgFactory {
  readonly ids = new Set<string>();
  readonly names = new Set<string>();
  readonly kbos = new Set<string>();
  constructor(readonly rng: Rng) {}

  uniqueName(make: () => string): string {
    for (let i = 0; i < 20; i++) {
      const name = make();
      if (!this.names.has(name)) return this.claimName(name);
    }
    let n = 2;
    const base = make();
    while (this.names.has(`${base} ${n}`)) n++;
    return this.claimName(`${base} ${n}`);
  }
  private claimName(name: string): string {
    this.names.add(name);
    return name;
  }
  uniqueId(name: string): string {
    const base = slugify(name);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** An organisation of `type` with the profile's attributes, located in `m` (or region-wide). */
  create(type: OrgType, name: string, m: Municipality | undefined, regional = false): GenOrg {
    const rng = this.rng;
    const p = PROFILES[type];
    const legalForm = weightedPick(rng, p.legal);
    const org: GenOrg = {
      id: this.uniqueId(name),
      name,
      type,
      legalForm,
      scope: regional ? (p.scope === "provincial" ? "provincial" : "regional") : p.scope,
      themes: [p.themes[0]],
      targetGroups: [p.targets[0]],
      resources: [],
      regional,
    };
    if (p.themes.length > 1 && chance(rng, 0.6)) org.themes.push(pick(rng, p.themes.slice(1)));
    for (const t of p.targets.slice(1)) if (chance(rng, 0.4)) org.targetGroups.push(t);
    for (const r of p.resources) if (chance(rng, 0.6)) org.resources.push(r);
    if (legalForm === "vzw" || legalForm === "bedrijf" || legalForm === "cooperatie") {
      org.kbo = randomKbo(rng, pick(rng, ["04", "04", "05", "06", "07", "08"]), this.kbos);
      org.kboStyle = chance(rng, 0.2) ? "lost_zero" : "dotted";
    } else if (type === "local_government" && !name.includes("dienst")) {
      org.kbo = randomKbo(rng, "02", this.kbos);
      org.kboStyle = "dotted";
    }
    if (m) this.locate(org, m);
    if (p.age) [org.ageMin, org.ageMax] = p.age;
    if (p.members) org.members = intBetween(rng, p.members[0], p.members[1]);
    if (p.volunteers) org.volunteers = intBetween(rng, p.volunteers[0], p.volunteers[1]);
    if (p.fte) org.staffFte = Math.round((p.fte[0] + rng() * (p.fte[1] - p.fte[0])) * 2) / 2;
    if (p.uitpas !== undefined && m) org.uitpas = UITPAS_NIS.has(m.nis_code) && chance(rng, p.uitpas);
    return org;
  }

  private locate(org: GenOrg, m: Municipality): void {
    const rng = this.rng;
    const place = PLACES.find((pl) => pl.nis === m.nis_code)!;
    const c = WESTHOEK_CENTROIDS[m.nis_code];
    org.nis = m.nis_code;
    org.municipality = m.name_nl;
    org.postcode = place.postcode;
    if (chance(rng, 0.6)) org.address = `${pick(rng, STREETS)} ${intBetween(rng, 1, 120)}`;
    org.lat = Math.round((c.lat + (rng() - 0.5) * 0.05) * 1e5) / 1e5;
    org.lon = Math.round((c.lon + (rng() - 0.5) * 0.07) * 1e5) / 1e5;
  }

  /** A village or the municipality itself, as clubs name themselves. */
  placeName(m: Municipality): string {
    const place = PLACES.find((pl) => pl.nis === m.nis_code)!;
    return place.sections.length > 0 && chance(this.rng, 0.45) ? pick(this.rng, place.sections) : m.name_nl;
  }

  /** A local organisation of a type whose name follows NAME_PATTERNS (or sports patterns). */
  local(type: OrgType, m: Municipality): GenOrg {
    const rng = this.rng;
    if (type === "sports_club") {
      const s = pick(rng, SPORTS);
      const org = this.create(
        type,
        this.uniqueName(() => fillPattern(rng, pick(rng, s.names), this.placeName(m))),
        m,
      );
      org.sport = s.sport;
      return org;
    }
    if (type === "youth_centre") {
      return this.create(
        type,
        this.uniqueName(() => pick(rng, YOUTH_CENTRE_NAMES)),
        m,
      );
    }
    const patterns = NAME_PATTERNS[type] ?? ["{p}"];
    return this.create(
      type,
      this.uniqueName(() => fillPattern(rng, pick(rng, patterns), this.placeName(m))),
      m,
    );
  }
}

function ieper(): Municipality {
  return municipalitiesOfRegion("Westhoek").find((m) => m.nis_code === "33011")!;
}

/** Region-wide organisations: the formal providers and intermediaries every municipality shares. */
function regionalOrganisations(f: OrgFactory): GenOrg[] {
  const byName = (nis: string) => municipalitiesOfRegion("Westhoek").find((m) => m.nis_code === nis)!;
  const list: [OrgType, string, Municipality][] = [
    ["adult_education_centre", "CVO MIRAS", ieper()],
    ["adult_education_centre", "CVO CERVO-GO", byName("38025")],
    ["basic_education_centre", "Ligo Westhoek", ieper()],
    ["higher_education", "VIVES Ieper", ieper()],
    ["training_provider", "VDAB Ieper", ieper()],
    ["training_provider", "Syntra West Ieper", ieper()],
    ["supra_local_government", "Westhoekoverleg", ieper()],
    ["supra_local_government", "Provincie West-Vlaanderen, gebiedswerking Westhoek", ieper()],
    ["intermediary", "Talentenregio Westhoek", ieper()],
    ["intermediary", "Huis van het Nederlands West-Vlaanderen", ieper()],
    ["sociocultural", "Avansa Westhoek", ieper()],
    ["volunteering_org", "Vrijwilligerspunt Westhoek", byName("33021")],
    ["welfare_service", "CAW Westhoek", ieper()],
    ["social_economy", "Kringwinkel Westhoek", ieper()],
    ["nature_club", "Natuurpunt Westhoek-Zuid", byName("33039")],
    ["nature_club", "Natuurpunt Westhoek-Noord", byName("32003")],
  ];
  return list.map(([type, name, m]) => {
    f.names.add(name);
    const org = f.create(type, name, m, true);
    if (type === "training_provider" && name.startsWith("VDAB")) org.legalForm = "vlaamse_overheid";
    if (name.startsWith("Provincie")) org.legalForm = "provincie";
    return org;
  });
}

/** How many organisations of each type one municipality of population P gets (regions.md §5.4). */
function countsFor(rng: Rng, m: Municipality): [OrgType, number][] {
  const P = m.population ?? 0;
  return [
    ["library", 1],
    ["cultural_centre", P > 10000 ? 1 : Number(chance(rng, 0.4))],
    ["sports_club", poisson(rng, ((2.9 * P) / 1000) * FRACTIONS.sports)],
    // West Flanders: ≈ 1 youth group per 2,800 inhabitants; Mesen has none (regions.md §5.4).
    ["youth_movement", m.nis_code === "33016" ? 0 : poisson(rng, P / 2800)],
    ["youth_centre", Number(chance(rng, 0.6)) + Math.floor(P / 25000)],
    ["youth_work_other", Number(chance(rng, 0.6))],
    ["museum_heritage", intBetween(rng, 0, 1)],
    ["nature_club", intBetween(rng, 1, 2)],
    ["technology_club", Number(chance(rng, 0.5))],
    ["sociocultural", poisson(rng, (P / 1000) * FRACTIONS.associations * 0.55)],
    ["amateur_arts", poisson(rng, (P / 1000) * FRACTIONS.associations * 0.45)],
    ["care_institution", poisson(rng, (P / 5000) * FRACTIONS.care) + 1],
    ["welfare_service", intBetween(rng, 1, 3)],
    ["poverty_organisation", Number(chance(rng, P > 10000 ? 0.6 : 0.15))],
    ["school_primary", Math.max(1, Math.round((P / 2000) * FRACTIONS.primarySchools))],
    ["school_secondary", P < 8000 ? 0 : P < 15000 ? 1 : P < 25000 ? 2 : 3],
    ["arts_academy", P > 15000 ? 1 : 0],
    ["employer_business", poisson(rng, P / 10000)],
    ["social_economy", Number(chance(rng, P > 15000 ? 0.5 : 0.1))],
    ["volunteering_org", P > 15000 ? Number(chance(rng, 0.7)) : 0],
    ["other", Number(chance(rng, 0.3))],
  ];
}

function governmentOf(f: OrgFactory, m: Municipality): GenOrg[] {
  const city = PLACES.find((p) => p.nis === m.nis_code)!.city;
  const main = f.create("local_government", `${city ? "Stad" : "Gemeente"} ${m.name_nl}`, m);
  f.names.add(main.name);
  main.mainGovernment = true;
  const out = [main];
  const P = m.population ?? 0;
  const services: [NonNullable<GenOrg["service"]>, string][] = [];
  if (P >= 8000) services.push(["sociaal", `Sociaal Huis ${m.name_nl}`]);
  if (P >= 15000) services.push(["jeugd", `Jeugddienst ${m.name_nl}`]);
  if (P >= 30000)
    services.push(["sport", `Sportdienst ${m.name_nl}`], ["cultuur", `Cultuurdienst ${m.name_nl}`]);
  for (const [service, name] of services) {
    f.names.add(name);
    const org = f.create("local_government", name, m);
    org.service = service;
    org.legalForm = service === "sociaal" ? "ocmw" : "lokaal_bestuur";
    out.push(org);
  }
  return out;
}

function namedLocal(f: OrgFactory, type: OrgType, m: Municipality): GenOrg {
  if (type === "library") {
    const name = f.uniqueName(() => `${chance(f.rng, 0.8) ? "Bibliotheek" : "Bib"} ${m.name_nl}`);
    return f.create(type, name, m);
  }
  if (type === "cultural_centre")
    return f.create(
      type,
      f.uniqueName(() => `CC ${pick(f.rng, CULTURAL_CENTRE_NAMES)}`),
      m,
    );
  return f.local(type, m);
}

/** Names every version of the example shows (they also exercise accents and quoting). */
const SIGNATURE: [OrgType, string, string][] = [
  ["youth_movement", "Chiro Sint-Jan", "33011"],
  ["youth_movement", "KSA Poperinge", "33021"],
  ["sports_club", "VV Zonnebeke", "33037"],
  ["school_secondary", "Sint-Niklaascollege", "33011"],
  ["amateur_arts", "Café-theater Élan", "33021"],
];

export function generateOrganisations(f: OrgFactory): GenOrg[] {
  const orgs = regionalOrganisations(f);
  for (const [, name] of SIGNATURE) f.names.add(name);
  for (const m of municipalitiesOfRegion("Westhoek")) {
    orgs.push(...governmentOf(f, m));
    const fixed: [OrgType, string][] = SIGNATURE.filter(([, , nis]) => nis === m.nis_code).map(([t, n]) => [
      t,
      n,
    ]);
    if (WWI_MUSEUMS[m.nis_code]) fixed.push(["museum_heritage", WWI_MUSEUMS[m.nis_code]]);
    for (const [type, name] of fixed) {
      f.names.add(name);
      const org = f.create(type, name, m);
      if (type === "sports_club") org.sport = "voetbal";
      orgs.push(org);
    }
    for (const [type, n] of countsFor(f.rng, m))
      for (let i = 0; i < n; i++) orgs.push(namedLocal(f, type, m));
  }
  return orgs;
}
