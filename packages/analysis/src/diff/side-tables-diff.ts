/**
 * Barriers, commitments and learning offers of two rounds. Barriers keep their barrier_id across
 * rounds; commitments are keyed on (barrier_id, matched org, commitment_type); offerings on
 * offering_id, or where ids were renumbered on (matched provider, normalised title).
 */
import type { Barrier, BarrierCommitment, EcoNetwork, Offering } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import { normaliseOrgName } from "./org-records.ts";

export interface BarrierRef {
  barrier_id: string;
  barrier_type: string;
  target_group: string;
  municipality: string | null;
  status: string | null;
}

export interface BarrierStatusChange extends BarrierRef {
  old_status: string | null;
}

export interface BarrierResolved extends BarrierRef {
  old_status: string | null;
  /** "status": marked resolved in the new round; "gone": no longer in the inventory. */
  how: "status" | "gone";
}

export interface CommitmentRef {
  barrier_id: string;
  /** New round id (old round id for removed ones). */
  org_id: string;
  org_name: string;
  commitment_type: string | null;
}

export interface BarrierNewCommitments {
  barrier_id: string;
  barrier_type: string | null;
  status: string | null;
  commitments: CommitmentRef[];
}

export interface BarrierDiff {
  added: BarrierRef[];
  resolved: BarrierResolved[];
  /** Other status changes (e.g. signalled -> in_progress, or re-opened). */
  status_changed: BarrierStatusChange[];
  with_new_commitments: BarrierNewCommitments[];
  commitments_added: CommitmentRef[];
  commitments_removed: CommitmentRef[];
  /** Barriers not resolved or parked, per round. */
  open: { old: number; new: number };
}

export interface OfferingRef {
  offering_id: string;
  org_id: string;
  title: string | null;
  learning_context: string | null;
}

export interface OfferingDiff {
  added: OfferingRef[];
  removed: OfferingRef[];
  /** Same offer under a new id (matched on provider and title). */
  renumbered: Array<{ old_id: string; new_id: string; title: string | null }>;
}

const RESOLVED = "resolved";
const isOpen = (b: Barrier) => b.status !== RESOLVED && b.status !== "parked";

function barrierRef(b: Barrier): BarrierRef {
  return {
    barrier_id: b.barrier_id,
    barrier_type: b.barrier_type,
    target_group: b.target_group,
    municipality: b.municipality ?? b.nis_code ?? null,
    status: b.status ?? null,
  };
}

export function diffBarriers(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  oldToNew: ReadonlyMap<string, string>,
  orgName: (id: string, round: "old" | "new") => string,
): BarrierDiff {
  const oldB = new Map(oldNetwork.barriers.map((b) => [b.barrier_id, b]));
  const newB = new Map(newNetwork.barriers.map((b) => [b.barrier_id, b]));
  const added: BarrierRef[] = [];
  const resolved: BarrierResolved[] = [];
  const status_changed: BarrierStatusChange[] = [];
  for (const [id, b] of newB) {
    const before = oldB.get(id);
    if (!before) {
      added.push(barrierRef(b));
      continue;
    }
    const was = before.status ?? null;
    const now = b.status ?? null;
    if (was === now) continue;
    if (now === RESOLVED) resolved.push({ ...barrierRef(b), old_status: was, how: "status" });
    else status_changed.push({ ...barrierRef(b), old_status: was });
  }
  for (const [id, b] of oldB)
    if (!newB.has(id) && b.status !== RESOLVED)
      resolved.push({ ...barrierRef(b), status: null, old_status: b.status ?? null, how: "gone" });

  const key = (c: BarrierCommitment, org: string) =>
    `${c.barrier_id}\u0000${org}\u0000${c.commitment_type ?? ""}`;
  const toNew = (id: string) => oldToNew.get(id) ?? `\u0001old:${id}`;
  const oldC = new Map(oldNetwork.commitments.map((c) => [key(c, toNew(c.org_id)), c]));
  const newC = new Map(newNetwork.commitments.map((c) => [key(c, c.org_id), c]));
  const cref = (c: BarrierCommitment, round: "old" | "new"): CommitmentRef => ({
    barrier_id: c.barrier_id,
    org_id: c.org_id,
    org_name: orgName(c.org_id, round),
    commitment_type: c.commitment_type ?? null,
  });
  const commitments_added = [...newC].filter(([k]) => !oldC.has(k)).map(([, c]) => cref(c, "new"));
  const commitments_removed = [...oldC].filter(([k]) => !newC.has(k)).map(([, c]) => cref(c, "old"));
  const byBarrier = (a: CommitmentRef, b: CommitmentRef) =>
    compareIds(a.barrier_id, b.barrier_id) ||
    compareIds(a.org_id, b.org_id) ||
    compareIds(a.commitment_type ?? "", b.commitment_type ?? "");
  commitments_added.sort(byBarrier);
  commitments_removed.sort(byBarrier);
  const grouped = new Map<string, CommitmentRef[]>();
  for (const c of commitments_added) {
    const list = grouped.get(c.barrier_id);
    if (list) list.push(c);
    else grouped.set(c.barrier_id, [c]);
  }
  const with_new_commitments = [...grouped].map(([barrier_id, commitments]) => ({
    barrier_id,
    barrier_type: newB.get(barrier_id)?.barrier_type ?? null,
    status: newB.get(barrier_id)?.status ?? null,
    commitments,
  }));
  const byId = (a: { barrier_id: string }, b: { barrier_id: string }) =>
    compareIds(a.barrier_id, b.barrier_id);
  return {
    added: added.sort(byId),
    resolved: resolved.sort(byId),
    status_changed: status_changed.sort(byId),
    with_new_commitments: with_new_commitments.sort(byId),
    commitments_added,
    commitments_removed,
    open: {
      old: oldNetwork.barriers.filter(isOpen).length,
      new: newNetwork.barriers.filter(isOpen).length,
    },
  };
}

