/**
 * Collects relations without duplicates: one row per (pair, relation type), undirected types in
 * either orientation counted once, no self-loops, no ties touching a planted isolate.
 */
import { RELATION_TYPE_DIRECTED, type RelationType } from "@ecolens/core";
import { type GenOrg, type GenRelation, relationKey } from "./model.ts";
import { chance, dateBetween, intBetween, pick, type Rng, weightedPick } from "./rng.ts";

/** Typical level (1-4) range and frequency (1-5) range of each relation type. */
const SHAPE: Record<RelationType, { level: [number, number]; frequency: [number, number] }> = {
  information_sharing: { level: [1, 2], frequency: [1, 3] },
  referral: { level: [2, 3], frequency: [2, 4] },
  joint_activity: { level: [2, 3], frequency: [1, 3] },
  shared_resources: { level: [2, 3], frequency: [2, 4] },
  funding: { level: [2, 3], frequency: [1, 2] },
  staff_volunteer_exchange: { level: [2, 4], frequency: [2, 4] },
  formal_agreement: { level: [3, 4], frequency: [2, 3] },
  governance: { level: [3, 4], frequency: [2, 4] },
  pathway: { level: [2, 3], frequency: [1, 2] },
  barrier_cooperation: { level: [2, 3], frequency: [2, 3] },
};

const NOTES = [
  "via stuurgroep leerecosysteem",
  "samen de Week van de Vrijwilliger",
  'project "Zomer in de Westhoek"',
  "afspraak; jaarlijks evaluatiemoment",
  "lokaal overleg vrije tijd",
  "gedeelde lokalen, materiaal & vervoer",
];

export class RelationBuilder {
  readonly relations: GenRelation[] = [];
  private readonly keys = new Set<string>();
  private readonly isolates: Set<string>;

  constructor(
    readonly rng: Rng,
    orgs: readonly GenOrg[],
    private readonly period: [string, string],
  ) {
    this.isolates = new Set(orgs.filter((o) => o.isolate).map((o) => o.id));
  }

  /** Takes over relations of an earlier round (already deduplicated) without changing them. */
  adopt(relations: readonly GenRelation[]): void {
    for (const r of relations) {
      this.keys.add(relationKey(r, RELATION_TYPE_DIRECTED[r.type as RelationType]));
      this.relations.push(r);
    }
  }

  has(source: string, target: string, type: RelationType): boolean {
    return this.keys.has(relationKey({ source, target, type }, RELATION_TYPE_DIRECTED[type]));
  }

  /** Adds the tie unless it is a self-loop, a duplicate or touches an isolate; true if added. */
  add(source: GenOrg, target: GenOrg, type: RelationType, extra: Partial<GenRelation> = {}): boolean {
    if (source.id === target.id || this.isolates.has(source.id) || this.isolates.has(target.id)) return false;
    const key = relationKey({ source: source.id, target: target.id, type }, RELATION_TYPE_DIRECTED[type]);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const rng = this.rng;
    const shape = SHAPE[type];
    const rel: GenRelation = {
      source: source.id,
      target: target.id,
      type,
      level: intBetween(rng, shape.level[0], shape.level[1]),
      frequency: intBetween(rng, shape.frequency[0], shape.frequency[1]),
      confirmed: chance(rng, 0.55),
      reportedBy: chance(rng, 0.7) ? source.id : target.id,
      startDate: dateBetween(rng, this.period[0], this.period[1]),
      ...extra,
    };
    if (rel.theme === undefined && chance(rng, 0.35)) rel.theme = pick(rng, source.themes);
    if (rel.notes === undefined && chance(rng, 0.04)) rel.notes = pick(rng, NOTES);
    this.relations.push(rel);
    return true;
  }

  /** Adds one tie of a type drawn from `types`, and sometimes a second one (multiplex ties). */
  addMultiplex(
    a: GenOrg,
    b: GenOrg,
    types: readonly (readonly [RelationType, number])[],
    pSecond = 0.12,
  ): void {
    const first = weightedPick(this.rng, types);
    if (!this.add(a, b, first)) return;
    if (chance(this.rng, pSecond)) {
      const second = weightedPick(this.rng, types);
      if (second !== first) this.add(a, b, second);
    }
  }

  remove(predicate: (r: GenRelation) => boolean): GenRelation[] {
    const removed: GenRelation[] = [];
    for (let i = this.relations.length - 1; i >= 0; i--) {
      const r = this.relations[i];
      if (predicate(r)) {
        removed.push(r);
        this.relations.splice(i, 1);
        this.keys.delete(relationKey(r, RELATION_TYPE_DIRECTED[r.type as RelationType]));
      }
    }
    return removed.reverse();
  }
}
