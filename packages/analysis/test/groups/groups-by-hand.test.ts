import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { attributeAssortativity, degreeAssortativity } from "../../src/groups/assortativity.ts";
import { eiIndex } from "../../src/groups/ei-index.ts";
import { eiPermutationTest } from "../../src/groups/ei-permutation.ts";
import { partitionModularity } from "../../src/groups/partition-modularity.ts";
import { resolveGroups, sectorGroups } from "../../src/groups/vertex-groups.ts";
import { buildView } from "../../src/view/graph-view.ts";

/** school1, school2 (formal); club, library (non-formal/informal); gemeente (government). */
function inventory() {
  const g = new MultiGraph({ type: "mixed" });
  g.addNode("school1", { label: "School 1", sector: "formal_education" });
  g.addNode("school2", { label: "School 2", sector: "formal_education" });
  g.addNode("club", { label: "Club", sector: "informal_community" });
  g.addNode("library", { label: "Bib", sector: "non_formal" });
  g.addNode("gemeente", { label: "Gemeente", sector: "government" });
  g.addNode("__proto__", { label: "Odd id", sector: "" });
  g.addUndirectedEdge("school1", "school2", { relation_type: "joint_activity", weight: 1, directed: false });
  g.addUndirectedEdge("school1", "club", { relation_type: "joint_activity", weight: 1, directed: false });
  g.addUndirectedEdge("school1", "club", { relation_type: "information", weight: 2, directed: false });
  g.addUndirectedEdge("club", "library", { relation_type: "joint_activity", weight: 1, directed: false });
  g.addDirectedEdge("gemeente", "club", { relation_type: "funding", weight: 3, directed: true });
  g.addDirectedEdge("gemeente", "school2", { relation_type: "funding", weight: 3, directed: true });
  return g;
}

describe("E-I on an inventory with the formal split", () => {
  it("leaves government and sector-less organisations out and counts the rest by hand", () => {
    const g = inventory();
    const view = buildView(g); // mixed -> undirected; parallel school1-club merged into one tie
    const groups = sectorGroups(g, view, "formal_split");
    expect(groups).toEqual(["formal", "formal", "non_formal_informal", "non_formal_informal", null, null]);
    const r = eiIndex(view, groups);
    // Ties: school1-school2 (I), school1-club (E), club-library (I); gemeente's 2 ties excluded.
    expect(r.whole).toEqual({ E: 1, I: 2, ei: -1 / 3 });
    expect(r.excluded).toEqual({ nodes: ["__proto__", "gemeente"], ties: 2 });
    expect({ ...r.group_sizes }).toEqual({ formal: 2, non_formal_informal: 2 });
    // Possible pairs among the 4 grouped: between 4, within 1 + 1 = 2 -> (4-2)/6.
    expect(r.expected_random_mixing).toEqual({ E_possible: 4, I_possible: 2, ei: 1 / 3 });
    expect(r.groups.formal).toMatchObject({ E: 1, I: 1, ei: 0 });
    expect(r.nodes.school1).toEqual({ E: 1, I: 1, ei: 0 });
    expect(r.nodes.library).toEqual({ E: 0, I: 1, ei: -1 });
    expect(Object.keys(r.nodes)).not.toContain("gemeente");
  });
  it("a node without a sector takes the sector of its org_type (GEXF/GraphML files often have only the type)", () => {
    const g = inventory();
    g.addNode("academie", { label: "Academie", org_type: "arts_academy" });
    g.addNode("jeugdhuis", { label: "Jeugdhuis", org_type: "library", sector: "" });
    g.addNode("unknown", { label: "?", org_type: "not_a_type" });
    const view = buildView(g);
    const at = (id: string) => view.index.get(id) as number;
    const split = sectorGroups(g, view, "formal_split");
    expect([split[at("academie")], split[at("jeugdhuis")], split[at("unknown")]]).toEqual([
      "formal",
      "non_formal_informal",
      null,
    ]);
    expect(sectorGroups(g, view, "sector")[at("jeugdhuis")]).toBe("non_formal");
    // An explicit sector wins over the type's.
    g.setNodeAttribute("academie", "sector", "non_formal");
    expect(sectorGroups(g, view, "formal_split")[at("academie")]).toBe("non_formal_informal");
  });
  it("multi-way sector grouping keeps government as a group", () => {
    const g = inventory();
    const view = buildView(g);
    const r = eiIndex(view, sectorGroups(g, view, "sector"));
    // Grouped: all but __proto__. Ties: s1-s2 I; s1-club E; club-library E; gem-club E; gem-s2 E.
    expect(r.whole).toEqual({ E: 4, I: 1, ei: 3 / 5 });
    expect(r.groups.government).toMatchObject({ E: 2, I: 0, ei: 1 });
  });
  it("an isolate gets null, an empty graph gives null everywhere", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a", { group: "x" });
    const view = buildView(g);
    const r = eiIndex(view, ["x"]);
    expect(r.nodes.a).toEqual({ E: 0, I: 0, ei: null });
    expect(r.whole.ei).toBeNull();
    const empty = eiIndex(buildView(new MultiGraph({ type: "mixed" })), []);
    expect(empty.whole).toEqual({ E: 0, I: 0, ei: null });
    expect(empty.expected_random_mixing.ei).toBeNull();
  });
});

