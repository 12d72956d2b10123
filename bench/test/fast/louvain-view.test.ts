import { buildView, detectClusters, type GraphView, modularityOfView, symmetrise } from "@ecolens/analysis";
import { readNodeEdgeLists } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { generatedEdgeCsv } from "../../../packages/analysis/test/helpers/generated.ts";
import { loadReference, REFERENCE_CASES } from "../../../packages/analysis/test/helpers/reference.ts";
import { graphOf } from "../../../packages/analysis/test/helpers/small-graphs.ts";
import { readEdgeListView } from "../../fast/edge-list.ts";
import { louvainGraph, louvainOnView } from "../../fast/louvain-view.ts";

/**
 * Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / 2m] δ(c_i, c_j) over a dense matrix: the textbook formula,
 * written independently of both modularity implementations (small graphs only).
 */
function textbookModularity(view: GraphView, labels: ArrayLike<number>, gamma = 1, weighted = true) {
  const u = symmetrise(view);
  const a = Array.from({ length: u.n }, () => new Array<number>(u.n).fill(0));
  for (let i = 0; i < u.n; i++)
    for (let e = u.outOffsets[i]; e < u.outOffsets[i + 1]; e++)
      if (u.outWeights[e] > 0) a[i][u.outTargets[e]] = weighted ? u.outWeights[e] : 1;
  const k = a.map((row) => row.reduce((s, w) => s + w, 0));
  const m2 = k.reduce((s, x) => s + x, 0);
  if (m2 === 0) return null;
  let q = 0;
  for (let i = 0; i < u.n; i++)
    for (let j = 0; j < u.n; j++) if (labels[i] === labels[j]) q += a[i][j] - (gamma * k[i] * k[j]) / m2;
  return q / m2;
}

