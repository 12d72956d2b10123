import { describe, expect, it } from "vitest";
import {
  CATEGORY_PALETTE,
  categoryLabel,
  colourScheme,
  labelCount,
  OTHER_COLOUR,
  OTHER_KEY,
  SECTOR_COLOURS,
  sizeScale,
  topNodes,
} from "../src/encode/index.ts";
import type { ReportNode } from "../src/model.ts";

const node = (id: string, extra: Partial<ReportNode> = {}): ReportNode => ({
  id,
  label: id,
  themes: [],
  target_groups: [],
  x: 0,
  y: 0,
  metrics: {},
  ...extra,
});

describe("colourScheme", () => {
  it("gives sectors their fixed colours and a legend that matches colourOf", () => {
    const nodes = [
      node("a", { sector: "formal_education" }),
      node("b", { sector: "non_formal" }),
      node("c", { sector: "non_formal" }),
      node("d"),
    ];
    const scheme = colourScheme(nodes, "sector");
    expect(scheme.colourOf(nodes[0])).toBe(SECTOR_COLOURS.formal_education);
    expect(scheme.colourOf(nodes[1])).toBe(SECTOR_COLOURS.non_formal);
    expect(scheme.colourOf(nodes[3])).toBe(OTHER_COLOUR);
    // Most frequent first, unknown last; each legend colour is what colourOf gives its nodes.
    expect(scheme.legend.map((e) => [e.key, e.count])).toEqual([
      ["non_formal", 2],
      ["formal_education", 1],
      ["", 1],
    ]);
    for (const entry of scheme.legend)
      for (const n of nodes.filter((x) => (x.sector ?? "") === entry.key))
        expect(scheme.colourOf(n)).toBe(entry.colour);
  });

  it("folds categories beyond the palette into 'other'", () => {
    const nodes = Array.from({ length: CATEGORY_PALETTE.length + 3 }, (_, i) =>
      node(`n${i}`, { municipality: `m${String(i).padStart(2, "0")}` }),
    );
    const scheme = colourScheme(nodes, "municipality");
    expect(scheme.legend).toHaveLength(CATEGORY_PALETTE.length + 1);
    const other = scheme.legend[scheme.legend.length - 1];
    expect(other.key).toBe(OTHER_KEY);
    expect(other.count).toBe(3);
    // Equal counts: the palette goes to the first keys in id order.
    expect(scheme.colourOf(nodes[0])).toBe(CATEGORY_PALETTE[0]);
    expect(scheme.colourOf(nodes[nodes.length - 1])).toBe(OTHER_COLOUR);
  });

  it("treats __proto__ as an ordinary category and labels from the vocabulary", () => {
    const nodes = [node("x", { org_type: "__proto__" }), node("y", { org_type: "library" })];
    const scheme = colourScheme(nodes, "org_type");
    expect(scheme.legend.map((e) => e.key).sort()).toEqual(["__proto__", "library"]);
    const vocab = { org_type: { library: { nl: "Bibliotheek", en: "Library" } } };
    expect(categoryLabel("org_type", "library", vocab, "nl")).toBe("Bibliotheek");
    expect(categoryLabel("org_type", "__proto__", vocab, "en")).toBe("__proto__");
    expect(categoryLabel("org_type", "other:Dorpshuis", vocab, "en")).toBe("Dorpshuis");
    expect(categoryLabel("cluster", "0", vocab, "en")).toBe("Cluster 1");
  });
});

describe("sizeScale", () => {
  it("grows with the square root of the value between min and max", () => {
    const scale = sizeScale([0, 25, 100], { min: 2, max: 12 });
    expect(scale(100)).toBe(12);
    expect(scale(25)).toBe(2 + 10 * 0.5); // sqrt(25/100) = 0.5
    expect(scale(0)).toBe(2);
    expect(scale(null)).toBe(2);
    expect(scale(Number.NaN)).toBe(2);
  });
  it("gives every node the minimum when all values are zero or missing", () => {
    const scale = sizeScale([0, null, undefined]);
    expect(scale(0)).toBe(scale(null));
  });
});

describe("topNodes", () => {
  it("picks the highest values, ties broken by id", () => {
    const values: Record<string, number | null> = { b: 3, a: 3, c: 1, d: null };
    expect([...topNodes(["d", "c", "b", "a"], (id) => values[id], 2)]).toEqual(["a", "b"]);
  });
  it("never asks for more labels than nodes", () => {
    expect(labelCount(0)).toBe(0);
    expect(labelCount(3)).toBe(3);
    expect(labelCount(1_000_000)).toBeLessThanOrEqual(15);
  });
});
