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
import { type EcoNetwork, NEIGHBOURS, type Text } from "@ecolens/core";
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

export function matchRecords(
  oldRecs: readonly OrgRecord[],
  newRecs: readonly OrgRecord[],
  options: MatchOptions = {},
): MatchResult {
  const threshold = options.similarityThreshold ?? MATCH_DEFAULTS.similarityThreshold;
  const neighbours = options.neighbours ?? NEIGHBOURS;
  const oldById = new Map(oldRecs.map((r) => [r.id, r]));
  const newById = new Map(newRecs.map((r) => [r.id, r]));
  const oldTaken = new Map<string, OrgMatch>();
  const newTaken = new Set<string>();
  const blocked = new Set<string>();
  const uncertain = new Map<string, UncertainMatch>();
  const applied: MatchDecision[] = [];
  const unused: MatchResult["decisions"]["unused"] = [];

  const take = (o: OrgRecord, n: OrgRecord, method: MatchMethod) => {
    oldTaken.set(o.id, { old_id: o.id, new_id: n.id, method, old_name: o.name, new_name: n.name });
    newTaken.add(n.id);
  };
  const free = (list: readonly OrgRecord[], taken: { has(id: string): boolean }) =>
    list.filter((r) => !taken.has(r.id));
  const doubt = (o: OrgRecord, n: OrgRecord, reason: UncertainReason) => {
    const key = pairKey(o.id, n.id);
    if (blocked.has(key) || uncertain.has(key)) return;
    uncertain.set(key, uncertainPair(o, n, reason));
  };

  // 1. Decisions: "different" first, so a later "same" for the same pair cannot be undone.
  const sorted = [...(options.decisions ?? [])].sort(
    (a, b) => compareIds(a.old_id, b.old_id) || compareIds(a.new_id, b.new_id),
  );
  for (const d of sorted) if (d.decision === "different") blocked.add(pairKey(d.old_id, d.new_id));
  for (const d of sorted) {
    const o = oldById.get(d.old_id);
    const n = newById.get(d.new_id);
    if (!o || !n) {
      unused.push({ ...d, message: unknownIdMessage(d, !o, !n) });
      continue;
    }
    if (d.decision === "different") {
      applied.push(d);
      continue;
    }
    if (blocked.has(pairKey(o.id, n.id)) || oldTaken.has(o.id) || newTaken.has(n.id)) {
      unused.push({ ...d, message: doubleMessage(d) });
      continue;
    }
    take(o, n, "confirmed");
    applied.push(d);
  }

  // 2. Same id.
  for (const o of free(oldRecs, oldTaken)) {
    const n = newById.get(o.id);
    if (n && !newTaken.has(n.id) && !blocked.has(pairKey(o.id, n.id))) take(o, n, "id");
  }

  // 3. Same KBO number.
  const byKbo = (list: readonly OrgRecord[]) => groupBy(list, (r) => r.kbo);
  const newByKbo = byKbo(free(newRecs, newTaken));
  for (const [kbo, olds] of byKbo(free(oldRecs, oldTaken))) {
    const news = (newByKbo.get(kbo) ?? []).filter((n) => !newTaken.has(n.id));
    if (olds.length === 1 && news.length === 1) {
      if (!blocked.has(pairKey(olds[0].id, news[0].id))) take(olds[0], news[0], "kbo");
      continue;
    }
    // Shared KBO: the name decides where it is unique on both sides; the rest is for a person.
    for (const o of olds) {
      const sameName = news.filter((n) => n.key === o.key && !newTaken.has(n.id));
      const oldsWithName = olds.filter((x) => x.key === o.key);
      if (sameName.length === 1 && oldsWithName.length === 1 && !blocked.has(pairKey(o.id, sameName[0].id)))
        take(o, sameName[0], "kbo");
    }
    for (const o of olds)
      if (!oldTaken.has(o.id)) for (const n of news) if (!newTaken.has(n.id)) doubt(o, n, "shared_kbo");
  }

  // 4. Same normalised name in the same current municipality.
  const placeKey = (r: OrgRecord) => (r.key === "" ? null : `${r.key}\u0000${r.place ?? ""}`);
  const newByNamePlace = groupBy(free(newRecs, newTaken), placeKey);
  for (const [key, olds] of groupBy(free(oldRecs, oldTaken), placeKey)) {
    const news = (newByNamePlace.get(key) ?? []).filter((n) => !newTaken.has(n.id));
    if (news.length === 0) continue;
    if (olds.length === 1 && news.length === 1) {
      const [o, n] = [olds[0], news[0]];
      if (blocked.has(pairKey(o.id, n.id))) continue;
      if (o.kbo && n.kbo && o.kbo !== n.kbo) doubt(o, n, "same_name_kbo_differs");
      else take(o, n, "name");
      continue;
    }
    for (const o of olds) for (const n of news) doubt(o, n, "same_name_ambiguous");
  }

  // 5. Uncertain pairs among what is left.
  const restOld = free(oldRecs, oldTaken);
  const restNew = free(newRecs, newTaken);
  for (const o of restOld) {
    for (const n of restNew) {
      if (o.kbo && n.kbo && o.kbo !== n.kbo) continue;
      const near =
        o.place === n.place || o.place === null || n.place === null || isNeighbour(o, n, neighbours);
      if (o.key !== "" && o.key === n.key) {
        if (o.place === n.place) continue; // handled in step 4
        doubt(
          o,
          n,
          isNeighbour(o, n, neighbours)
            ? "same_name_neighbouring_municipality"
            : "same_name_other_municipality",
        );
      } else if (near && nameSimilarity(o.key, n.key) >= threshold) doubt(o, n, "similar_name");
    }
  }

  const matched = [...oldTaken.values()].sort((a, b) => compareIds(a.new_id, b.new_id));
  return {
    matched,
    uncertain: [...uncertain.values()].sort(
      (a, b) =>
        compareIds(a.old_id, b.old_id) || b.similarity - a.similarity || compareIds(a.new_id, b.new_id),
    ),
    removed: oldRecs.filter((r) => !oldTaken.has(r.id)).map((r) => r.id),
    added: newRecs.filter((r) => !newTaken.has(r.id)).map((r) => r.id),
    decisions: { applied, unused },
    similarity_threshold: threshold,
  };
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

const REASON_TEXT: Record<UncertainReason, Text> = {
  shared_kbo: {
    nl: "zelfde ondernemingsnummer, maar dat nummer delen meerdere organisaties",
    en: "same enterprise number, but several organisations share it",
  },
  same_name_kbo_differs: {
    nl: "zelfde naam en gemeente, maar een ander ondernemingsnummer",
    en: "same name and municipality, but a different enterprise number",
  },
  same_name_ambiguous: {
    nl: "meerdere organisaties met deze naam in deze gemeente",
    en: "several organisations with this name in this municipality",
  },
  same_name_neighbouring_municipality: {
    nl: "zelfde naam in een buurgemeente",
    en: "same name in a neighbouring municipality",
  },
  same_name_other_municipality: {
    nl: "zelfde naam in een andere gemeente",
    en: "same name in another municipality",
  },
  similar_name: { nl: "gelijkaardige naam", en: "similar name" },
};

export function reasonText(reason: UncertainReason): Text {
  return REASON_TEXT[reason];
}

function uncertainPair(o: OrgRecord, n: OrgRecord, reason: UncertainReason): UncertainMatch {
  const similarity = Math.round(nameSimilarity(o.key, n.key) * 1000) / 1000;
  const where = (r: OrgRecord) => (r.place_name ? ` (${r.place_name})` : "");
  const why = REASON_TEXT[reason];
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
    message: {
      nl: `Is "${o.name}"${where(o)} [${o.id}] dezelfde organisatie als "${n.name}"${where(n)} [${n.id}]? ${upper(why.nl)}.`,
      en: `Is "${o.name}"${where(o)} [${o.id}] the same organisation as "${n.name}"${where(n)} [${n.id}]? ${upper(why.en)}.`,
    },
  };
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function unknownIdMessage(d: MatchDecision, oldMissing: boolean, newMissing: boolean): Text {
  const parts = { nl: [] as string[], en: [] as string[] };
  if (oldMissing) {
    parts.nl.push(`'${d.old_id}' staat niet in de oude ronde`);
    parts.en.push(`'${d.old_id}' is not in the old round`);
  }
  if (newMissing) {
    parts.nl.push(`'${d.new_id}' staat niet in de nieuwe ronde`);
    parts.en.push(`'${d.new_id}' is not in the new round`);
  }
  return {
    nl: `Beslissing ${d.old_id} → ${d.new_id} niet gebruikt: ${parts.nl.join(" en ")}.`,
    en: `Decision ${d.old_id} → ${d.new_id} not used: ${parts.en.join(" and ")}.`,
  };
}

function doubleMessage(d: MatchDecision): Text {
  return {
    nl: `Beslissing ${d.old_id} → ${d.new_id} niet gebruikt: een van beide is al aan een andere organisatie gekoppeld, of het paar staat ook als 'different'.`,
    en: `Decision ${d.old_id} → ${d.new_id} not used: one of them is already matched to another organisation, or the pair is also marked 'different'.`,
  };
}