/** Vertex groups of a labelling, as sorted lists of ids, sorted by first id. */
function groupsOf(view: GraphView, labels: Int32Array): string[][] {
  const groups = new Map<number, string[]>();
  view.ids.forEach((id, v) => {
    const list = groups.get(labels[v]) ?? [];
    list.push(id);
    groups.set(labels[v], list);
  });
  return [...groups.values()].map((g) => g.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/** r cliques of size l (vertices c0_0..), consecutive cliques joined by one tie: a ring. */
function ringOfCliques(r: number, l: number) {
  const nodes: string[] = [];
  const edges: Array<[string, string]> = [];
  const id = (c: number, x: number) => `c${c}_${x}`;
  for (let c = 0; c < r; c++) {
    for (let x = 0; x < l; x++) nodes.push(id(c, x));
    for (let x = 0; x < l; x++) for (let y = x + 1; y < l; y++) edges.push([id(c, x), id(c, y)]);
    edges.push([id(c, 0), id((c + 1) % r, 1)]);
  }
  return buildView(graphOf(nodes, edges));
}

const twoTriangles = (directed = false) =>
  buildView(
    graphOf(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
        ["d", "e"],
        ["e", "f"],
        ["f", "d"],
      ],
      { directed },
    ),
  );

describe("louvainOnView on the reference cases (networkx's modularity range over seeds)", () => {
  for (const name of REFERENCE_CASES) {
    const ref = loadReference(name);
    const want = ref.expected.metrics?.louvain;
    if (!want) continue; // davis-bipartite has no Louvain reference
    it(name, () => {
      const weighted = want.weight !== null;
      const view = buildView(ref.graph, { getEdgeWeight: weighted ? "weight" : null });
      for (let seed = 0; seed < 20; seed++) {
        const got = louvainOnView(view, { seed, resolution: want.resolution, weighted });
        expect(got.modularity).not.toBeNull();
        expect(got.modularity!).toBeGreaterThanOrEqual(want.min - 0.01);
        expect(got.modularity!).toBeLessThanOrEqual(want.max + 0.01);
        // The reported value is the modularity of the returned partition.
        expect(got.modularity!).toBeCloseTo(textbookModularity(view, got.labels, 1, weighted)!, 10);
        expect(new Set(got.labels).size).toBe(got.count);
      }
    });
  }
});

describe("louvainOnView on hand-made graphs", () => {
  it("empty graph: no labels, no modularity", () => {
    const got = louvainOnView(buildView(graphOf([], [])));
    expect(got.labels.length).toBe(0);
    expect(got.count).toBe(0);
    expect(got.modularity).toBeNull();
  });

  it("one node: one community, modularity undefined (no ties)", () => {
    const got = louvainOnView(buildView(graphOf(["x"], [])));
    expect([...got.labels]).toEqual([0]);
    expect(got.count).toBe(1);
    expect(got.modularity).toBeNull();
  });

  it("isolates each get their own community", () => {
    const view = buildView(
      graphOf(
        ["p", "a", "b", "c", "q"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "a"],
        ],
      ),
    );
    const got = louvainOnView(view);
    expect(groupsOf(view, got.labels)).toEqual([["a", "b", "c"], ["p"], ["q"]]);
    // Largest first, then the singletons by vertex index: p (vertex 0) before q (vertex 4).
    expect([...got.labels]).toEqual([1, 0, 0, 0, 2]);
    // One community holding every tie: Q = 3/3 - (6/6)^2 = 0.
    expect(got.modularity).toBeCloseTo(0, 12);
  });

  it("two disconnected triangles: exactly 2 communities, Q = 0.5", () => {
    const view = twoTriangles();
    const got = louvainOnView(view, { seed: 3 });
    expect(got.count).toBe(2);
    expect(groupsOf(view, got.labels)).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    // 2 * (3/6 - (6/12)^2) = 0.5
    expect(got.modularity).toBeCloseTo(0.5, 12);
  });

  it("a directed view is symmetrised: directed triangles give the same 2 communities", () => {
    const view = twoTriangles(true);
    expect(view.directed).toBe(true);
    const got = louvainOnView(view);
    expect(got.count).toBe(2);
    expect(got.modularity).toBeCloseTo(0.5, 12);
  });

  it("ring of 8 cliques of 5: each clique one community", () => {
    const view = ringOfCliques(8, 5);
    for (const seed of [1, 2, 3, 42]) {
      const got = louvainOnView(view, { seed });
      expect(got.count).toBe(8);
      const expected = Array.from({ length: 8 }, (_, c) => Array.from({ length: 5 }, (_, x) => `c${c}_${x}`));
      expect(groupsOf(view, got.labels)).toEqual(expected);
      // Equal sizes: numbered by smallest vertex index, so clique c is community c.
      expect([...got.labels]).toEqual(Array.from({ length: 40 }, (_, v) => Math.floor(v / 5)));
      // m = 8 * 10 + 8 = 88; each clique: 10 ties inside, strength 22.
      expect(got.modularity).toBeCloseTo(8 * (10 / 88 - (22 / 176) ** 2), 12);
    }
  });

  it("communities are numbered by size, largest first", () => {
    const view = buildView(
      graphOf(
        ["t1", "t2", "t3", "k1", "k2", "k3", "k4", "k5"],
        [
          ["t1", "t2"],
          ["t2", "t3"],
          ["t3", "t1"],
          ...(["k1", "k2", "k3", "k4", "k5"].flatMap((a, i, all) =>
            all.slice(i + 1).map((b) => [a, b]),
          ) as Array<[string, string]>),
        ],
      ),
    );
    const got = louvainOnView(view);
    expect([...got.labels]).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it("weighted follows strengths, unweighted counts each tie once", () => {
    // Two triangles joined by a bridge c-d of strength 100.
    const view = buildView(
      graphOf(
        ["a", "b", "c", "d", "e", "f"],
        [
          ["a", "b", 1],
          ["b", "c", 1],
          ["c", "a", 1],
          ["d", "e", 1],
          ["e", "f", 1],
          ["f", "d", 1],
          ["c", "d", 100],
        ],
      ),
    );
    const plain = louvainOnView(view, { weighted: false });
    expect(groupsOf(view, plain.labels)).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    // m = 7, each triangle 3 ties inside and strength 7: 2 * (3/7 - (7/14)^2).
    expect(plain.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 12);
    const strong = louvainOnView(view, { weighted: true });
    const labelOf = (id: string) => strong.labels[view.index.get(id)!];
    expect(labelOf("c")).toBe(labelOf("d"));
    expect(labelOf("a")).not.toBe(labelOf("c"));
    expect(strong.modularity).toBeCloseTo(textbookModularity(view, strong.labels, 1, true)!, 12);
  });

  it("resolution: a small γ merges cliques; the reported Q uses γ", () => {
    const view = ringOfCliques(8, 5);
    const got = louvainOnView(view, { resolution: 0.05 });
    expect(got.count).toBeLessThan(8);
    expect(got.modularity).toBeCloseTo(textbookModularity(view, got.labels, 0.05)!, 12);
    expect(() => louvainOnView(view, { resolution: 0 })).toThrow(RangeError);
    expect(() => louvainOnView(view, { resolution: Number.NaN })).toThrow(RangeError);
  });

  it("louvainGraph drops non-positive strengths and sums both arcs of a directed pair", () => {
    const view = buildView(
      graphOf(
        ["a", "b", "c"],
        [
          ["a", "b", 1],
          ["b", "a", 2],
          ["b", "c", -4],
        ],
        { directed: true },
      ),
    );
    const g = louvainGraph(view, true);
    expect([...g.offsets]).toEqual([0, 1, 2, 2]);
    expect([...g.targets]).toEqual([1, 0]);
    expect([...g.weights]).toEqual([3, 3]);
    expect([...louvainGraph(view, false).weights]).toEqual([1, 1]);
  });
});

describe("louvainOnView on a generated planted-partition graph (2,000 nodes)", () => {
  const csv = generatedEdgeCsv(2_000, 10_000, 11);
  const view = readEdgeListView(csv).view;

  it("is deterministic: same seed, same partition", () => {
    const a = louvainOnView(view, { seed: 5 });
    const b = louvainOnView(view, { seed: 5 });
    expect([...a.labels]).toEqual([...b.labels]);
    expect(a.modularity).toBe(b.modularity);
  });

  it("reports the modularity of its partition and matches the product's Louvain (graphology-communities-louvain) within 0.01", () => {
    const network = readNodeEdgeLists({ name: "edges.csv", bytes: new TextEncoder().encode(csv) });
    for (const seed of [1, 2, 3]) {
      const ours = louvainOnView(view, { seed });
      expect(ours.modularity!).toBeCloseTo(modularityOfView(view, ours.labels, { weighted: true })!, 10);
      const product = detectClusters(network.graph, { seed });
      expect(Math.abs(ours.modularity! - product.modularity!)).toBeLessThanOrEqual(0.01);
    }
  });
});
