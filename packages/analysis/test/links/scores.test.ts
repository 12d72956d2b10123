import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { linkView, scorePair, topLinkPredictions } from "../../src/links/scores.ts";
import { close, loadReference } from "../helpers/reference.ts";

const CASES = [
  "karate",
  "karate-weighted",
  "florentine",
  "davis-women-projection",
  "les-miserables",
  "gf-tiny",
  "edge-cases",
];
const FIELDS = [
  "common_neighbors",
  "jaccard",
  "adamic_adar",
  "resource_allocation",
  "preferential_attachment",
] as const;

describe("plain link-prediction scores against networkx", () => {
  for (const name of CASES) {
    const ref = loadReference(name);
    const lp = ref.expected.metrics.link_prediction;
    it(`${name}: named pairs`, () => {
      const view = linkView(ref.graph);
      for (const pair of lp.named_pairs) {
        const got = scorePair(view, pair.u, pair.v);
        expect(got, `${pair.u}-${pair.v}`).not.toBeNull();
        expect(got!.is_edge).toBe(pair.is_edge);
        for (const f of FIELDS)
          expect(close(got![f], pair[f]), `${pair.u}-${pair.v} ${f}: ${got![f]} vs ${pair[f]}`).toBe(true);
      }
    });
    it(`${name}: top-${lp.top.length} by resource allocation with the reference tie-break`, () => {
      const top = topLinkPredictions(ref.graph, { k: 20, tieBreak: "insertion" });
      expect(top.length).toBe(lp.top.length);
      top.forEach((got, r) => {
        const want = lp.top[r];
        expect([got.u, got.v], `rank ${r}`).toEqual([want.u, want.v]);
        expect(got.is_edge).toBe(false);
        for (const f of FIELDS) expect(close(got[f], want[f]), `rank ${r} ${f}`).toBe(true);
      });
    });
  }
});

describe("plain scores on tiny graphs", () => {
  it("empty graph and one node give no pairs", () => {
    expect(topLinkPredictions(new MultiGraph())).toEqual([]);
    const g = new MultiGraph();
    g.addNode("a");
    expect(topLinkPredictions(g)).toEqual([]);
    expect(scorePair(linkView(g), "a", "a")).toBeNull();
    expect(scorePair(linkView(g), "a", "zz")).toBeNull();
  });
  it("a path a-b-c: a and c share b (degree 2); parallel ties count once", () => {
    const g = new MultiGraph({ type: "mixed" });
    for (const id of ["a", "b", "c", "__proto__"]) g.addNode(id);
    g.addUndirectedEdge("a", "b", { relation_type: "x", weight: 3, directed: false });
    g.addUndirectedEdge("a", "b", { relation_type: "y", weight: 1, directed: false });
    g.addDirectedEdge("c", "b", { relation_type: "referral", weight: 1, directed: true });
    const s = scorePair(linkView(g), "a", "c")!;
    expect(s.common_neighbors).toBe(1);
    expect(s.jaccard).toBe(1);
    expect(s.resource_allocation).toBe(0.5);
    expect(s.adamic_adar).toBeCloseTo(1 / Math.log(2), 12);
    expect(s.preferential_attachment).toBe(1);
    const top = topLinkPredictions(g, { k: 3 });
    // id order: "__proto__" < "a" < "b" < "c"; a-c first (RA .5), then zero pairs with __proto__.
    expect(top.map((p) => `${p.u}-${p.v}`)).toEqual(["a-c", "__proto__-a", "__proto__-b"]);
  });
});
