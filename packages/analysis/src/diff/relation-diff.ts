/**
 * Relations of two rounds compared on (matched source, matched target, relation_type): old ids
 * are translated to the new round's ids through the organisation matching, and for undirected
 * relation types the pair is unordered. Several rows for one key in a round (e.g. two waves)
 * count as one relation with the highest level and frequency. Read from the graph's edges, so
 * GEXF/GraphML/JSON rounds compare too.
 */
import { type EcoNetwork, RELATION_TYPE_DIRECTED, type RelationType } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import type { OrgRecord } from "./org-records.ts";

export interface RelationRef {
  /** Ids in the round the relation belongs to (old ids for removed relations). */
  source_id: string;
  target_id: string;
  source_name: string;
  target_name: string;
  relation_type: string;
  directed: boolean;
  level: number | null;
  frequency: number | null;
  /** One end is formal education, the other non-formal/informal (inventory-format §4.6 B). */
  cross_line: boolean;
  /** Added: the two had no relation of any type before. Removed: none is left between them. */
  whole_pair: boolean;
  /** Added: an end is a new organisation. Removed: an end stopped. */
  with_new_or_stopped_organisation: boolean;
}

export interface RelationChange {
  source_id: string;
  target_id: string;
  source_name: string;
  target_name: string;
  relation_type: string;
  old_source_id: string;
  old_target_id: string;
  level: { old: number | null; new: number | null };
  frequency: { old: number | null; new: number | null };
  cross_line: boolean;
}

export interface RelationDiff {
  added: RelationRef[];
  removed: RelationRef[];
  changed: RelationChange[];
}

interface Rel {
  source: string;
  target: string;
  type: string;
  directed: boolean;
  level: number | null;
  frequency: number | null;
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function isDirected(type: string, flag: boolean): boolean {
  return Object.hasOwn(RELATION_TYPE_DIRECTED, type) ? RELATION_TYPE_DIRECTED[type as RelationType] : flag;
}

/** Relations keyed on (ends in `idSpace`, type); `translate` maps a round id into that space. */
function relationsByKey(network: EcoNetwork, translate: (id: string) => string): Map<string, Rel> {
  const out = new Map<string, Rel>();
  network.graph.forEachEdge((_e, attrs, source, target) => {
    if (source === target) return;
    const type = String(attrs.relation_type ?? "tie");
    const directed = isDirected(type, attrs.directed === true);
    const key = relationKey(translate(source), translate(target), type, directed);
    const level = num(attrs.level);
    const frequency = num(attrs.frequency);
    const seen = out.get(key);
    if (seen) {
      seen.level = max(seen.level, level);
      seen.frequency = max(seen.frequency, frequency);
    } else out.set(key, { source, target, type, directed, level, frequency });
  });
  return out;
}

function relationKey(a: string, b: string, type: string, directed: boolean): string {
  const [s, t] = directed || compareIds(a, b) <= 0 ? [a, b] : [b, a];
  return `${type}\u0000${s}\u0000${t}`;
}

const pairOf = (a: string, b: string) => (compareIds(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function diffRelations(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  oldToNew: ReadonlyMap<string, string>,
  oldRecs: ReadonlyMap<string, OrgRecord>,
  newRecs: ReadonlyMap<string, OrgRecord>,
): RelationDiff {
  // Unmatched old ids get a prefix that no new id can carry in this key space.
  const toNew = (id: string) => oldToNew.get(id) ?? `\u0001old:${id}`;
  const oldRels = relationsByKey(oldNetwork, toNew);
  const newRels = relationsByKey(newNetwork, (id) => id);
  const oldPairs = new Set([...oldRels.values()].map((r) => pairOf(toNew(r.source), toNew(r.target))));
  const newPairs = new Set([...newRels.values()].map((r) => pairOf(r.source, r.target)));
  const newMatched = new Set(oldToNew.values());

  const ref = (
    r: Rel,
    recs: ReadonlyMap<string, OrgRecord>,
    wholePair: boolean,
    fresh: boolean,
  ): RelationRef => {
    const s = recs.get(r.source);
    const t = recs.get(r.target);
    return {
      source_id: r.source,
      target_id: r.target,
      source_name: s?.name ?? r.source,
      target_name: t?.name ?? r.target,
      relation_type: r.type,
      directed: r.directed,
      level: r.level,
      frequency: r.frequency,
      cross_line: crossLine(s, t),
      whole_pair: wholePair,
      with_new_or_stopped_organisation: fresh,
    };
  };

  const added: RelationRef[] = [];
  const changed: RelationChange[] = [];
  for (const [key, r] of newRels) {
    const before = oldRels.get(key);
    if (!before) {
      const fresh = !newMatched.has(r.source) || !newMatched.has(r.target);
      added.push(ref(r, newRecs, !oldPairs.has(pairOf(r.source, r.target)), fresh));
      continue;
    }
    if (before.level !== r.level || before.frequency !== r.frequency) {
      const s = newRecs.get(r.source);
      const t = newRecs.get(r.target);
      changed.push({
        source_id: r.source,
        target_id: r.target,
        source_name: s?.name ?? r.source,
        target_name: t?.name ?? r.target,
        relation_type: r.type,
        old_source_id: before.source,
        old_target_id: before.target,
        level: { old: before.level, new: r.level },
        frequency: { old: before.frequency, new: r.frequency },
        cross_line: crossLine(s, t),
      });
    }
  }
  const removed: RelationRef[] = [];
  for (const [key, r] of oldRels) {
    if (newRels.has(key)) continue;
    const stopped = !oldToNew.has(r.source) || !oldToNew.has(r.target);
    removed.push(ref(r, oldRecs, !newPairs.has(pairOf(toNew(r.source), toNew(r.target))), stopped));
  }
  const order = (a: { source_id: string; target_id: string; relation_type: string }, b: typeof a) =>
    compareIds(a.source_id, b.source_id) ||
    compareIds(a.target_id, b.target_id) ||
    compareIds(a.relation_type, b.relation_type);
  return { added: added.sort(order), removed: removed.sort(order), changed: changed.sort(order) };
}

function crossLine(a: OrgRecord | undefined, b: OrgRecord | undefined): boolean {
  return !!a?.side && !!b?.side && a.side !== b.side;
}
