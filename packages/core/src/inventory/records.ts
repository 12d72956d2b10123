/**
 * Typed records from parsed rows, with the derived values the format defines: sector and learning
 * context from org_type, directedness from relation_type, weight = weight, else level, else 1, and
 * barrier_group from barrier_type.
 */
import {
  GENERIC_RELATION_TYPE,
  orgTypeDefaults,
  RELATION_TYPE_DIRECTED,
  type RelationType,
} from "../model/codes.ts";
import type {
  Barrier,
  BarrierCommitment,
  Municipality,
  Offering,
  Organisation,
  Relation,
} from "../model/types.ts";
import { barrierGroupOf } from "../vocab/registry.ts";
import type { ParsedRow } from "./rows.ts";

/** Copies the typed values (and extra, file, row) into a record with defaults for list fields. */
function base<T>(parsed: ParsedRow, file: string, lists: readonly string[]): T {
  const rec: Record<string, unknown> = {};
  for (const list of lists) rec[list] = [];
  for (const key of Object.keys(parsed.values)) rec[key] = parsed.values[key];
  rec.extra = parsed.extra;
  rec.file = file;
  rec.row = parsed.row;
  return rec as T;
}

export function toOrganisation(parsed: ParsedRow, file: string): Organisation {
  const org = base<Organisation>(parsed, file, ["themes", "target_groups", "resources"]);
  if (org.name === undefined) org.name = org.org_id; // no name column at all (MISSING_COLUMN info)
  const defaults = orgTypeDefaults(org.org_type);
  if (org.sector === undefined && defaults.sector) org.sector = defaults.sector;
  if (org.learning_context === undefined && defaults.learningContext)
    org.learning_context = defaults.learningContext;
  return org;
}

export function defaultDirected(relationType: string): boolean {
  return Object.hasOwn(RELATION_TYPE_DIRECTED, relationType)
    ? RELATION_TYPE_DIRECTED[relationType as RelationType]
    : false;
}

export function toRelation(parsed: ParsedRow, file: string): Relation {
  const rel = base<Relation>(parsed, file, []);
  rel.key = `r:${file}:${parsed.row}`;
  if (rel.relation_type === undefined) rel.relation_type = GENERIC_RELATION_TYPE;
  if (rel.directed === undefined) rel.directed = defaultDirected(rel.relation_type);
  if (rel.weight === undefined) rel.weight = rel.level ?? 1;
  return rel;
}

export function toOffering(parsed: ParsedRow, file: string): Offering {
  return base<Offering>(parsed, file, [
    "co_org_ids",
    "themes",
    "target_groups",
    "accessibility",
    "next_step_ids",
  ]);
}

export function toBarrier(parsed: ParsedRow, file: string): Barrier {
  return base<Barrier>(parsed, file, []);
}

/** The group a barrier type belongs to (Cross 1981), or undefined for `other:` types. */
export function derivedBarrierGroup(barrier: Barrier): string | undefined {
  return barrierGroupOf(barrier.barrier_type);
}

export function toCommitment(parsed: ParsedRow, file: string): BarrierCommitment {
  return base<BarrierCommitment>(parsed, file, []);
}

export function toMunicipality(parsed: ParsedRow): Municipality {
  const m: Record<string, unknown> = {};
  for (const key of Object.keys(parsed.values)) m[key] = parsed.values[key];
  if (m.arrondissement === undefined) m.arrondissement = "";
  if (m.province === undefined) m.province = "";
  if (m.region === undefined) m.region = "";
  return m as unknown as Municipality;
}
