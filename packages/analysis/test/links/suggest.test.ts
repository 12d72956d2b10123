import { describe, expect, it } from "vitest";
import { suggestLinks } from "../../src/links/suggest.ts";
import { barrier, commitment, makeNetwork } from "../gaps/fixture.ts";

const NEIGHBOURS = { "33011": ["33021"], "33021": ["33011"] };
// The hand-derived expectations use these weights (no mixing affinity); the defaults are checked below.
const WEIGHTS = {
  structural: 0.4,
  affinity: 0,
  themes: 0.2,
  target_groups: 0.1,
  barrier: 0.1,
  geography: 0.2,
};

// school and natuur share two partners (hub1 deg 2, hub2 deg 3), themes and target groups and are
// both in Ieper; the school signals a financial barrier that caw (Poperinge, a neighbour of
// Ieper, tied to hub2) is committed to. academy (Mesen) has no ties, themes or neighbours.
const network = makeNetwork({
  orgs: [
    {
      org_id: "school",
      name: "Basisschool",
      sector: "formal_education",
      nis_code: "33011",
      themes: ["nature_environment"],
      target_groups: ["youth"],
    },
    {
      org_id: "natuur",
      name: "Natuurpunt",
      sector: "informal_community",
      nis_code: "33011",
      themes: ["nature_environment"],
      target_groups: ["youth"],
    },
    { org_id: "hub1", name: "Hub 1", sector: "government", nis_code: "33011" },
    { org_id: "hub2", name: "Hub 2", sector: "government", nis_code: "33021" },
    { org_id: "caw", name: "CAW", sector: "care_welfare", nis_code: "33021" },
    { org_id: "academy", name: "Academie", sector: "formal_education", nis_code: "33016" },
  ],
  ties: [
    ["school", "hub1"],
    ["natuur", "hub1"],
    ["school", "hub2"],
    ["natuur", "hub2"],
    ["caw", "hub2"],
  ],
  barriers: [
    barrier({
      barrier_id: "b1",
      barrier_type: "financial",
      target_group: "people_in_poverty",
      reported_by: "school",
    }),
  ],
  commitments: [commitment("b1", "caw", "funding")],
});

// κ = mean RA of the four pairs at distance two = (5/6 + 1/3 + 1/3 + 1) / 4 = 5/8.
const S = (ra: number) => ra / (ra + 5 / 8);

