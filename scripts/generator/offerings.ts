/**
 * Learning opportunities (leerkansen): 1-3 per organisation from the templates of its type, and
 * onward steps to the region's formal providers. Chains are deliberately imperfect: about a third
 * of the offers that could lead somewhere have no onward step, and only some onward steps come
 * with a `pathway` tie between the two providers (the rest are steps with no relation behind them).
 */
import { ORG_TYPE_DEFAULTS } from "@ecolens/core";
import type { GenOffering, GenOrg } from "./model.ts";
import { LOCAL_TEMPLATES, type OfferingTemplate } from "./offering-templates.ts";
import { REGIONAL_TEMPLATES } from "./regional-templates.ts";
import type { RelationBuilder } from "./relation-builder.ts";
import { chance, dateBetween, intBetween, pick, type Rng, sample } from "./rng.ts";

const SCHEDULE: Record<string, string> = {
  club_membership: "wekelijks",
  course: "schooljaar",
  workshop: "maandelijks",
  activity: "maandelijks",
  volunteering: "doorlopend",
  internship: "schooljaar",
  event: "eenmalig",
  coaching: "op afspraak",
  project: "schooljaar",
};

export class OfferingFactory {
  constructor(
    readonly rng: Rng,
    private next = 1,
  ) {}

  nextId(): string {
    return `LK-${String(this.next++).padStart(4, "0")}`;
  }

  build(org: GenOrg, tpl: OfferingTemplate, year: number): GenOffering {
    const rng = this.rng;
    const cost = tpl.cost[1] === 0 ? 0 : roundPrice(tpl.cost[0] + rng() * (tpl.cost[1] - tpl.cost[0]));
    const context =
      tpl.format === "volunteering"
        ? "informal"
        : (ORG_TYPE_DEFAULTS[org.type].learningContext ?? "non_formal");
    const capacity = tpl.format === "event" ? intBetween(rng, 50, 300) : intBetween(rng, 8, 40);
    const participants = Math.round(capacity * (0.4 + rng() * 0.6));
    const access = [...(tpl.access ?? [])];
    if (chance(rng, 0.4) && !access.includes("wheelchair")) access.push("wheelchair");
    if (chance(rng, 0.25)) access.push("public_transport");
    const o: GenOffering = {
      id: this.nextId(),
      orgId: org.id,
      coOrgIds: [],
      title: tpl.title
        .replace("{p}", org.municipality ?? "de Westhoek")
        .replace("{sport}", org.sport ?? "sport"),
      learningContext: context,
      format: tpl.format,
      themes: [...tpl.themes],
      targetGroups: [...tpl.targets],
      nis: org.nis,
      municipality: org.municipality,
      costEur: cost,
      accessibility: access,
      language: access.includes("multilingual") ? "multi" : "nl",
      schedule: SCHEDULE[tpl.format],
      capacity,
      participants,
      participantsTarget: Math.round(participants * rng() * 0.4),
      recognition: tpl.recognition,
      nextStepIds: [],
      template: tpl.key,
    };
    if (tpl.age) [o.ageMin, o.ageMax] = tpl.age;
    if (cost > 0) o.reducedTariff = org.uitpas === true ? chance(rng, 0.8) : chance(rng, 0.15);
    if (tpl.format === "event") o.startDate = dateBetween(rng, `${year}-09-01`, `${year + 1}-06-30`);
    else {
      o.startDate = `${year}-09-${chance(rng, 0.5) ? "01" : "15"}`;
      if (tpl.format === "course" || tpl.format === "project") o.endDate = `${year + 1}-06-30`;
    }
    return o;
  }
}

/** Prices as partners write them: whole euros or a half euro. */
function roundPrice(x: number): number {
  return x < 20 ? Math.round(x * 2) / 2 : Math.round(x / 5) * 5;
}

export interface OfferingResult {
  offerings: GenOffering[];
  /** Onward steps whose providers got a `pathway` tie. */
  tiedSteps: number;
}

export function generateOfferings(
  f: OfferingFactory,
  orgs: GenOrg[],
  rel: RelationBuilder,
  year: number,
): OfferingResult {
  const rng = f.rng;
  const offerings: GenOffering[] = [];
  const providerOf = new Map<string, GenOrg>();
  const pending: [GenOffering, GenOrg, OfferingTemplate][] = [];
  for (const org of orgs.filter((o) => o.regional && REGIONAL_TEMPLATES[o.name])) {
    for (const tpl of REGIONAL_TEMPLATES[org.name]) offerings.push(f.build(org, tpl, year));
  }
  for (const org of orgs) {
    if (org.regional) continue;
    let templates = LOCAL_TEMPLATES[org.type] ?? [];
    if (org.type === "local_government")
      templates = org.service === "jeugd" || org.service === "sport" ? templates : [];
    if (templates.length === 0 || !chance(rng, 0.85)) continue;
    for (const tpl of sample(rng, templates, intBetween(rng, 1, 3))) {
      const o = f.build(org, tpl, year);
      const partners = rel.relations
        .filter((r) => r.source === org.id && r.type === "joint_activity")
        .map((r) => r.target);
      if (partners.length > 0 && chance(rng, 0.2)) o.coOrgIds.push(pick(rng, partners));
      offerings.push(o);
      pending.push([o, org, tpl]);
    }
  }
  for (const org of orgs) providerOf.set(org.id, org);
  let tiedSteps = 0;
  for (const [o, org, tpl] of pending) {
    if (!tpl.next || !chance(rng, 0.65)) continue;
    const key = pick(rng, tpl.next);
    // The onward step: a region-wide course, or the same kind of course nearby (an arts academy).
    const options = offerings.filter((x) => x.template === key);
    if (options.length === 0) continue;
    const local = options.filter((x) => x.nis === o.nis);
    const step = pick(rng, local.length > 0 ? local : options);
    const stepOrg = providerOf.get(step.orgId)!;
    // Now and then a partner names the provider rather than a specific course.
    o.nextStepIds.push(chance(rng, 0.1) ? stepOrg.id : step.id);
    if (chance(rng, 0.25) && rel.add(org, stepOrg, "pathway", { theme: tpl.themes[0] })) tiedSteps++;
  }
  return { offerings, tiedSteps };
}
