import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { gouldFernandezBrokerage, ROLES, UNGROUPED } from "../../src/brokerage/gould-fernandez.ts";
import { groupsFromAttribute } from "../../src/groups/vertex-groups.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { close, loadReference, REFERENCE_CASES } from "../helpers/reference.ts";
import { ROLE_ORDER, SNA_ORACLES } from "./sna-oracle.ts";

type Roles = Record<string, number | null>;

function roleMismatches(label: string, actual: Roles, expected: Roles, tol: number): string[] {
  const out: string[] = [];
  for (const [role, e] of Object.entries(expected)) {
    if (!close(actual[role], e, tol)) out.push(`${label}.${role}: expected ${e}, got ${actual[role]}`);
  }
  return out;
}

describe("brokerage against the reference cases (R sna)", () => {
  const cases = REFERENCE_CASES.map((name) => loadReference(name)).filter(
    (c) => c.expected.metrics.brokerage,
  );
  it("covers every case with brokerage values", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(["edge-cases", "gf-tiny", "karate", "karate-weighted"]);
  });
  for (const ref of cases) {
    it(`${ref.name}: raw, expected, sd and z per node and for the graph`, () => {
      const exp = ref.expected.metrics.brokerage;
      const view = buildView(ref.graph, { directed: ref.expected.graph.directed });
      const result = gouldFernandezBrokerage(view, groupsFromAttribute(ref.graph, view, exp.attribute));
      expect([...result.roles]).toEqual(exp.roles);
      const bad: string[] = [];
      for (const key of ["node_raw", "node_expected", "node_sd", "node_z"] as const) {
        expect(Object.keys(result[key]).sort()).toEqual(Object.keys(exp[key]).sort());
        for (const id of Object.keys(exp[key])) {
          bad.push(...roleMismatches(`${key}.${id}`, result[key][id], exp[key][id], ref.tolerance));
        }
      }
      for (const key of ["graph_raw", "graph_expected", "graph_sd", "graph_z"] as const) {
        bad.push(...roleMismatches(key, result[key], exp[key], ref.tolerance));
      }
      expect(bad).toEqual([]);
    });
  }
});

describe("brokerage with three and four groups (R sna oracle)", () => {
  for (const [name, oracle] of Object.entries(SNA_ORACLES)) {
    it(name, () => {
      const g = new MultiGraph({ type: "mixed" });
      oracle.groups.forEach((group, i) => {
        g.addNode(`v${i + 1}`, { group: String(group) });
      });
      for (const [s, t] of oracle.arcs) {
        if (oracle.directed) g.addDirectedEdge(`v${s}`, `v${t}`, { weight: 1 });
        else g.addUndirectedEdge(`v${s}`, `v${t}`, { weight: 1 });
      }
      const view = buildView(g, { directed: oracle.directed });
      const r = gouldFernandezBrokerage(view, groupsFromAttribute(g, view, "group"));
      const bad: string[] = [];
      oracle.groups.forEach((_group, i) => {
        const id = `v${i + 1}`;
        ROLE_ORDER.forEach((role, k) => {
          if (r.node_raw[id][role] !== oracle.raw[i][k]) bad.push(`raw ${id}.${role}`);
          if (!close(r.node_expected[id][role], oracle.expected[i][k])) bad.push(`expected ${id}.${role}`);
          if (!close(r.node_sd[id][role], oracle.sd[i][k])) bad.push(`sd ${id}.${role}`);
        });
      });
      ROLE_ORDER.forEach((role, k) => {
        if (r.graph_raw[role] !== oracle.graphRaw[k]) bad.push(`graph raw ${role}`);
        if (!close(r.graph_expected[role], oracle.graphExpected[k])) bad.push(`graph expected ${role}`);
        if (!close(r.graph_sd[role], oracle.graphSd[k]))
          bad.push(`graph sd ${role} ${r.graph_sd[role]} vs ${oracle.graphSd[k]}`);
      });
      expect(bad).toEqual([]);
    });
  }
});

describe("brokerage by hand", () => {
  it("a path a-b-c across groups: b is a representative and a gatekeeper once each", () => {
    // Undirected = two arcs each way: b brokers (a,c) and (c,a). Groups a,b = X; c = Y.
    // a→b→c: A A B = b_IO; c→b→a: B A A = b_OI.
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a", { group: "X" });
    g.addNode("b", { group: "X" });
    g.addNode("c", { group: "Y" });
    g.addUndirectedEdge("a", "b", { weight: 1 });
    g.addUndirectedEdge("b", "c", { weight: 5 });
    const view = buildView(g);
    const r = gouldFernandezBrokerage(view, groupsFromAttribute(g, view, "group"));
    expect(r.node_raw.b).toEqual({ w_I: 0, w_O: 0, b_IO: 1, b_OI: 1, b_O: 0, t: 2 });
    expect(r.node_raw.a.t).toBe(0);
    expect(r.graph_raw.t).toBe(2);
    // d = 4 arcs / 6 = 2/3; p = d²(1−d) = 4/27; b: N_b_IO = (2−1)(3−2) = 1 pair.
    expect(r.density).toBeCloseTo(2 / 3, 12);
    expect(r.node_expected.b.b_IO).toBeCloseTo(4 / 27, 12);
    expect(r.node_sd.b.b_IO).toBeCloseTo(Math.sqrt((4 / 27) * (23 / 27)), 12);
  });
  it("a closed triangle brokers nothing", () => {
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["a", "b", "c"]) g.addNode(id, { group: "X" });
    g.addUndirectedEdge("a", "b", { weight: 1 });
    g.addUndirectedEdge("b", "c", { weight: 1 });
    g.addUndirectedEdge("a", "c", { weight: 1 });
    const view = buildView(g);
    const r = gouldFernandezBrokerage(view, groupsFromAttribute(g, view, "group"));
    for (const role of ROLES) expect(r.graph_raw[role]).toBe(0);
    // Density 1: the null model has no variance, so every z is null.
    expect(r.graph_z.t).toBeNull();
  });
  it("nodes without a group form one extra group; empty and single-node graphs work", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a", { group: "X" });
    g.addNode("b");
    g.addNode("c", { group: "X" });
    g.addUndirectedEdge("a", "b", { weight: 1 });
    g.addUndirectedEdge("b", "c", { weight: 1 });
    const view = buildView(g);
    const r = gouldFernandezBrokerage(view, groupsFromAttribute(g, view, "group"));
    expect(r.node_group.b).toBe(UNGROUPED);
    expect(r.node_raw.b.w_O).toBe(2); // X → (none) → X, both directions
    const empty = gouldFernandezBrokerage(buildView(new MultiGraph({ type: "mixed" })), []);
    expect(empty.graph_raw.t).toBe(0);
    expect(empty.node_raw).toEqual({});
    const one = new MultiGraph({ type: "mixed" });
    one.addNode("solo");
    const r1 = gouldFernandezBrokerage(buildView(one), ["X"]);
    expect(r1.node_raw.solo.t).toBe(0);
    expect(r1.node_z.solo.t).toBeNull();
  });
  it("rejects a group list of the wrong length", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a");
    expect(() => gouldFernandezBrokerage(buildView(g), [])).toThrow(/groups/);
  });
});
