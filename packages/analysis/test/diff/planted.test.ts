/**
 * The generator planted known changes in the second Westhoek round
 * (data/examples/westhoek-2025/planted-changes.json); the diff must find every one of them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type EcoNetwork, importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { compareRounds, type RoundComparison } from "../../src/index.ts";

const root = resolve(import.meta.dirname, "../../../..");
const OLD = join(root, "data/examples/westhoek");
const NEW = join(root, "data/examples/westhoek-2025");
const PLANTED = join(NEW, "planted-changes.json");
const present = existsSync(PLANTED) && existsSync(OLD);

function load(dir: string): EcoNetwork {
  return importInventory(
    readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
  );
}

interface Rel {
  source_id: string;
  target_id: string;
  relation_type: string;
}
interface Planted {
  organisations: {
    added: string[];
    removed: string[];
    renamed: Array<{ org_id: string; old_name: string; new_name: string }>;
    reidentified: Array<{ old_org_id: string; new_org_id: string; kbo_number: string }>;
  };
  relations: {
    removed: Rel[];
    added: Rel[];
    added_formal_informal: Rel[];
    level_changed: Array<Rel & { old_level: number; new_level: number }>;
  };
  barriers: {
    added: string[];
    status_changed: Array<{ barrier_id: string; old_status: string; new_status: string }>;
  };
  commitments: { added: Array<{ barrier_id: string; org_id: string; commitment_type: string }> };
}

describe("the planted changes of the Westhoek 2025 round", () => {
  // The example rounds are committed: a missing file is a failure, not a reason to skip.
  it("has both rounds and the list of planted changes", () => {
    expect(present).toBe(true);
  });
  const planted: Planted = present ? JSON.parse(readFileSync(PLANTED, "utf8")) : ({} as Planted);
  let result: RoundComparison;
  const get = () => {
    result ??= compareRounds(load(OLD), load(NEW), { labels: { old: "2023", new: "2025" } });
    return result;
  };
  // Relations compare on unordered pairs for undirected types, so look both ways.
  const has = (list: Rel[], r: Rel) =>
    list.some(
      (x) =>
        x.relation_type === r.relation_type &&
        ((x.source_id === r.source_id && x.target_id === r.target_id) ||
          (!isDirected(x) && x.source_id === r.target_id && x.target_id === r.source_id)),
    );
  const isDirected = (x: Rel) => (x as { directed?: boolean }).directed === true;

  it("new and stopped partners, exactly", { timeout: 60_000 }, () => {
    const d = get().diff;
    expect(d.organisations.added.map((o) => o.id).sort()).toEqual([...planted.organisations.added].sort());
    expect(d.organisations.removed.map((o) => o.id).sort()).toEqual(
      [...planted.organisations.removed].sort(),
    );
  });

  it("renamed ones (same id) as a name change", () => {
    const d = get().diff;
    for (const r of planted.organisations.renamed) {
      const change = d.organisations.changed.find((c) => c.new_id === r.org_id);
      expect(
        change?.changes.find((x) => x.field === "name"),
        r.org_id,
      ).toMatchObject({
        old: r.old_name,
        new: r.new_name,
      });
    }
  });

  it("re-identified ones by their KBO number", () => {
    const d = get().diff;
    expect(d.organisations.reidentified.map((x) => [x.old_id, x.new_id, x.method]).sort()).toEqual(
      planted.organisations.reidentified.map((x) => [x.old_org_id, x.new_org_id, "kbo"]).sort(),
    );
  });

  it("every dropped and new relation, and the new formal-informal ones as crossing the line", () => {
    const d = get().diff;
    for (const r of planted.relations.removed)
      expect(has(d.relations.removed, r), JSON.stringify(r)).toBe(true);
    for (const r of planted.relations.added) expect(has(d.relations.added, r), JSON.stringify(r)).toBe(true);
    const crossing = d.relations.added.filter((x) => x.cross_line);
    for (const r of planted.relations.added_formal_informal)
      expect(has(crossing, r), JSON.stringify(r)).toBe(true);
    // Nothing else ended, except ties of organisations that stopped.
    const explained = d.relations.removed.filter(
      (x) => !x.with_new_or_stopped_organisation && !has(planted.relations.removed, x),
    );
    expect(explained).toEqual([]);
    expect(d.relations.added.length).toBe(planted.relations.added.length);
  });

  it("every stronger tie with its old and new level", () => {
    const d = get().diff;
    for (const r of planted.relations.level_changed) {
      const c = d.relations.changed.find((x) => has([x], r));
      expect(c?.level, JSON.stringify(r)).toEqual({ old: r.old_level, new: r.new_level });
    }
    expect(d.relations.changed.length).toBe(planted.relations.level_changed.length);
  });

  it("new barriers, status changes and resolutions, new commitments", () => {
    const b = get().diff.barriers;
    expect(b.added.map((x) => x.barrier_id).sort()).toEqual([...planted.barriers.added].sort());
    for (const s of planted.barriers.status_changed) {
      const list = s.new_status === "resolved" ? b.resolved : b.status_changed;
      expect(
        list.find((x) => x.barrier_id === s.barrier_id),
        s.barrier_id,
      ).toMatchObject({
        old_status: s.old_status,
        status: s.new_status,
      });
    }
    expect(b.resolved.length + b.status_changed.length).toBe(planted.barriers.status_changed.length);
    expect(b.commitments_added.map((c) => [c.barrier_id, c.org_id, c.commitment_type]).sort()).toEqual(
      planted.commitments.added.map((c) => [c.barrier_id, c.org_id, c.commitment_type]).sort(),
    );
  });

  it("uncertain pairs only join a stopped and a new partner, never a matched one", () => {
    const { matching } = get().diff;
    const removed = new Set(planted.organisations.removed);
    const added = new Set(planted.organisations.added);
    for (const x of matching.uncertain) {
      expect(removed.has(x.old_id), x.old_id).toBe(true);
      expect(added.has(x.new_id), x.new_id).toBe(true);
    }
  });
});
