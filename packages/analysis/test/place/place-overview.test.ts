import type { EcoGraph, EcoNetwork, Municipality, Organisation } from "@ecolens/core";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { normalisePlaceName, REGION_LEVEL } from "../../src/place/org-places.ts";
import { placeOverview } from "../../src/place/place-overview.ts";
import { inventoryNetwork, org } from "../helpers/records.ts";

function network(
  orgs: Organisation[],
  ties: Array<[string, string, string, boolean]>,
  municipalities: Municipality[],
): EcoNetwork {
  const graph = new MultiGraph({ type: "mixed" }) as EcoGraph;
  for (const o of orgs) graph.addNode(o.org_id, { label: o.name });
  for (const [s, t, type, directed] of ties) {
    const attrs = { relation_type: type, weight: 1, directed };
    if (directed) graph.addDirectedEdge(s, t, attrs);
    else graph.addUndirectedEdge(s, t, attrs);
  }
  return inventoryNetwork(graph, { organisations: orgs, relations: [], municipalities });
}

const MUNICIPALITIES: Municipality[] = [
  {
    nis_code: "44021",
    name_nl: "Gent",
    arrondissement: "Gent",
    province: "OVL",
    region: "Vlaanderen",
    population: 20000,
  },
  {
    nis_code: "44084",
    name_nl: "Zulte",
    arrondissement: "Gent",
    province: "OVL",
    region: "Vlaanderen",
    population: 10000,
  },
  { nis_code: "44083", name_nl: "Deinze", arrondissement: "Gent", province: "OVL", region: "Vlaanderen" },
];

/**
 * Gent: school s1 (formal), club c1 (informal), library lib (non-formal, only a municipality
 * name "GENT"), local government g1. Zulte: school s2 (formal), youth movement c2 (sector from
 * its org_type). Deinze (population unknown): welfare d1. Region level: vdab (formal).
 * "Atlantis" is not a known municipality: org x (type other, no sector).
 */
function fixture(): EcoNetwork {
  return network(
    [
      org({
        org_id: "s1",
        org_type: "school_primary",
        sector: "formal_education",
        nis_code: "44021",
        themes: ["language_literacy"],
        target_groups: ["children"],
      }),
      org({
        org_id: "c1",
        org_type: "sports_club",
        sector: "informal_community",
        nis_code: "44021",
        themes: ["sport"],
        target_groups: ["children", "youth"],
      }),
      org({
        org_id: "lib",
        org_type: "library",
        sector: "non_formal",
        municipality: "GENT",
        themes: ["reading_media", "language_literacy"],
        target_groups: ["general_public"],
      }),
      org({ org_id: "g1", org_type: "local_government", sector: "government", nis_code: "44021" }),
      org({
        org_id: "s2",
        org_type: "school_secondary",
        sector: "formal_education",
        nis_code: "44084",
        target_groups: ["youth"],
      }),
      org({ org_id: "c2", org_type: "youth_movement", nis_code: "44084" }),
      org({ org_id: "d1", org_type: "welfare_service", sector: "care_welfare", nis_code: "44083" }),
      org({ org_id: "vdab", org_type: "training_provider", sector: "formal_education" }),
      org({ org_id: "x", org_type: "other", municipality: "Atlantis", themes: ["__proto__"] }),
    ],
    [
      ["s1", "c1", "joint_activity", false],
      ["s1", "c1", "information", false], // parallel relation: still one tie
      ["lib", "c1", "joint_activity", false],
      ["g1", "s1", "funding", true],
      ["s2", "vdab", "joint_activity", false],
      ["c2", "c1", "joint_activity", false],
      ["d1", "vdab", "referral", true],
    ],
    MUNICIPALITIES,
  );
}

