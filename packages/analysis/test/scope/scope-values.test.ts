import { describe, expect, it } from "vitest";
import { closestNames, matchMunicipality, presentMunicipalities, scopeNetwork } from "../../src/index.ts";
import { graphOf, networkOf } from "../helpers/small-graphs.ts";

/** Three organisations: two in Ieper (one with only a name), one in Hasselt; one without a sector. */
function sample() {
  const g = graphOf(
    ["a", "b", "c"],
    [
      ["a", "b"],
      ["b", "c"],
    ],
  );
  g.mergeNodeAttributes("a", { nis_code: "33011", municipality: "Ieper", org_type: "library" });
  g.mergeNodeAttributes("b", { municipality: "Ieper", sector: "formal_education" });
  g.mergeNodeAttributes("c", { nis_code: "71072", municipality: "Hasselt", org_type: "school_primary" });
  return networkOf(g);
}

describe("presentMunicipalities", () => {
  it("lists each municipality of the input once, by name", () => {
    expect(presentMunicipalities(sample())).toEqual([
      { nis_code: "71072", name: "Hasselt" },
      { nis_code: "33011", name: "Ieper" },
    ]);
  });
});

describe("matchMunicipality", () => {
  it("finds a present municipality by name, code, case and accents", () => {
    for (const raw of ["Ieper", "IEPER", " ieper ", "33011", "Ypres"])
      expect(matchMunicipality(sample(), raw)).toMatchObject({
        status: "present",
        municipality: { nis_code: "33011" },
      });
  });
  it("follows a 2025 merger: Kortessem lands on Hasselt", () => {
    expect(matchMunicipality(sample(), "Kortessem")).toEqual({
      status: "present",
      municipality: { nis_code: "71072", name: "Hasselt" },
      merged_from: "Kortessem",
    });
  });
  it("a real municipality that is not in the input is absent; a typo is unknown with the closest names", () => {
    expect(matchMunicipality(sample(), "Poperinge")).toEqual({ status: "absent", name: "Poperinge" });
    expect(matchMunicipality(sample(), "Iepr")).toEqual({ status: "unknown", closest: ["Ieper"] });
    expect(matchMunicipality(sample(), "Atlantis")).toEqual({ status: "unknown", closest: [] });
  });
});

describe("scopeNetwork by type and by sector with the type's default", () => {
  it("keeps the organisations of one type", () => {
    expect(scopeNetwork(sample(), { orgType: ["library"] }).graph.nodes()).toEqual(["a"]);
  });
  it("an organisation without a sector counts by its type's default sector", () => {
    // b has the sector itself; c (a primary school) has it from its type; a (library) is non-formal.
    expect(
      scopeNetwork(sample(), { sector: ["formal_education"] })
        .graph.nodes()
        .sort(),
    ).toEqual(["b", "c"]);
  });
});

describe("closestNames", () => {
  it("prefers prefixes, then small edit distances, and leaves far names out", () => {
    expect(closestNames("Pope", ["Ieper", "Poperinge", "Veurne"])).toEqual(["Poperinge"]);
    expect(closestNames("Veurn", ["Ieper", "Poperinge", "Veurne"])).toEqual(["Veurne"]);
    expect(closestNames("xyz", ["Ieper", "Poperinge"])).toEqual([]);
  });
});