describe("E-I permutation test", () => {
  /** Two 4-cliques joined by nothing; groups = the cliques: E-I = -1, the most closed possible. */
  function twoCliques() {
    const g = new MultiGraph({ type: "mixed" });
    const ids = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"];
    for (const id of ids) g.addNode(id);
    for (const side of ["a", "b"]) {
      for (let i = 1; i <= 4; i++)
        for (let j = i + 1; j <= 4; j++) g.addUndirectedEdge(`${side}${i}`, `${side}${j}`);
    }
    return g;
  }
  it("finds a closed grouping significant and is deterministic for a seed", () => {
    const view = buildView(twoCliques());
    const groups = view.ids.map((id) => id[0]);
    const r = eiPermutationTest(view, groups, { permutations: 499, seed: 7 });
    expect(r.observed).toBe(-1);
    expect(r.permutations).toBe(499);
    // Only 2 of the C(8,4) = 70 labellings give -1 again: p_less ≈ 2/70, far below 0.1.
    expect(r.p_less!).toBeLessThan(0.1);
    expect(r.p_greater).toBe(1);
    expect(r.mean!).toBeGreaterThan(-1);
    expect(eiPermutationTest(view, groups, { permutations: 499, seed: 7 })).toEqual(r);
    expect(eiPermutationTest(view, groups, { permutations: 499, seed: 8 }).p_less!).toBeLessThan(0.1);
  });
  it("gives null p-values without ties or permutations", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a");
    g.addNode("b");
    const r = eiPermutationTest(buildView(g), ["x", "y"], { permutations: 10 });
    expect(r.observed).toBeNull();
    expect(r.p_two_sided).toBeNull();
    const view = buildView(twoCliques());
    expect(
      eiPermutationTest(
        view,
        view.ids.map((id) => id[0]),
        { permutations: 0 },
      ).p_less,
    ).toBeNull();
  });
});

describe("assortativity and partition modularity by hand", () => {
  it("two disjoint cliques grouped by clique: attribute r = 1, Q = 1/2", () => {
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["a1", "a2", "a3", "b1", "b2", "b3"]) g.addNode(id);
    for (const s of ["a", "b"]) {
      g.addUndirectedEdge(`${s}1`, `${s}2`);
      g.addUndirectedEdge(`${s}2`, `${s}3`);
      g.addUndirectedEdge(`${s}1`, `${s}3`);
    }
    const view = buildView(g);
    const groups = view.ids.map((id) => id[0]);
    expect(attributeAssortativity(view, groups)).toBeCloseTo(1, 12);
    // Q = 2 × [3/6 − (6/12)²] = 2 × 1/4 = 1/2.
    expect(partitionModularity(view, groups).q).toBeCloseTo(0.5, 12);
    // Every degree is 2: no variance -> null (networkx: NaN).
    expect(degreeAssortativity(view)).toBeNull();
  });
  it("a star is perfectly disassortative by degree", () => {
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["c", "x", "y", "z"]) g.addNode(id);
    for (const leaf of ["x", "y", "z"]) g.addUndirectedEdge("c", leaf);
    expect(degreeAssortativity(buildView(g))).toBeCloseTo(-1, 12);
  });
  it("ungrouped nodes become singletons in the partition; no ties gives null", () => {
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["a", "b", "c"]) g.addNode(id);
    g.addUndirectedEdge("a", "b");
    const view = buildView(g);
    // Partition {a}, {b} (both ungrouped), {c}: Q = 0 − 2 × (1/2)² = −1/2.
    const r = partitionModularity(view, [null, null, "x"]);
    expect(r.communities).toBe(3);
    expect(r.q).toBeCloseTo(-0.5, 12);
    expect(attributeAssortativity(view, [null, null, "x"])).toBeNull();
    expect(partitionModularity(buildView(new MultiGraph({ type: "mixed" })), []).q).toBeNull();
  });
});

describe("resolveGroups", () => {
  it("picks an attribute over the inventory grouping, and the formal split by default", () => {
    const g = inventory();
    g.setNodeAttribute("club", "team", "red");
    const view = buildView(g);
    expect(resolveGroups(g, view).grouping).toBe("formal_split");
    expect(resolveGroups(g, view).groups[0]).toBe("formal");
    expect(resolveGroups(g, view, { grouping: "sector" }).groups[4]).toBe("government");
    const byTeam = resolveGroups(g, view, { attribute: "team", grouping: "sector" });
    expect(byTeam.grouping).toBe("attribute:team");
    expect(byTeam.groups).toEqual([null, null, "red", null, null, null]);
  });
});
