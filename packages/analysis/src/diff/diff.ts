/**
 * What changed between two inventory rounds: organisations (added, removed, changed: name, type,
 * sector, municipality, themes, target groups), relations (relation-diff.ts), barriers and
 * commitments, learning offers (side-tables-diff.ts). Organisations are first matched across the
 * rounds (match.ts). Everything is sorted and plain JSON.
 */
import type { EcoNetwork } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { compareLayers, type LayerComparison } from "./layers.ts";
import { type MatchMethod, type MatchOptions, type MatchResult, matchRecords } from "./match.ts";
import { type OrgRecord, orgRecords } from "./org-records.ts";
import { diffRelations, type RelationDiff } from "./relation-diff.ts";
import {
  type BarrierDiff,
  diffBarriers,
  diffOfferings,
  emptyBarrierDiff,
  type OfferingDiff,
} from "./side-tables-diff.ts";

export interface OrgRef {
  id: string;
  name: string;
  org_type: string | null;
  sector: string | null;
  side: "formal" | "non_formal_informal" | null;
  municipality: string | null;
}

export type OrgField = "name" | "org_type" | "sector" | "municipality" | "themes" | "target_groups";

export interface FieldChange {
  field: OrgField;
  old: string | string[] | null;
  new: string | string[] | null;
  /** For lists: what came in and what went out. */
  added?: string[];
  removed?: string[];
}

export interface OrgChange {
  old_id: string;
  new_id: string;
  name: string;
  method: MatchMethod;
  changes: FieldChange[];
}

export interface NetworkDiff {
  labels: { old: string; new: string };
  matching: MatchResult;
  organisations: {
    added: OrgRef[];
    removed: OrgRef[];
    /** Matched organisations with a new id or any field change, sorted by new id. */
    changed: OrgChange[];
    /** Old -> new id where the id changed (matched by KBO, name or a decision). */
    reidentified: Array<{ old_id: string; new_id: string; method: MatchMethod; name: string }>;
  };
  relations: RelationDiff;
  barriers: BarrierDiff;
  offerings: OfferingDiff;
  /** Which layers each round has; barriers and offerings are compared only when both have them. */
  layers: LayerComparison;
  counts: DiffCounts;
}

export interface DiffCounts {
  organisations: {
    old: number;
    new: number;
    added: number;
    removed: number;
    changed: number;
    matched: number;
  };
  relations: {
    old: number;
    new: number;
    added: number;
    removed: number;
    changed: number;
    stronger: number;
    weaker: number;
    added_cross_line: number;
    removed_cross_line: number;
  };
  barriers: {
    old: number;
    new: number;
    added: number;
    resolved: number;
    status_changed: number;
    open_old: number;
    open_new: number;
  };
  commitments: { added: number; removed: number };
  offerings: { old: number; new: number; added: number; removed: number };
  uncertain_matches: number;
}

export interface DiffOptions extends MatchOptions {
  labels?: { old?: string; new?: string };
}

function orgRef(r: OrgRecord): OrgRef {
  return {
    id: r.id,
    name: r.name,
    org_type: r.org_type,
    sector: r.sector,
    side: r.side,
    municipality: r.place_name,
  };
}

function fieldChanges(o: OrgRecord, n: OrgRecord): FieldChange[] {
  const out: FieldChange[] = [];
  if (o.name !== n.name) out.push({ field: "name", old: o.name, new: n.name });
  if (o.org_type !== n.org_type) out.push({ field: "org_type", old: o.org_type, new: n.org_type });
  if (o.sector !== n.sector) out.push({ field: "sector", old: o.sector, new: n.sector });
  // Compared on the current municipality: a merger is not a move.
  if (o.place !== n.place) out.push({ field: "municipality", old: o.place_name, new: n.place_name });
  for (const field of ["themes", "target_groups"] as const) {
    const before = new Set(o[field]);
    const after = new Set(n[field]);
    const added = n[field].filter((x) => !before.has(x));
    const removed = o[field].filter((x) => !after.has(x));
    if (added.length || removed.length) out.push({ field, old: o[field], new: n[field], added, removed });
  }
  return out;
}

