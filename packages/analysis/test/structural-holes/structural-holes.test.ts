import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { structuralHoles } from "../../src/structural-holes/structural-holes.ts";
import { buildView } from "../../src/view/graph-view.ts";
import { loadReference, mismatches, REFERENCE_CASES } from "../helpers/reference.ts";

const KEYS = ["constraint", "effective_size", "efficiency"] as const;

describe("structural holes against the reference cases", () => {
  const cases = REFERENCE_CASES.map((name) => loadReference(name)).filter(
    (c) => c.expected.metrics.structural_holes,
  );
  it("covers every case that has structural-hole values", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(
      [
        "davis-women-projection",
        "edge-cases",
        "florentine",
        "gf-tiny",
        "karate",
        "karate-weighted",
        "les-miserables",
      ].sort(),
    );
  });
  for (const ref of cases) {
    for (const variant of ["structural_holes", "structural_holes_weighted"] as const) {
      const expected = ref.expected.metrics[variant];
      if (!expected) continue;
      it(`${ref.name} ${variant}`, () => {
        const view = buildView(ref.graph, {
          directed: ref.expected.graph.directed,
          getEdgeWeight: variant === "structural_holes" ? null : "weight",
        });
        const actual = structuralHoles(view);
        for (const key of KEYS) {
          expect(Object.keys(expected[key]).sort()).toEqual(Object.keys(actual[key]).sort());
          expect(mismatches(actual[key], expected[key], ref.tolerance), key).toEqual([]);
        }
      });
    }
  }
});

describe("structural holes by hand", () => {
  it("gives null for an isolate and 1 for a pendant", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a");
    g.addNode("b");
    g.addNode("z");
    g.addUndirectedEdge("a", "b", { weight: 1 });
    const r = structuralHoles(buildView(g));
    expect(r.constraint.z).toBeNull();
    expect(r.effective_size.z).toBeNull();
    expect(r.efficiency.z).toBeNull();
    expect(r.constraint.a).toBe(1);
    expect(r.effective_size.a).toBe(1);
  });
  it("empty graph gives empty maps", () => {
    const r = structuralHoles(buildView(new MultiGraph({ type: "mixed" })));
    expect(r).toEqual({ constraint: {}, effective_size: {}, efficiency: {} });
  });
  it("star centre: constraint 1/d, effective size d (no redundancy)", () => {
    // Centre c with 4 leaves: p = 1/4 each, no indirect paths: c = 4 * (1/4)^2 = 1/4; e = 4.
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["c", "l1", "l2", "l3", "l4"]) g.addNode(id);
    for (const l of ["l1", "l2", "l3", "l4"]) g.addUndirectedEdge("c", l, { weight: 1 });
    const r = structuralHoles(buildView(g));
    expect(r.constraint.c).toBeCloseTo(0.25, 12);
    expect(r.effective_size.c).toBeCloseTo(4, 12);
    expect(r.efficiency.c).toBeCloseTo(1, 12);
  });
  it("merges parallel relations and a directed pair into one mutual weight", () => {
    // a-b twice (weights 1+2) and a->c, c->a (1+1): w_ab = 3, w_ac = 2, no b-c tie.
    // p_ab = 3/5, p_ac = 2/5; constraint(a) = 0.36 + 0.16 = 0.52.
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["a", "b", "c"]) g.addNode(id);
    g.addUndirectedEdge("a", "b", { weight: 1 });
    g.addUndirectedEdge("a", "b", { weight: 2 });
    g.addDirectedEdge("a", "c", { weight: 1 });
    g.addDirectedEdge("c", "a", { weight: 1 });
    const r = structuralHoles(buildView(g, { directed: false }));
    expect(r.constraint.a).toBeCloseTo(0.52, 12);
    expect(r.effective_size.a).toBeCloseTo(2, 12);
  });
});
