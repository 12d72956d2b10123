/**
 * Which organisation of the old round is which of the new round. In order, each step only on
 * what the earlier steps left unmatched:
 *  1. decisions a person confirmed earlier (`same` pairs; `different` pairs are never matched);
 *  2. the same org_id;
 *  3. the same KBO number (ids changed, the enterprise did not); a KBO shared by several
 *     organisations on one side (a city's services) only matches where the name agrees too;
 *  4. the same normalised name (normaliseOrgName) in the same current municipality (mergers
 *     resolved, so "Kortessem" 73040 = "Hasselt" 71072) — unless both carry a KBO and the numbers
 *     differ: then it is only listed as uncertain.
 * What is left is compared pairwise for UNCERTAIN matches that a person should confirm: the same
 * name in another (neighbouring) municipality, or a similar name (Dice ≥ threshold, default 0.8)
 * in the same or a neighbouring municipality, never when both KBO numbers are known and differ.
 * Uncertain pairs stay unmatched (added + removed) until confirmed with a decision file.
 */
import { type EcoNetwork, type Lang, NEIGHBOURS, type Text } from "@ecolens/core";
import { type MessageCode, say, text } from "../messages/index.ts";
import { compareIds } from "../view/graph-view.ts";
import type { MatchDecision } from "./decisions.ts";
import { type OrgRecord, orgRecords } from "./org-records.ts";
import { nameSimilarity } from "./similarity.ts";

export type MatchMethod = "confirmed" | "id" | "kbo" | "name";

export interface OrgMatch {
  old_id: string;
  new_id: string;
  method: MatchMethod;
  old_name: string;
  new_name: string;
}

export type UncertainReason =
  | "shared_kbo"
  | "same_name_kbo_differs"
  | "same_name_ambiguous"
  | "same_name_neighbouring_municipality"
  | "same_name_other_municipality"
  | "similar_name";

export interface UncertainMatch {
  old_id: string;
  new_id: string;
  old_name: string;
  new_name: string;
  old_municipality: string | null;
  new_municipality: string | null;
  old_kbo: string | null;
  new_kbo: string | null;
  /** Dice similarity of the normalised names (1 = the same). */
  similarity: number;
  reason: UncertainReason;
  message: Text;
}

export interface MatchOptions {
  /** Earlier decisions (a parsed decision file). */
  decisions?: readonly MatchDecision[];
  /** Dice similarity from which a different name is still listed as uncertain. Default 0.8. */
  similarityThreshold?: number;
  /** NIS code -> adjacent NIS codes (default: core's Westhoek NEIGHBOURS). */
  neighbours?: Readonly<Record<string, readonly string[]>>;
}

export const MATCH_DEFAULTS = { similarityThreshold: 0.8 } as const;

