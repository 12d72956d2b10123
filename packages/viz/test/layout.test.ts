import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeLayout, layoutInput, simpleUndirectedCopy } from "../src/layout/index.ts";

function ring(n: number, order: "up" | "down"): MultiGraph {
  const g = new MultiGraph();
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  for (const id of order === "up" ? ids : [...ids].reverse()) g.addNode(id);
  for (let i = 0; i < n; i++)
    g.addEdge(ids[i], ids[(i + 1) % n], { weight: 1, relation_type: "joint_activity" });
  g.addEdge("n0", "n1", { weight: 2, relation_type: "referral" }); // a parallel relation
  return g;
}

describe("computeLayout", () => {
  it("gives byte-identical positions for the same input and seed, whatever the insertion order", () => {
    const a = JSON.stringify([...computeLayout(ring(30, "up"), { seed: 3 })]);
    const b = JSON.stringify([...computeLayout(ring(30, "down"), { seed: 3 })]);
    expect(a).toBe(b);
  });
  it("changes with the seed and gives finite positions for every node", () => {
    const one = computeLayout(ring(30, "up"), { seed: 1 });
    const two = computeLayout(ring(30, "up"), { seed: 2 });
    expect(one.size).toBe(30);
    for (const p of one.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(JSON.stringify([...one])).not.toBe(JSON.stringify([...two]));
  });
  it("handles the empty graph, one node and isolates", () => {
    expect(computeLayout(new MultiGraph()).size).toBe(0);
    const single = new MultiGraph();
    single.addNode("only");
    expect(computeLayout(single).get("only")).toEqual({ x: 0, y: 0 });
    const isolates = new MultiGraph();
    for (const id of ["a", "b", "c"]) isolates.addNode(id);
    const p = computeLayout(isolates);
    expect(new Set([...p.values()].map((q) => `${q.x},${q.y}`)).size).toBe(3);
  });
  it("lays out ids that graphology keys mishandle (constructor) without touching Object.prototype", () => {
    const g = new MultiGraph();
    for (const id of ["constructor", "toString", "b"]) g.addNode(id);
    g.addEdge("constructor", "b", { weight: 1 });
    g.addEdge("toString", "b", { weight: 1 });
    const p = computeLayout(g);
    expect([...p.keys()]).toEqual(["b", "constructor", "toString"]);
    const probe: Record<string, unknown> = {};
    expect(Object.keys(Object.getPrototypeOf(probe))).toEqual([]);
  });
});

describe("simpleUndirectedCopy", () => {
  it("merges parallel relations by summing strengths and drops self-loops", () => {
    const g = ring(4, "up");
    g.addEdge("n2", "n2", { weight: 5 });
    const { copy, ids } = simpleUndirectedCopy(g);
    expect(ids).toEqual(["n0", "n1", "n2", "n3"]);
    expect(copy.size).toBe(4);
    expect(copy.getEdgeAttribute(copy.edge("0", "1"), "weight")).toBe(3);
  });
});

describe("layoutInput", () => {
  it("gives the merged ties as sorted positions in the sorted ids, straight from the graph", () => {
    const g = new MultiGraph();
    for (const id of ["c", "a", "b", "d"]) g.addNode(id);
    g.addEdge("b", "a", { weight: 2 });
    g.addEdge("a", "b", { weight: 0.5 }); // the other direction: the same tie
    g.addEdge("c", "a", { weight: "strong" }); // not a number: strength 1
    g.addEdge("a", "c", { weight: -3 }); // not positive: strength 1
    g.addEdge("d", "d", { weight: 4 }); // a self-loop: dropped
    g.addEdge("d", "b");
    const input = layoutInput(g);
    expect(input.ids).toEqual(["a", "b", "c", "d"]);
    expect([...input.sources]).toEqual([0, 0, 1]);
    expect([...input.targets]).toEqual([1, 2, 3]);
    expect([...input.weights]).toEqual([2.5, 2, 1]);
  });
});
