import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { sectorMixing } from "../../src/groups/sector-mixing.ts";

/** Two schools, a club, a library, a sector-less node; parallel and directed ties merge. */
function inventory() {
  const g = new MultiGraph({ type: "mixed" });
  g.addNode("school1", { sector: "formal_education" });
  g.addNode("school2", { sector: "formal_education" });
  g.addNode("club", { sector: "informal_community" });
  g.addNode("library", { sector: "non_formal" });
  g.addNode("nobody", { sector: "" });
  g.addUndirectedEdge("school1", "school2", { weight: 1 });
  g.addUndirectedEdge("school1", "club", { weight: 1 });
  g.addUndirectedEdge("school1", "club", { weight: 2 });
  g.addDirectedEdge("club", "library", { weight: 1 });
  g.addDirectedEdge("library", "club", { weight: 1 });
  g.addUndirectedEdge("nobody", "club", { weight: 1 });
  return g;
}

describe("sectorMixing", () => {
  it("counts each merged tie once, in core's sector order, leaving sector-less nodes out", () => {
    const m = sectorMixing(inventory());
    expect(m?.groups).toEqual(["formal_education", "non_formal", "informal_community"]);
    // formal-formal 1 (within), formal-informal 1, non_formal-informal 1; the nobody tie is left out.
    expect(m?.counts).toEqual([
      [1, 0, 1],
      [0, 0, 1],
      [1, 1, 0],
    ]);
    // E = 2 between, I = 1 within: (2 - 1) / 3.
    expect(m?.ei).toBeCloseTo(1 / 3, 12);
    // Sizes 2, 1, 1: 1 pair within, 5 between of 6: (5 - 1) / 6.
    expect(m?.eiExpected).toBeCloseTo(4 / 6, 12);
  });

  it("puts an unknown sector after the known ones", () => {
    const g = inventory();
    g.setNodeAttribute("nobody", "sector", "aaa_other");
    expect(sectorMixing(g)?.groups).toEqual([
      "formal_education",
      "non_formal",
      "informal_community",
      "aaa_other",
    ]);
  });

  it("is undefined without sectors or without ties", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("a", {});
    g.addNode("b", {});
    g.addUndirectedEdge("a", "b", {});
    expect(sectorMixing(g)).toBeUndefined();
    const h = new MultiGraph({ type: "mixed" });
    h.addNode("a", { sector: "non_formal" });
    expect(sectorMixing(h)).toBeUndefined();
  });
});
