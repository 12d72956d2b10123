import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { analyseClusters } from "../../src/clusters/profile.ts";

/** Two triangles (a,b,c in Ieper, schools; d,e,f in Poperinge, clubs) joined by c-d. */
function twoTriangles() {
  const g = new MultiGraph({ type: "mixed" });
  for (const id of ["a", "b", "c"])
    g.addNode(id, {
      label: id.toUpperCase(),
      sector: "formal_education",
      org_type: "school_primary",
      nis_code: "33011",
      themes: ["sport"],
    });
  for (const id of ["d", "e", "f"])
    g.addNode(id, {
      label: id.toUpperCase(),
      sector: "informal_community",
      org_type: "sports_club",
      nis_code: "33021",
      themes: ["sport", "youth_play"],
    });
  const tie = (s: string, t: string) =>
    g.addUndirectedEdge(s, t, { relation_type: "joint_activity", weight: 1, directed: false });
  for (const [s, t] of [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["d", "e"],
    ["e", "f"],
    ["d", "f"],
    ["c", "d"],
  ])
    tie(s, t);
  // A second relation type between a and b: merged, still one tie.
  g.addDirectedEdge("a", "b", { relation_type: "referral", weight: 2, directed: true });
  return g;
}

describe("cluster profiles", () => {
  const report = analyseClusters(twoTriangles(), { seed: 5, weighted: false });
  it("finds the two triangles and numbers them by smallest id", () => {
    expect(report.members).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    // Q = 2 × (3/7 − (7/14)²) = 6/7 − 1/2 by hand.
    expect(report.modularity).toBeCloseTo(6 / 7 - 1 / 2, 12);
  });
  it("profiles composition, density and main organisations", () => {
    const p1 = report.profiles[0];
    expect(p1).toMatchObject({ cluster: 1, size: 3, internal_ties: 3, density: 1 });
    expect(p1.by_sector).toEqual([{ value: "formal_education", count: 3, share: 1 }]);
    expect(p1.by_municipality).toEqual([{ value: "33011", count: 3, share: 1 }]);
    expect(report.profiles[1].by_theme.map((t) => [t.value, t.count])).toEqual([
      ["sport", 3],
      ["youth_play", 3],
    ]);
    // c has the same internal degree (2) as a and b but more ties overall.
    expect(p1.main_organisations[0]).toEqual({ id: "c", label: "C", internal_degree: 2, degree: 3 });
  });
  it("ties between clusters and the bridging organisations", () => {
    expect(report.between).toEqual([{ a: 1, b: 2, ties: 1, density: 1 / 9 }]);
    expect(report.bridges.map((b) => b.id)).toEqual(["c", "d"]);
    expect(report.bridges[0]).toMatchObject({
      cluster: 1,
      degree: 3,
      external_ties: 1,
      clusters_reached: [2],
    });
    expect(report.bridges[0].participation).toBeCloseTo(1 - 4 / 9 - 1 / 9, 12);
  });
  it("clusters follow municipality and sector exactly here", () => {
    expect(report.follows.municipality).toEqual({ compared: 6, nmi: 1, adjusted_rand: 1 });
    expect(report.follows.sector.nmi).toBe(1);
  });
  it("an empty network gives an empty report", () => {
    const empty = analyseClusters(new MultiGraph());
    expect(empty).toMatchObject({ count: 0, profiles: [], between: [], bridges: [] });
    expect(empty.follows.municipality.nmi).toBeNull();
  });
});
