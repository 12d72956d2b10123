/**
 * Invariants of the gap analyses on the synthetic Westhoek example (data/examples/westhoek), read
 * through core's importer: the properties every result must have, not numbers copied from a run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formalSideOfSector, importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { barrierCoverage } from "../../src/gaps/barrier-coverage.ts";
import { findWhiteSpots } from "../../src/gaps/white-spots.ts";
import { hasTie, linkView } from "../../src/links/scores.ts";
import { suggestLinks } from "../../src/links/suggest.ts";
import { partnerDeparture } from "../../src/resilience/departure.ts";

const DIR = fileURLToPath(new URL("../../../../data/examples/westhoek/", import.meta.url));
const network = importInventory(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${DIR}${f}`)) })),
);

describe("gap analyses on the Westhoek example", () => {
  it("white spots, fragile and covered cells add up to the cells checked", () => {
    const ws = findWhiteSpots(network);
    const shown =
      ws.white_spots.priority.length +
      ws.white_spots.other.length +
      ws.fragile.priority.length +
      ws.fragile.other.length;
    expect(ws.municipalities.length).toBe(18); // the Westhoek's 18 municipalities
    expect(shown).toBeLessThanOrEqual(ws.cells_checked);
    for (const c of ws.white_spots.priority) expect(c.priority && c.providers.length === 0).toBe(true);
    for (const c of ws.fragile.other) expect(!c.priority && c.providers.length === 1).toBe(true);
  });
  it("barrier coverage: open barriers only, uncovered before single-partner before covered", () => {
    const bc = barrierCoverage(network);
    expect(bc.open + bc.resolved).toBe(network.barriers.length);
    const rank = { uncovered: 0, single_partner: 1, covered: 2 };
    for (let i = 1; i < bc.barriers.length; i++)
      expect(rank[bc.barriers[i - 1].coverage] <= rank[bc.barriers[i].coverage]).toBe(true);
  });
  it("suggestions are untied pairs across the formal line, by score", () => {
    const view = linkView(network.graph);
    const result = suggestLinks(network, { top: 30 });
    expect(result.suggestions.length).toBe(30);
    for (const s of result.suggestions) {
      expect(hasTie(view, view.index.get(s.u)!, view.index.get(s.v)!)).toBe(false);
      const sides = [s.u, s.v].map((id) =>
        formalSideOfSector(network.graph.getNodeAttribute(id, "sector") as string),
      );
      expect(new Set(sides)).toEqual(new Set(["formal", "non_formal_informal"]));
      expect(s.sentence.nl.length).toBeGreaterThan(0);
    }
    for (let i = 1; i < result.suggestions.length; i++)
      expect(result.suggestions[i - 1].score >= result.suggestions[i].score).toBe(true);
  });
  it("partner departure: cut-off counts only for cut vertices, barriers orphaned have one partner", () => {
    const r = partnerDeparture(network);
    expect(r.organisations.length).toBe(network.graph.order);
    const partners = new Map<string, Set<string>>();
    for (const c of network.commitments)
      partners.set(c.barrier_id, (partners.get(c.barrier_id) ?? new Set()).add(c.org_id));
    for (const o of r.organisations) {
      if (o.cut_off > 0) expect(o.pieces.length).toBeGreaterThan(1);
      for (const b of o.barriers_orphaned) expect([...partners.get(b)!]).toEqual([o.id]);
    }
  });
});
