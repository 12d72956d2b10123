import { describe, expect, it } from "vitest";
import { describeScope, ScopeError, scopeNetwork } from "../../src/index.ts";
import { offering, org } from "../helpers/records.ts";
import { graphOf, networkOf } from "../helpers/small-graphs.ts";

/** Five organisations in Ieper (33011) and Poperinge (33021), a chain of ties plus one referral. */
function sample() {
  const g = graphOf(
    ["a", "b", "c", "d", "e"],
    [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ],
  );
  g.addDirectedEdgeWithKey("ref-1", "a", "c", { relation_type: "referral", weight: 1, directed: true });
  const place: Record<string, [string, string, string]> = {
    a: ["33011", "Ieper", "formal_education"],
    b: ["33011", "Ieper", "non_formal"],
    c: ["33021", "Poperinge", "formal_education"],
    d: ["33021", "Poperinge", "care_welfare"],
    e: ["33011", "Ieper", "non_formal"],
  };
  for (const [id, [nis, name, sector]] of Object.entries(place)) {
    g.mergeNodeAttributes(id, { nis_code: nis, municipality: name, sector });
  }
  const net = networkOf(g);
  net.organisations = Object.keys(place).map((id) => org({ org_id: id }));
  net.relations = g.mapEdges((key, attr, source, target) => ({
    key,
    source_id: source,
    target_id: target,
    relation_type: attr.relation_type,
    directed: attr.directed,
    weight: attr.weight,
    extra: {},
  }));
  net.offerings = [
    offering({ offering_id: "o1", org_id: "a" }),
    offering({ offering_id: "o2", org_id: "c" }),
  ];
  net.municipalities = [
    {
      nis_code: "33011",
      name_nl: "Ieper",
      name_fr: "Ypres",
      arrondissement: "Ieper",
      province: "West-Vlaanderen",
      region: "Flemish Region",
    },
    {
      nis_code: "33021",
      name_nl: "Poperinge",
      arrondissement: "Ieper",
      province: "West-Vlaanderen",
      region: "Flemish Region",
    },
  ];
  return net;
}

describe("scopeNetwork", () => {
  it("keeps one municipality by name, by NIS code or by its French name", () => {
    for (const m of ["Ieper", "ieper ", "33011", "Ypres"]) {
      const s = scopeNetwork(sample(), { municipality: [m] });
      expect(s.graph.nodes().sort()).toEqual(["a", "b", "e"]);
      expect(s.graph.size).toBe(1); // only a–b lies inside Ieper
      expect(s.organisations.map((o) => o.org_id)).toEqual(["a", "b", "e"]);
      expect(s.offerings.map((o) => o.offering_id)).toEqual(["o1"]);
      expect(s.municipalities.map((x) => x.nis_code)).toEqual(["33011"]);
    }
  });

  it("keeps every organisation but only the chosen relation types", () => {
    const s = scopeNetwork(sample(), { relationType: ["referral"] });
    expect(s.graph.order).toBe(5);
    expect(s.graph.edges()).toEqual(["ref-1"]);
    expect(s.relations.map((r) => r.key)).toEqual(["ref-1"]);
  });

  it("filters by sector", () => {
    const s = scopeNetwork(sample(), { sector: ["formal_education"] });
    expect(s.graph.nodes().sort()).toEqual(["a", "c"]);
    expect(s.graph.edges()).toEqual(["ref-1"]);
  });

  it("takes the ego network within a radius, ties in either direction", () => {
    expect(scopeNetwork(sample(), { ego: "e" }).graph.nodes().sort()).toEqual(["d", "e"]);
    expect(scopeNetwork(sample(), { ego: "e", radius: 2 }).graph.nodes().sort()).toEqual(["c", "d", "e"]);
    // c is reached from a by the referral a→c even though the arc points away from c.
    expect(scopeNetwork(sample(), { ego: "c", radius: 1 }).graph.nodes().sort()).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
    expect(scopeNetwork(sample(), { ego: "c", radius: 0 }).graph.nodes()).toEqual(["c"]);
  });

  it("combines filters: the ego network inside one municipality", () => {
    const s = scopeNetwork(sample(), { municipality: ["Poperinge"], ego: "c", radius: 3 });
    expect(s.graph.nodes().sort()).toEqual(["c", "d"]);
  });

  it("never changes its input", () => {
    const net = sample();
    scopeNetwork(net, { municipality: ["Ieper"] });
    expect(net.graph.order).toBe(5);
    expect(net.graph.size).toBe(5);
    expect(net.organisations).toHaveLength(5);
  });

  it("an unknown ego or a bad radius is a ScopeError in nl and en", () => {
    try {
      scopeNetwork(sample(), { ego: "x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScopeError);
      expect((error as ScopeError).code).toBe("UNKNOWN_EGO");
      expect((error as ScopeError).text.nl).toContain("'x'");
    }
    expect(() => scopeNetwork(sample(), { ego: "a", radius: -1 })).toThrow(ScopeError);
  });

  it("an empty scope keeps everything", () => {
    const s = scopeNetwork(sample(), {});
    expect(s.graph.order).toBe(5);
    expect(s.graph.size).toBe(5);
  });
});

describe("describeScope", () => {
  it("says nothing for no scope", () => {
    expect(describeScope({})).toBeNull();
    expect(describeScope({ municipality: [], radius: 1 })).toBeNull();
  });
  it("names the municipality in Dutch whatever spelling or code was given, with labels for codes", () => {
    const net = sample();
    net.graph.mergeNodeAttributes("c", { label: "Scholengroep Poperinge" });
    const text = describeScope(
      {
        municipality: ["33011", "Ypres"],
        sector: ["formal_education"],
        relationType: ["referral"],
        ego: "c",
        radius: 2,
      },
      net,
    );
    expect(text?.nl).toBe(
      "Alleen gemeente: Ieper; sector: Formeel onderwijs; relaties: Doorverwijzing; het netwerk rond Scholengroep Poperinge (2 stappen)",
    );
    expect(text?.en).toBe(
      "Only municipality: Ieper; sector: Formal education; relations: Referral; the network around Scholengroep Poperinge (2 steps)",
    );
  });
  it("keeps an unknown municipality as typed", () => {
    expect(describeScope({ municipality: [" Gent "] }, sample())?.en).toBe("Only municipality: Gent");
  });
});