function diffOrganisations(
  matching: MatchResult,
  oldRecs: ReadonlyMap<string, OrgRecord>,
  newRecs: ReadonlyMap<string, OrgRecord>,
): NetworkDiff["organisations"] {
  const changed: OrgChange[] = [];
  const reidentified: NetworkDiff["organisations"]["reidentified"] = [];
  for (const m of matching.matched) {
    const o = oldRecs.get(m.old_id)!;
    const n = newRecs.get(m.new_id)!;
    const changes = fieldChanges(o, n);
    if (m.old_id !== m.new_id)
      reidentified.push({ old_id: m.old_id, new_id: m.new_id, method: m.method, name: n.name });
    if (changes.length > 0 || m.old_id !== m.new_id)
      changed.push({ old_id: m.old_id, new_id: m.new_id, name: n.name, method: m.method, changes });
  }
  return {
    added: matching.added.map((id) => orgRef(newRecs.get(id)!)),
    removed: matching.removed.map((id) => orgRef(oldRecs.get(id)!)),
    changed,
    reidentified: reidentified.sort((a, b) => compareIds(a.new_id, b.new_id)),
  };
}

export function diffNetworks(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  options: DiffOptions = {},
): NetworkDiff {
  const oldList = orgRecords(oldNetwork);
  const newList = orgRecords(newNetwork);
  const oldRecs = new Map(oldList.map((r) => [r.id, r]));
  const newRecs = new Map(newList.map((r) => [r.id, r]));
  const matching = matchRecords(oldList, newList, options);
  const oldToNew = new Map(matching.matched.map((m) => [m.old_id, m.new_id]));
  const organisations = diffOrganisations(matching, oldRecs, newRecs);
  const relations = diffRelations(oldNetwork, newNetwork, oldToNew, oldRecs, newRecs);
  const name = (id: string, round: "old" | "new") =>
    (round === "old" ? oldRecs : newRecs).get(id)?.name ?? id;
  const layers = compareLayers(oldNetwork, newNetwork);
  // A layer one round lacks is not compared: a GEXF round has no barriers, which is not "all
  // barriers resolved".
  const barriers = layers.compared.barriers
    ? diffBarriers(oldNetwork, newNetwork, oldToNew, name)
    : emptyBarrierDiff(oldNetwork, newNetwork);
  const offerings = layers.compared.offerings
    ? diffOfferings(oldNetwork, newNetwork, oldToNew)
    : { added: [], removed: [], renumbered: [] };
  const stronger = relations.changed.filter((c) => (c.level.new ?? 0) > (c.level.old ?? 0)).length;
  const weaker = relations.changed.filter((c) => (c.level.new ?? 0) < (c.level.old ?? 0)).length;
  return {
    labels: { old: options.labels?.old ?? "old", new: options.labels?.new ?? "new" },
    matching,
    organisations,
    relations,
    barriers,
    offerings,
    layers,
    counts: {
      organisations: {
        old: oldList.length,
        new: newList.length,
        added: organisations.added.length,
        removed: organisations.removed.length,
        changed: organisations.changed.length,
        matched: matching.matched.length,
      },
      relations: {
        old: oldNetwork.graph.size,
        new: newNetwork.graph.size,
        added: relations.added.length,
        removed: relations.removed.length,
        changed: relations.changed.length,
        stronger,
        weaker,
        added_cross_line: relations.added.filter((r) => r.cross_line).length,
        removed_cross_line: relations.removed.filter((r) => r.cross_line).length,
      },
      barriers: {
        old: oldNetwork.barriers.length,
        new: newNetwork.barriers.length,
        added: barriers.added.length,
        resolved: barriers.resolved.length,
        status_changed: barriers.status_changed.length,
        open_old: barriers.open.old,
        open_new: barriers.open.new,
      },
      commitments: { added: barriers.commitments_added.length, removed: barriers.commitments_removed.length },
      offerings: {
        old: oldNetwork.offerings.length,
        new: newNetwork.offerings.length,
        added: offerings.added.length,
        removed: offerings.removed.length,
      },
      uncertain_matches: matching.uncertain.length,
    },
  };
}
