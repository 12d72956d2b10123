import { BARRIER_TYPES } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { barrierCoverage } from "../../src/gaps/barrier-coverage.ts";
import { BARRIER_REMEDIES } from "../../src/gaps/barrier-remedies.ts";
import { barrier, commitment, makeNetwork, offering } from "./fixture.ts";

const network = makeNetwork({
  orgs: [
    { org_id: "lib", name: "Bibliotheek Ieper", nis_code: "33011" },
    { org_id: "ocmw", name: "OCMW Ieper", nis_code: "33011" },
    { org_id: "club", name: "Sportclub", nis_code: "33021" },
  ],
  barriers: [
    barrier({
      barrier_id: "b-fin",
      barrier_type: "financial",
      target_group: "people_in_poverty",
      nis_code: "33011",
      reported_by: "lib",
      severity: 2,
    }),
    barrier({
      barrier_id: "b-mob",
      barrier_type: "mobility",
      target_group: "seniors",
      nis_code: "33021",
      severity: 3,
    }),
    barrier({
      barrier_id: "b-lang",
      barrier_type: "language",
      target_group: "non_native_newcomers",
      severity: 1,
    }),
    barrier({ barrier_id: "b-done", barrier_type: "financial", target_group: "youth", status: "resolved" }),
  ],
  commitments: [
    commitment("b-fin", "ocmw", "funding"),
    commitment("b-fin", "lib", "outreach"),
    commitment("b-fin", "ocmw", "staff"),
    commitment("b-lang", "lib", "adapted_offer"),
  ],
  offerings: [
    // Lowers the financial barrier in Ieper (reduced tariff, for everyone).
    offering({ offering_id: "o1", org_id: "lib", target_groups: ["general_public"], reduced_tariff: true }),
    // Free, but for youth only: does not count for people in poverty.
    offering({ offering_id: "o2", org_id: "lib", target_groups: ["youth"], cost_eur: 0 }),
    // Free and for the group, but in Poperinge: not where the barrier is.
    offering({ offering_id: "o3", org_id: "club", target_groups: ["people_in_poverty"], cost_eur: 0 }),
    // Transport for seniors in Poperinge: lowers the mobility barrier.
    offering({
      offering_id: "o4",
      org_id: "club",
      target_groups: ["seniors"],
      accessibility: ["transport_provided"],
    }),
    // Easy language for newcomers anywhere in the region.
    offering({
      offering_id: "o5",
      org_id: "ocmw",
      target_groups: ["non_native_newcomers"],
      language: "nl_easy",
    }),
  ],
});

describe("barrier coverage", () => {
  const result = barrierCoverage(network);
  it("skips resolved barriers and orders uncovered, single-partner, covered", () => {
    expect(result.open).toBe(3);
    expect(result.resolved).toBe(1);
    expect(result.barriers.map((b) => [b.barrier_id, b.coverage])).toEqual([
      ["b-mob", "uncovered"],
      ["b-lang", "single_partner"],
      ["b-fin", "covered"],
    ]);
    expect(result.share_with_partner).toBeCloseTo(2 / 3, 12);
    expect(result.share_with_two_partners).toBeCloseTo(1 / 3, 12);
  });
  it("lists the committed partners once, and the offers that lower the barrier where it is", () => {
    const fin = result.barriers.find((b) => b.barrier_id === "b-fin")!;
    expect(fin.committed_partners).toEqual(["lib", "ocmw"]);
    expect(fin.commitment_types).toEqual(["funding", "outreach", "staff"]);
    expect(fin.lowering_offerings).toEqual([{ offering_id: "o1", org_id: "lib", feature: "reduced_tariff" }]);
    expect(fin.barrier_group).toBe("situational");
    expect(fin.priority).toBe(true);
    expect(fin.municipality).toBe("Ieper");
    expect(fin.sentence.en).toBe(
      "Financial barrier for people in poverty in Ieper (signalled by Bibliotheek Ieper): 2 partners have committed; 1 offer already lowers it.",
    );
    expect(fin.sentence.nl).toContain("2 partners engageren zich");
    const mob = result.barriers[0];
    expect(mob.lowering_offerings.map((o) => o.feature)).toEqual(["transport_provided"]);
    expect(result.barriers[1].lowering_offerings.map((o) => o.feature)).toEqual(["easy_language"]);
  });
  it("builds the barrier type × target group matrix for the region and per municipality", () => {
    const region = result.matrix.filter((c) => c.scope === "region");
    expect(region.length).toBe(3);
    expect(region[0]).toEqual({
      scope: "region",
      barrier_type: "mobility",
      target_group: "seniors",
      open: 1,
      uncovered: 1,
      single_partner: 0,
      partners: 0,
    });
    expect(result.matrix.filter((c) => c.scope === "33011")).toEqual([
      {
        scope: "33011",
        barrier_type: "financial",
        target_group: "people_in_poverty",
        open: 1,
        uncovered: 0,
        single_partner: 0,
        partners: 2,
      },
    ]);
  });
  it("every barrier type has a documented remedy", () => {
    for (const t of BARRIER_TYPES) expect(BARRIER_REMEDIES[t], t).toBeDefined();
  });
  it("no barriers: shares are undefined, not 0", () => {
    const none = barrierCoverage(makeNetwork({ orgs: [] }));
    expect(none).toEqual({
      open: 0,
      resolved: 0,
      share_with_partner: null,
      share_with_two_partners: null,
      barriers: [],
      matrix: [],
    });
  });
});
