/**
 * Barriers (drempels) that partners signal for a target group, mostly in their own municipality
 * (empty municipality = the whole region). Descriptions are short Dutch sentences as a
 * coordinator would type them; the mix of types leans on the roadshow text (financial, material,
 * mental) and on the rural Westhoek (mobility).
 */
import type { GenBarrier, GenOffering, GenOrg } from "./model.ts";
import { chance, dateBetween, intBetween, pick, type Rng, weightedPick } from "./rng.ts";

interface BarrierTemplate {
  type: string;
  weight: number;
  targets: string[];
  texts: string[];
}

const TEMPLATES: BarrierTemplate[] = [
  {
    type: "financial",
    weight: 20,
    targets: ["people_in_poverty", "families", "youth"],
    texts: [
      "Lidgeld en materiaal te duur voor gezinnen met een laag inkomen",
      "Inschrijvingsgeld vooraf betalen lukt niet voor iedereen",
      "Kamp- en uitstapkosten houden kinderen thuis",
    ],
  },
  {
    type: "mobility",
    weight: 16,
    targets: ["youth", "seniors", "people_with_disabilities"],
    texts: [
      "Geen bus 's avonds naar de cursuslocatie",
      "Deelgemeenten slecht bereikbaar zonder auto",
      "Jongeren zonder rijbewijs geraken niet naar Ieper",
    ],
  },
  {
    type: "digital",
    weight: 12,
    targets: ["low_digital_skills", "seniors"],
    texts: [
      "Inschrijven kan enkel online",
      "Geen computer of internet thuis",
      "Communicatie enkel via app of e-mail",
    ],
  },
  {
    type: "language",
    weight: 10,
    targets: ["non_native_newcomers"],
    texts: ["Folders en website enkel in het Nederlands", "Te moeilijke taal in de inschrijvingsformulieren"],
  },
  {
    type: "information",
    weight: 10,
    targets: ["low_qualified", "people_in_poverty", "jobseekers"],
    texts: ["Aanbod onbekend bij de doelgroep", "Niemand weet welke vervolgopleiding er bestaat"],
  },
  {
    type: "mental_psychological",
    weight: 10,
    targets: ["neet_youth", "low_qualified"],
    texts: [
      "Schoolmoeheid: 'terug naar de schoolbanken' schrikt af",
      "Weinig zelfvertrouwen om in een groep te starten",
    ],
  },
  {
    type: "practical_time",
    weight: 7,
    targets: ["families", "adults"],
    texts: ["Geen kinderopvang tijdens de cursus", "Uren vallen samen met ploegenwerk"],
  },
  {
    type: "social",
    weight: 6,
    targets: ["non_native_newcomers", "people_in_poverty", "youth"],
    texts: [
      "Nieuwe leden voelen zich niet welkom in de vaste groep",
      "Groepscultuur & verwachtingen onduidelijk",
    ],
  },
  {
    type: "material",
    weight: 5,
    targets: ["people_in_poverty", "children"],
    texts: ["Geen sportkledij of fiets", "Geen laptop voor de opleiding"],
  },
  {
    type: "institutional_rules",
    weight: 3,
    targets: ["jobseekers", "non_native_newcomers"],
    texts: ["Toelatingsvoorwaarden vragen een diploma", "Wachtlijst en inschrijving enkel in september"],
  },
  {
    type: "physical_accessibility",
    weight: 3,
    targets: ["people_with_disabilities"],
    texts: ["Lokaal op de eerste verdieping zonder lift", "Geen aangepast sanitair"],
  },
];

const REPORTER_TYPES = new Set([
  "welfare_service",
  "poverty_organisation",
  "library",
  "basic_education_centre",
  "youth_centre",
  "school_primary",
  "school_secondary",
  "care_institution",
]);

export class BarrierFactory {
  constructor(
    readonly rng: Rng,
    private next = 1,
  ) {}

  nextId(): string {
    return `DR-${String(this.next++).padStart(3, "0")}`;
  }

  /** One barrier signalled by `reporter`, sometimes tied to one of its offerings. */
  signal(reporter: GenOrg, offerings: GenOffering[], period: [string, string], status: string): GenBarrier {
    const rng = this.rng;
    const tpl = weightedPick(
      rng,
      TEMPLATES.map((t) => [t, t.weight] as const),
    );
    const b: GenBarrier = {
      id: this.nextId(),
      type: tpl.type,
      targetGroup: pick(rng, tpl.targets),
      description: pick(rng, tpl.texts),
      severity: intBetween(rng, 1, 3),
      reportedBy: reporter.id,
      reportedOn: dateBetween(rng, period[0], period[1]),
      status,
    };
    if (!reporter.regional && chance(rng, 0.85)) {
      b.nis = reporter.nis;
      b.municipality = reporter.municipality;
    }
    const own = offerings.filter((o) => o.orgId === reporter.id);
    if (own.length > 0 && chance(rng, 0.3)) {
      const o = pick(rng, own);
      b.offeringId = o.id;
      b.orgId = reporter.id;
    }
    return b;
  }
}

/** Wave-1 statuses: mostly still open. */
const STATUS_MIX = [
  ["signalled", 45],
  ["in_progress", 35],
  ["resolved", 10],
  ["parked", 10],
] as const;

export function generateBarriers(
  f: BarrierFactory,
  orgs: GenOrg[],
  offerings: GenOffering[],
  count: number,
): GenBarrier[] {
  const reporters = orgs.filter(
    (o) => !o.isolate && (REPORTER_TYPES.has(o.type) || o.service === "sociaal" || o.name === "CAW Westhoek"),
  );
  const out: GenBarrier[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      f.signal(
        pick(f.rng, reporters),
        offerings,
        ["2022-01-10", "2023-06-30"],
        weightedPick(f.rng, STATUS_MIX),
      ),
    );
  }
  return out;
}
