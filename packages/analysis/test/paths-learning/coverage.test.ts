import { describe, expect, it } from "vitest";
import { pathwayCoverage } from "../../src/paths-learning/index.ts";
import { baseNetwork, makeNetwork, OFFERINGS } from "./fixture.ts";

const cell = (c: ReturnType<typeof pathwayCoverage>, scope: string, theme: string, group: string) =>
  c.cells.find((x) => x.scope === scope && x.theme === theme && x.target_group === group);

describe("pathwayCoverage", () => {
  it("counts routes per theme × group for the region and per municipality (hand-checked)", () => {
    const c = pathwayCoverage(baseNetwork());
    expect(c.themes).toEqual(["nature_environment"]);
    expect(c.target_groups).toEqual(["adults", "youth"]);
    // Youth, region: starts o-jnm and o-np, routes o-jnm -> o-vives and o-np -> o-cvo. The CVO
    // course (€45, no reduced tariff) is in Ieper, where b4 (financial, youth) has no partner.
    const region = cell(c, "region", "nature_environment", "youth")!;
    expect(region).toMatchObject({
      status: "route",
      starts: 2,
      starts_with_route: 2,
      routes: 2,
      routes_free: 1,
      destinations: ["o-cvo", "o-vives"],
      dead_end_starts: [],
      unlinked_providers: [],
      blocked_steps: [{ offering_id: "o-cvo", barrier_id: "b4", barrier_type: "financial" }],
    });
    expect(cell(c, "33011", "nature_environment", "youth")).toMatchObject({
      status: "blocked",
      routes: 1,
      routes_free: 0,
    });
    expect(cell(c, "33037", "nature_environment", "youth")).toMatchObject({
      status: "route",
      routes: 1,
      routes_free: 1,
    });
    // Adults: two destinations name them, but no start does.
    expect(cell(c, "region", "nature_environment", "adults")).toMatchObject({
      status: "no_start",
      starts: 0,
    });
    expect(c.region_cells).toBe(2);
    expect(c.region_cells_with_route).toBe(1);
    // Region first, then municipalities in code order; problems first inside a scope.
    expect(c.cells.map((x) => `${x.scope}:${x.target_group}`)).toEqual([
      "region:adults",
      "region:youth",
      "33011:youth",
      "33037:youth",
    ]);
    expect(cell(c, "33011", "nature_environment", "youth")!.sentence.en).toBe(
      "Nature and environment for young people in Ieper: 1 of 1 starts lead to formal learning (1 route, 0 without an uncovered barrier); blocked by uncovered barriers (financial).",
    );
  });

  it("names dead ends and providers without a tie to the next level", () => {
    const np = { ...OFFERINGS.np, next_step_ids: [] };
    const c = pathwayCoverage(baseNetwork({ offerings: [np, OFFERINGS.cvo], ties: [] }));
    const region = cell(c, "region", "nature_environment", "youth")!;
    expect(region).toMatchObject({
      status: "no_route",
      routes: 0,
      dead_end_starts: ["o-np"],
      unlinked_providers: ["np"],
    });
    expect(region.sentence.en).toContain("1 start, none leads to formal learning; 1 with no onward step");
    expect(region.sentence.nl).toContain("1 startpunt, geen enkel leidt naar formeel leren");
  });

  it("is empty for an empty network and deterministic", () => {
    const empty = pathwayCoverage(makeNetwork({ orgs: [] }));
    expect(empty.cells).toEqual([]);
    expect(empty.region_cells).toBe(0);
    expect(JSON.stringify(pathwayCoverage(baseNetwork()))).toBe(
      JSON.stringify(pathwayCoverage(baseNetwork())),
    );
  });
});