/** No comparison (one round has no barrier layer): nothing added or resolved; open per round. */
export function emptyBarrierDiff(oldNetwork: EcoNetwork, newNetwork: EcoNetwork): BarrierDiff {
  return {
    added: [],
    resolved: [],
    status_changed: [],
    with_new_commitments: [],
    commitments_added: [],
    commitments_removed: [],
    open: {
      old: oldNetwork.barriers.filter(isOpen).length,
      new: newNetwork.barriers.filter(isOpen).length,
    },
  };
}

function offeringRef(o: Offering): OfferingRef {
  return {
    offering_id: o.offering_id,
    org_id: o.org_id,
    title: o.title ?? null,
    learning_context: o.learning_context ?? null,
  };
}

export function diffOfferings(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  oldToNew: ReadonlyMap<string, string>,
): OfferingDiff {
  const newIds = new Set(newNetwork.offerings.map((o) => o.offering_id));
  const oldIds = new Set(oldNetwork.offerings.map((o) => o.offering_id));
  const goneOld = oldNetwork.offerings.filter((o) => !newIds.has(o.offering_id));
  const freshNew = newNetwork.offerings.filter((o) => !oldIds.has(o.offering_id));
  // Renumbered offers: same (matched) provider and same title, unique on both sides.
  const titleKey = (org: string, o: Offering) =>
    o.title ? `${org}\u0000${normaliseOrgName(o.title)}` : null;
  const count = (keys: Array<string | null>) => {
    const m = new Map<string, number>();
    for (const k of keys) if (k) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const oldKeys = goneOld.map((o) => (oldToNew.has(o.org_id) ? titleKey(oldToNew.get(o.org_id)!, o) : null));
  const newKeys = freshNew.map((o) => titleKey(o.org_id, o));
  const oldCount = count(oldKeys);
  const newCount = count(newKeys);
  const newByKey = new Map<string, Offering>();
  freshNew.forEach((o, i) => {
    const k = newKeys[i];
    if (k) newByKey.set(k, o);
  });
  const renumbered: OfferingDiff["renumbered"] = [];
  const pairedOld = new Set<string>();
  const pairedNew = new Set<string>();
  goneOld.forEach((o, i) => {
    const k = oldKeys[i];
    if (!k || oldCount.get(k) !== 1 || newCount.get(k) !== 1) return;
    const n = newByKey.get(k)!;
    renumbered.push({ old_id: o.offering_id, new_id: n.offering_id, title: n.title ?? null });
    pairedOld.add(o.offering_id);
    pairedNew.add(n.offering_id);
  });
  const byId = (a: OfferingRef, b: OfferingRef) => compareIds(a.offering_id, b.offering_id);
  return {
    added: freshNew
      .filter((o) => !pairedNew.has(o.offering_id))
      .map(offeringRef)
      .sort(byId),
    removed: goneOld
      .filter((o) => !pairedOld.has(o.offering_id))
      .map(offeringRef)
      .sort(byId),
    renumbered: renumbered.sort((a, b) => compareIds(a.old_id, b.old_id)),
  };
}