describe("placeOverview on a hand-made inventory", () => {
  const r = placeOverview(fixture());
  const row = (key: string) => r.municipalities.find((m) => m.key === key)!;

  it("orders places and keeps region-level organisations apart", () => {
    expect(r.municipalities.map((m) => m.key)).toEqual(["44021", "44083", "44084", "name:Atlantis"]);
    expect(r.region_level?.organisation_ids).toEqual(["vdab"]);
    expect(r.region_level?.key).toBe(REGION_LEVEL);
    expect(r.region_level?.population).toBeNull();
  });

  it("counts organisations per type, sector, theme and target group, per 10,000 inhabitants", () => {
    const gent = row("44021");
    expect(gent.name).toBe("Gent");
    expect(gent.organisations).toEqual({ count: 4, per_10000: 2 }); // 4 × 10000 / 20000
    expect({ ...gent.by_org_type }).toEqual({
      library: { count: 1, per_10000: 0.5 },
      local_government: { count: 1, per_10000: 0.5 },
      school_primary: { count: 1, per_10000: 0.5 },
      sports_club: { count: 1, per_10000: 0.5 },
    });
    expect(gent.by_sector.formal_education).toEqual({ count: 1, per_10000: 0.5 });
    expect({ ...gent.by_theme }).toEqual({
      language_literacy: { count: 2, per_10000: 1 },
      reading_media: { count: 1, per_10000: 0.5 },
      sport: { count: 1, per_10000: 0.5 },
    });
    expect(gent.by_target_group.children).toEqual({ count: 2, per_10000: 1 });
    expect(gent.missing).toEqual({ org_type: 0, sector: 0, themes: 1, target_groups: 1 });
    // Unknown population: counts stay, rates are null.
    expect(row("44083").organisations).toEqual({ count: 1, per_10000: null });
    expect(row("44084").organisations).toEqual({ count: 2, per_10000: 2 });
    // Sector derived from org_type when missing.
    expect(row("44084").by_sector.informal_community).toEqual({ count: 1, per_10000: 2 / 2 });
    const atlantis = row("name:Atlantis");
    expect(atlantis.nis_code).toBeNull();
    expect(atlantis.name).toBe("Atlantis");
    expect(atlantis.missing.sector).toBe(1);
    // An id like "__proto__" is an ordinary key (null-prototype records).
    expect(Object.entries(atlantis.by_theme)).toEqual([["__proto__", { count: 1, per_10000: null }]]);
  });

  it("counts ties within and between places, with a symmetric matrix", () => {
    // Pairs: s1-c1, lib-c1, g1-s1 (Gent, within); c2-c1 (Zulte-Gent); s2-vdab, d1-vdab (region).
    expect(r.ties).toMatchObject({ within: 3, between: 1, with_region_level: 2, total: 6 });
    expect(r.ties.keys).toEqual(["44021", "44083", "44084", "name:Atlantis", REGION_LEVEL]);
    expect(r.ties.counts).toEqual([
      [3, 0, 1, 0, 0],
      [0, 0, 0, 0, 1],
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0],
    ]);
    expect(row("44021").ties_within).toBe(3);
    expect(row("44021").ties_to_other_places).toBe(1);
    expect(row("44084").ties_to_other_places).toBe(2);
  });

  it("finds the share bridging formal and non-formal/informal, and the places with none", () => {
    // Gent: s1 (formal) and c1, lib (non-formal side); g1 is government, outside the split.
    // s1-c1 crosses the line; lib only ties c1 (same side).
    expect(row("44021").cross_line).toEqual({
      formal: 1,
      non_formal_informal: 2,
      with_cross_line_tie: 2,
      share: 2 / 3,
      cross_line_ties_inside: 1,
    });
    // Deinze: d1 (care) ties vdab (formal, region level): a bridge to outside the municipality.
    expect(row("44083").cross_line.share).toBe(1);
    expect(row("44083").cross_line.cross_line_ties_inside).toBe(0);
    // Zulte: s2 only ties vdab (formal), c2 only ties c1 (non-formal): no bridge at all.
    expect(row("44084").cross_line).toMatchObject({
      formal: 1,
      non_formal_informal: 1,
      with_cross_line_tie: 0,
      share: 0,
    });
    // Atlantis has nobody on either side: share null and not listed.
    expect(row("name:Atlantis").cross_line.share).toBeNull();
    expect(r.municipalities_without_cross_line_ties).toEqual(["44084"]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].message.nl).toContain("Zulte");
    expect(r.findings[0].message.en).toContain("Zulte");
    expect(r.region_level?.cross_line).toMatchObject({ formal: 1, with_cross_line_tie: 1, share: 1 });
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(placeOverview(fixture()))));
  });
});

describe("placeOverview edge cases", () => {
  it("an empty network gives empty results", () => {
    const r = placeOverview(network([], [], MUNICIPALITIES));
    expect(r.municipalities).toEqual([]);
    expect(r.region_level).toBeNull();
    expect(r.ties).toMatchObject({ keys: [], counts: [], total: 0 });
    expect(r.municipalities_without_cross_line_ties).toEqual([]);
  });
  it("uses node attributes when there is no organisations table (an imported graph)", () => {
    const net = network([], [], []);
    net.graph.addNode("a", { label: "A", sector: "formal_education", nis_code: "11002" });
    net.graph.addNode("b", { label: "B", sector: "non_formal", nis_code: "11002" });
    net.graph.addUndirectedEdge("a", "b", { relation_type: "tie", weight: 1, directed: false });
    const r = placeOverview(net);
    expect(r.municipalities).toHaveLength(1);
    expect(r.municipalities[0]).toMatchObject({ key: "11002", name: null, population: null, ties_within: 1 });
    expect(r.municipalities[0].cross_line.share).toBe(1);
  });
  it("matches municipality names without case, accents or hyphens", () => {
    expect(normalisePlaceName("Sint-Niklaas")).toBe(normalisePlaceName(" sint niklaas "));
    expect(normalisePlaceName("Herk-de-Stad")).toBe("herk de stad");
    expect(normalisePlaceName("Zelé")).toBe("zele");
  });
});