export interface MatchResult {
  /** Sorted by new id. */
  matched: OrgMatch[];
  /** Pairs for a person to confirm, sorted by old id, then similarity (high first), new id. */
  uncertain: UncertainMatch[];
  /** Old ids without a match (stopped, or not yet confirmed), sorted. */
  removed: string[];
  /** New ids without a match, sorted. */
  added: string[];
  decisions: {
    applied: MatchDecision[];
    /** Decisions naming an id that is in neither round, or an organisation matched twice. */
    unused: Array<MatchDecision & { message: Text }>;
  };
  similarity_threshold: number;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function matchOrganisations(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  options: MatchOptions = {},
): MatchResult {
  return matchRecords(orgRecords(oldNetwork), orgRecords(newNetwork), options);
}

/** What the steps share: the matches so far, the blocked pairs and the pairs for a person. */
interface MatchState {
  oldById: Map<string, OrgRecord>;
  newById: Map<string, OrgRecord>;
  oldTaken: Map<string, OrgMatch>;
  newTaken: Set<string>;
  blocked: Set<string>;
  uncertain: Map<string, UncertainMatch>;
  applied: MatchDecision[];
  unused: MatchResult["decisions"]["unused"];
  take: (o: OrgRecord, n: OrgRecord, method: MatchMethod) => void;
  doubt: (o: OrgRecord, n: OrgRecord, reason: UncertainReason) => void;
}

function matchState(oldRecs: readonly OrgRecord[], newRecs: readonly OrgRecord[]): MatchState {
  const st: MatchState = {
    oldById: new Map(oldRecs.map((r) => [r.id, r])),
    newById: new Map(newRecs.map((r) => [r.id, r])),
    oldTaken: new Map(),
    newTaken: new Set(),
    blocked: new Set(),
    uncertain: new Map(),
    applied: [],
    unused: [],
    take: (o, n, method) => {
      st.oldTaken.set(o.id, { old_id: o.id, new_id: n.id, method, old_name: o.name, new_name: n.name });
      st.newTaken.add(n.id);
    },
    doubt: (o, n, reason) => {
      const key = pairKey(o.id, n.id);
      if (st.blocked.has(key) || st.uncertain.has(key)) return;
      st.uncertain.set(key, uncertainPair(o, n, reason));
    },
  };
  return st;
}

const free = (list: readonly OrgRecord[], taken: { has(id: string): boolean }) =>
  list.filter((r) => !taken.has(r.id));

export function matchRecords(
  oldRecs: readonly OrgRecord[],
  newRecs: readonly OrgRecord[],
  options: MatchOptions = {},
): MatchResult {
  const threshold = options.similarityThreshold ?? MATCH_DEFAULTS.similarityThreshold;
  const st = matchState(oldRecs, newRecs);
  applyDecisions(st, options.decisions ?? []);
  matchById(st, oldRecs);
  matchByKbo(st, oldRecs, newRecs);
  matchByNameAndPlace(st, oldRecs, newRecs);
  findUncertain(st, oldRecs, newRecs, threshold, options.neighbours ?? NEIGHBOURS);

  const matched = [...st.oldTaken.values()].sort((a, b) => compareIds(a.new_id, b.new_id));
  return {
    matched,
    uncertain: [...st.uncertain.values()].sort(
      (a, b) =>
        compareIds(a.old_id, b.old_id) || b.similarity - a.similarity || compareIds(a.new_id, b.new_id),
    ),
    removed: oldRecs.filter((r) => !st.oldTaken.has(r.id)).map((r) => r.id),
    added: newRecs.filter((r) => !st.newTaken.has(r.id)).map((r) => r.id),
    decisions: { applied: st.applied, unused: st.unused },
    similarity_threshold: threshold,
  };
}

/** 1. Decisions: "different" first, so a later "same" for the same pair cannot be undone. */
function applyDecisions(st: MatchState, decisions: readonly MatchDecision[]): void {
  const sorted = [...decisions].sort(
    (a, b) => compareIds(a.old_id, b.old_id) || compareIds(a.new_id, b.new_id),
  );
  for (const d of sorted) if (d.decision === "different") st.blocked.add(pairKey(d.old_id, d.new_id));
  for (const d of sorted) {
    const o = st.oldById.get(d.old_id);
    const n = st.newById.get(d.new_id);
    if (!o || !n) {
      st.unused.push({ ...d, message: unknownIdMessage(d, !o, !n) });
      continue;
    }
    if (d.decision === "different") {
      st.applied.push(d);
      continue;
    }
    if (st.blocked.has(pairKey(o.id, n.id)) || st.oldTaken.has(o.id) || st.newTaken.has(n.id)) {
      st.unused.push({ ...d, message: doubleMessage(d) });
      continue;
    }
    st.take(o, n, "confirmed");
    st.applied.push(d);
  }
}

/** 2. Same id. */
function matchById(st: MatchState, oldRecs: readonly OrgRecord[]): void {
  for (const o of free(oldRecs, st.oldTaken)) {
    const n = st.newById.get(o.id);
    if (n && !st.newTaken.has(n.id) && !st.blocked.has(pairKey(o.id, n.id))) st.take(o, n, "id");
  }
}

/** 3. Same KBO number. */
function matchByKbo(st: MatchState, oldRecs: readonly OrgRecord[], newRecs: readonly OrgRecord[]): void {
  const { oldTaken, newTaken, blocked } = st;
  const byKbo = (list: readonly OrgRecord[]) => groupBy(list, (r) => r.kbo);
  const newByKbo = byKbo(free(newRecs, newTaken));
  for (const [kbo, olds] of byKbo(free(oldRecs, oldTaken))) {
    const news = (newByKbo.get(kbo) ?? []).filter((n) => !newTaken.has(n.id));
    if (olds.length === 1 && news.length === 1) {
      if (!blocked.has(pairKey(olds[0].id, news[0].id))) st.take(olds[0], news[0], "kbo");
      continue;
    }
    // Shared KBO: the name decides where it is unique on both sides; the rest is for a person.
    for (const o of olds) {
      const sameName = news.filter((n) => n.key === o.key && !newTaken.has(n.id));
      const oldsWithName = olds.filter((x) => x.key === o.key);
      if (sameName.length === 1 && oldsWithName.length === 1 && !blocked.has(pairKey(o.id, sameName[0].id)))
        st.take(o, sameName[0], "kbo");
    }
    for (const o of olds)
      if (!oldTaken.has(o.id)) for (const n of news) if (!newTaken.has(n.id)) st.doubt(o, n, "shared_kbo");
  }
}

/** 4. Same normalised name in the same current municipality. */
function matchByNameAndPlace(
  st: MatchState,
  oldRecs: readonly OrgRecord[],
  newRecs: readonly OrgRecord[],
): void {
  const placeKey = (r: OrgRecord) => (r.key === "" ? null : `${r.key}\u0000${r.place ?? ""}`);
  const newByNamePlace = groupBy(free(newRecs, st.newTaken), placeKey);
  for (const [key, olds] of groupBy(free(oldRecs, st.oldTaken), placeKey)) {
    const news = (newByNamePlace.get(key) ?? []).filter((n) => !st.newTaken.has(n.id));
    if (news.length === 0) continue;
    if (olds.length === 1 && news.length === 1) {
      const [o, n] = [olds[0], news[0]];
      if (st.blocked.has(pairKey(o.id, n.id))) continue;
      if (o.kbo && n.kbo && o.kbo !== n.kbo) st.doubt(o, n, "same_name_kbo_differs");
      else st.take(o, n, "name");
      continue;
    }
    for (const o of olds) for (const n of news) st.doubt(o, n, "same_name_ambiguous");
  }
}

/** 5. Uncertain pairs among what is left. */
function findUncertain(
  st: MatchState,
  oldRecs: readonly OrgRecord[],
  newRecs: readonly OrgRecord[],
  threshold: number,
  neighbours: Readonly<Record<string, readonly string[]>>,
): void {
  const restOld = free(oldRecs, st.oldTaken);
  const restNew = free(newRecs, st.newTaken);
  for (const o of restOld) {
    for (const n of restNew) {
      if (o.kbo && n.kbo && o.kbo !== n.kbo) continue;
      const near =
        o.place === n.place || o.place === null || n.place === null || isNeighbour(o, n, neighbours);
      if (o.key !== "" && o.key === n.key) {
        if (o.place === n.place) continue; // handled in step 4
        st.doubt(
          o,
          n,
          isNeighbour(o, n, neighbours)
            ? "same_name_neighbouring_municipality"
            : "same_name_other_municipality",
        );
      } else if (near && nameSimilarity(o.key, n.key) >= threshold) st.doubt(o, n, "similar_name");
    }
  }
}

function isNeighbour(
  o: OrgRecord,
  n: OrgRecord,
  neighbours: Readonly<Record<string, readonly string[]>>,
): boolean {
  if (o.place === null || n.place === null) return false;
  const list = Object.hasOwn(neighbours, o.place) ? neighbours[o.place] : undefined;
  return list?.includes(n.place) ?? false;
}

function groupBy(
  list: readonly OrgRecord[],
  keyOf: (r: OrgRecord) => string | null,
): Map<string, OrgRecord[]> {
  const out = new Map<string, OrgRecord[]>();
  for (const r of list) {
    const k = keyOf(r);
    if (k === null) continue;
    const g = out.get(k);
    if (g) g.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const REASON_TEXT: Record<UncertainReason, MessageCode> = {
  shared_kbo: "match.reason.shared_kbo",
  same_name_kbo_differs: "match.reason.same_name_kbo_differs",
  same_name_ambiguous: "match.reason.same_name_ambiguous",
  same_name_neighbouring_municipality: "match.reason.same_name_neighbouring_municipality",
  same_name_other_municipality: "match.reason.same_name_other_municipality",
  similar_name: "match.reason.similar_name",
};

export function reasonText(reason: UncertainReason): Text {
  return text(REASON_TEXT[reason]);
}

function uncertainPair(o: OrgRecord, n: OrgRecord, reason: UncertainReason): UncertainMatch {
  const similarity = Math.round(nameSimilarity(o.key, n.key) * 1000) / 1000;
  const where = (r: OrgRecord) => (r.place_name ? ` (${r.place_name})` : "");
  return {
    old_id: o.id,
    new_id: n.id,
    old_name: o.name,
    new_name: n.name,
    old_municipality: o.place_name,
    new_municipality: n.place_name,
    old_kbo: o.kbo,
    new_kbo: n.kbo,
    similarity,
    reason,
    message: text("match.uncertain", (lang) => ({
      old_name: o.name,
      old_where: where(o),
      old_id: o.id,
      new_name: n.name,
      new_where: where(n),
      new_id: n.id,
      why: upper(say(REASON_TEXT[reason], lang)),
    })),
  };
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function unknownIdMessage(d: MatchDecision, oldMissing: boolean, newMissing: boolean): Text {
  const parts = (lang: Lang) => [
    ...(oldMissing ? [say("match.unused.old_missing", lang, { id: d.old_id })] : []),
    ...(newMissing ? [say("match.unused.new_missing", lang, { id: d.new_id })] : []),
  ];
  return text("match.unused.unknown_id", (lang) => ({
    old_id: d.old_id,
    new_id: d.new_id,
    why: parts(lang).join(` ${say("list.and", lang)} `),
  }));
}

function doubleMessage(d: MatchDecision): Text {
  return text("match.unused.double", { old_id: d.old_id, new_id: d.new_id });
}
