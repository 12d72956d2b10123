/**
 * A network without a sector (GEXF, GraphML, Pajek) is not painted grey as "unknown": the map and
 * report colour by the file's own colours (Gephi viz:color), else the first categorical attribute
 * with 2-12 values, else the clusters.
 */
import { describe, expect, it } from "vitest";
import {
  CATEGORY_PALETTE,
  categoricalAttribute,
  categoryLabel,
  colourScheme,
  defaultColourBy,
  fileColour,
  OTHER_COLOUR,
} from "../src/encode/index.ts";
import type { ReportNode } from "../src/model.ts";
import { staticMapSvg } from "../src/report/static-map.ts";

const node = (id: string, extra: Partial<ReportNode> = {}): ReportNode => ({
  id,
  label: id,
  themes: [],
  target_groups: [],
  x: Number(id.length),
  y: 0,
  metrics: {},
  ...extra,
});
const attrs = (attributes: Record<string, string>) => ({ attributes });

describe("defaultColourBy", () => {
  it("the sector whenever any node has one", () => {
    expect(defaultColourBy([node("a", { sector: "government", ...attrs({ club: "x" }) }), node("b")])).toBe(
      "sector",
    );
  });

  it("the file's own colours when at least half the nodes have a valid one", () => {
    const nodes = [
      node("a", attrs({ color: "#E63946" })),
      node("b", attrs({ color: "rgba(1,2,3,0.5)" })),
      node("c"),
    ];
    expect(defaultColourBy(nodes)).toBe("file");
    const scheme = colourScheme(nodes, "file");
    expect(nodes.map((n) => scheme.colourOf(n))).toEqual(["#e63946", "rgba(1,2,3,0.5)", OTHER_COLOUR]);
    expect(scheme.legend.map((e) => [e.key, e.count])).toEqual([
      ["#e63946", 1],
      ["rgba(1,2,3,0.5)", 1],
      ["", 1],
    ]);
    expect(categoryLabel("file", "#e63946", {}, "en")).toBe("#e63946");
  });

  it("a colour that is not a plain CSS colour is not one (it would reach the SVG)", () => {
    for (const bad of ['red"/><script>', "url(javascript:x)", "#12345", "rgb(1,2)"])
      expect(fileColour(node("a", attrs({ color: bad })))).toBeUndefined();
  });

  it("else the first attribute by name with 2-12 values held by half the nodes", () => {
    const nodes = ["1", "2", "3", "4"].map((id, i) =>
      node(
        id,
        attrs({
          zeta: i % 2 ? "p" : "q",
          club: i < 2 ? "Mr. Hi" : "Officer",
          uniq: `u${i}`,
          rare: i === 0 ? "x" : "",
        }),
      ),
    );
    expect(categoricalAttribute(nodes)).toBe("club");
    expect(defaultColourBy(nodes)).toBe("attr:club");
    const scheme = colourScheme(nodes, "attr:club");
    expect(scheme.legend.map((e) => [e.key, e.colour, e.count])).toEqual([
      ["Mr. Hi", CATEGORY_PALETTE[0], 2],
      ["Officer", CATEGORY_PALETTE[1], 2],
    ]);
    expect(categoryLabel("attr:club", "Officer", {}, "nl")).toBe("Officer");
  });

  it("an attribute with one value or more than 12 is no grouping; then the clusters, then sector", () => {
    const many = Array.from({ length: 13 }, (_, i) => node(`n${i}`, attrs({ kind: `k${i}`, same: "s" })));
    expect(categoricalAttribute(many)).toBeUndefined();
    expect(defaultColourBy(many)).toBe("sector");
    expect(defaultColourBy(many.map((n, i) => ({ ...n, cluster: i % 3 })))).toBe("cluster");
  });

  it("attribute names like prototype members are ordinary names", () => {
    const nodes = ["a", "b"].map((id, i) => node(id, attrs({ constructor: `c${i}`, toString: "t" })));
    expect(defaultColourBy(nodes)).toBe("attr:constructor");
    expect(colourScheme(nodes, "attr:toString").legend).toHaveLength(1);
    expect(colourScheme(nodes, "attr:__proto__").legend).toEqual([
      { key: "", colour: OTHER_COLOUR, count: 2 },
    ]);
  });
});

describe("the report's static map uses the same choice", () => {
  it("a network with a club attribute and no sector: club colours and legend, no grey 'unknown'", () => {
    const nodes = ["1", "22", "333", "4444"].map((id, i) =>
      node(id, attrs({ club: i < 2 ? "Mr. Hi" : "Officer" })),
    );
    const model = { nodes, edges: [], vocab: {} } as unknown as Parameters<typeof staticMapSvg>[0];
    const svg = staticMapSvg(model, "", "en") ?? "";
    expect(svg).toContain(`fill="${CATEGORY_PALETTE[0]}"`);
    expect(svg).toContain(">Officer</text>");
    expect(svg).not.toContain(`fill="${OTHER_COLOUR}"`);
    expect(svg).not.toContain(">unknown<");
  });
});