describe("missing-link suggestions", () => {
  const result = suggestLinks(network, { neighbours: NEIGHBOURS, weights: WEIGHTS });
  it("suggests only pairs across the formal line, ranked by the weighted score (hand-computed)", () => {
    expect(result.across).toBe("formal");
    expect(result.suggestions.map((s) => [s.u, s.v])).toEqual([
      ["natuur", "school"],
      ["caw", "school"],
    ]);
    const [first, second] = result.suggestions;
    expect(first.components).toMatchObject({
      structural: S(5 / 6),
      themes: 1,
      target_groups: 1,
      barrier: 0,
      geography: 1,
    });
    // Block (formal_education, informal_community, same place): 1 pair, 0 ties; ρ = 5/15;
    // d = (0 + 10ρ) / (1 + 10) = 10/33, A = d / (d + ρ) = 10/21 (weight 0 here).
    expect(first.components.affinity).toBeCloseTo(10 / 21, 12);
    expect(first.score).toBeCloseTo(0.4 * S(5 / 6) + 0.2 + 0.1 + 0.2, 12);
    expect(second.components.barrier).toBe(1);
    expect(second.components.geography).toBe(0.5);
    expect(second.score).toBeCloseTo(0.4 * S(1 / 3) + 0.1 + 0.1, 12);
  });
  it("carries structured reasons and a sentence in nl and en", () => {
    const [first, second] = result.suggestions;
    expect(first.reasons).toEqual([
      { kind: "shared_partners", count: 2, partners: ["hub1", "hub2"] },
      { kind: "shared_themes", themes: ["nature_environment"] },
      { kind: "shared_target_groups", target_groups: ["youth"] },
      { kind: "same_municipality", nis_code: "33011", municipality: "Ieper" },
      { kind: "crosses_line", across: "formal", values: ["non_formal_informal", "formal"] },
    ]);
    expect(first.sentence.en).toBe(
      "Both work on nature and environment with young people in Ieper; 2 shared partners, among them Hub 1 and Hub 2; the tie bridges formal education and non-formal/informal learning.",
    );
    expect(first.sentence.nl).toContain("Beide werken rond natuur en milieu met jongeren in Ieper");
    expect(second.reasons).toContainEqual({
      kind: "barrier",
      signaller: "school",
      helper: "caw",
      barrier_id: "b1",
      barrier_type: "financial",
      target_group: "people_in_poverty",
      via: "commitment",
      partners_on_type: 1,
    });
    expect(second.sentence.en).toContain(
      "Basisschool signals a financial barrier for people in poverty that CAW already tackles",
    );
    expect(second.sentence.nl).toContain("in de buurgemeenten");
  });
  it("other lines: none, sector, municipality", () => {
    const none = suggestLinks(network, { neighbours: NEIGHBOURS, weights: WEIGHTS, across: "none" });
    expect(none.suggestions.map((s) => `${s.u}-${s.v}`)).toContain("hub1-hub2");
    const sector = suggestLinks(network, { neighbours: NEIGHBOURS, across: "sector" });
    expect(
      sector.suggestions.every(
        (s) =>
          network.graph.getNodeAttribute(s.u, "sector") !== network.graph.getNodeAttribute(s.v, "sector"),
      ),
    ).toBe(true);
    const muni = suggestLinks(network, { neighbours: NEIGHBOURS, across: "municipality" });
    expect(muni.suggestions.map((s) => `${s.u}-${s.v}`)).not.toContain("natuur-school");
    expect(() => suggestLinks(network, { across: "planet" as never })).toThrow(/across/);
  });
  it("candidate generation on large networks finds the same suggestions with fewer pairs", () => {
    const cand = suggestLinks(network, {
      neighbours: NEIGHBOURS,
      weights: WEIGHTS,
      across: "none",
      exhaustiveBelow: 0,
    });
    const full = suggestLinks(network, { neighbours: NEIGHBOURS, weights: WEIGHTS, across: "none" });
    expect(cand.exhaustive).toBe(false);
    expect(cand.suggestions).toEqual(full.suggestions);
    expect(cand.pairs_scored).toBeLessThan(full.pairs_scored);
  });
  it("weights are configurable and results are deterministic", () => {
    const geoOnly = suggestLinks(network, {
      neighbours: NEIGHBOURS,
      weights: { structural: 0, affinity: 0, themes: 0, target_groups: 0, barrier: 0, geography: 1 },
    });
    expect(geoOnly.suggestions[0].score).toBe(1);
    expect(JSON.stringify(suggestLinks(network, { neighbours: NEIGHBOURS, weights: WEIGHTS }))).toBe(
      JSON.stringify(result),
    );
  });
  it("an empty network or one organisation gives no suggestions", () => {
    expect(suggestLinks(makeNetwork({ orgs: [] })).suggestions).toEqual([]);
    expect(suggestLinks(makeNetwork({ orgs: [{ org_id: "only" }] })).suggestions).toEqual([]);
  });
});

describe("the 'usual partners' reason", () => {
  // Three schools and three libraries in Ieper; s1-l1, s2-l2, s1-l2 tied; four untied clubs in
  // Mesen lower the overall density to 3/45, so 3 ties in 9 school-library pairs stand out.
  const orgs = [
    ...["s1", "s2", "s3"].map((id) => ({
      org_id: id,
      org_type: "school_primary",
      sector: "formal_education",
      nis_code: "33011",
    })),
    ...["l1", "l2", "l3"].map((id) => ({
      org_id: id,
      org_type: "library",
      sector: "non_formal",
      nis_code: "33011",
    })),
    ...["c1", "c2", "c3", "c4"].map((id) => ({
      org_id: id,
      org_type: "sports_club",
      sector: "informal_community",
      nis_code: "33016",
    })),
  ];
  const net = makeNetwork({
    orgs,
    ties: [
      ["s1", "l1"],
      ["s2", "l2"],
      ["s1", "l2"],
    ],
  });
  it("is given with the block's counts when such pairs cooperate clearly more often", () => {
    const result = suggestLinks(net, { neighbours: NEIGHBOURS });
    const s3l3 = result.suggestions.find((s) => s.u === "l3" && s.v === "s3")!;
    expect(s3l3.reasons).toContainEqual({
      kind: "usual_partners",
      kinds: ["library", "school_primary"],
      place: "same",
      ties: 3,
      pairs: 9,
    });
    expect(s3l3.sentence.en).toContain(
      "in the same municipality often work together here (3 of 9 such pairs)",
    );
    expect(s3l3.sentence.nl).toContain("werken hier vaak samen (3 van 9 zulke paren)");
    // A school and a club in Mesen: no such ties at all, no such reason.
    const clubPair = result.suggestions.find((s) => s.u === "c1" && s.v === "s3");
    expect(clubPair?.reasons.some((r) => r.kind === "usual_partners") ?? false).toBe(false);
  });
});
