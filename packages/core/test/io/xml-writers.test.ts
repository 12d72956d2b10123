/**
 * GEXF / GraphML / JSON writers: schema-valid (libxml2 with the official GEXF 1.3 Relax NG grammar
 * and GraphML 1.0 XSD), ids unique and every edge endpoint declared (libxml2 XPath), and round
 * trips through our own readers. networkx and igraph reading the same files: interop/.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGexf } from "../../src/io/gexf-read.ts";
import { writeGexf } from "../../src/io/gexf-write.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { writeGraphml } from "../../src/io/graphml-write.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { writeGraphologyJson } from "../../src/io/json-write.ts";
import { readNodeEdgeLists } from "../../src/io/lists-read.ts";
import type { EcoGraph, EcoNetwork } from "../../src/model/types.ts";
import { edgeSignatures, emptyGraph, hostileGraph, mixedGraph, networkOf } from "./networks.ts";
import { gexfErrors, graphmlErrors, inputFrom, inputText, integrity, REFERENCE } from "./tools.ts";

const karate = (): EcoNetwork =>
  readNodeEdgeLists(
    inputFrom(join(REFERENCE, "karate-weighted", "edges.csv")),
    inputFrom(join(REFERENCE, "karate-weighted", "nodes.csv")),
  );

function oneNode(): EcoGraph {
  const g = emptyGraph();
  g.addNode("solo", { label: "Solo" });
  return g;
}

/** What a round trip must keep: node ids and attributes (XML-forbidden characters -> U+FFFD). */
function expectedNodes(g: EcoGraph) {
  return g.mapNodes((id, a) => {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(a))
      clean[k] = typeof v === "string" ? v.replace(/\u000B/g, "\uFFFD") : v;
    return [id, clean];
  });
}

const cases: Array<[string, () => EcoGraph]> = [
  ["hostile undirected", () => hostileGraph(false)],
  ["hostile directed", () => hostileGraph(true)],
  ["mixed", mixedGraph],
  ["empty", emptyGraph],
  ["one node", oneNode],
];

describe("writeGexf", () => {
  for (const [name, make] of cases) {
    it(`${name}: valid GEXF 1.3, sound structure, round trip keeps nodes, attributes and edges`, () => {
      const g = make();
      const xml = writeGexf(networkOf(g));
      expect(gexfErrors(xml)).toBe("");
      expect(xml).not.toContain("schemaLocation");
      expect(xml).toMatch(/<edges\/>|<edges>/);
      expect(integrity("gexf", xml)).toEqual({ nodes: g.order, unique: g.order, edges: g.size, dangling: 0 });
      const back = readGexf(inputText("back.gexf", xml));
      expect(back.report.findings).toEqual([]);
      expect(back.graph.mapNodes((id, a) => [id, a])).toEqual(expectedNodes(g));
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
    });
  }

  it("positions go to viz:position (unless positions: false), colours as r/g/b, metrics as attributes", () => {
    const g = oneNode();
    g.mergeNodeAttributes("solo", { x: 1.5, y: -2, color: "#0a0B0c", size: 4 });
    const net = networkOf(g);
    const xml = writeGexf(net, { metrics: { degree: { solo: 0 }, betweenness: { other: 1 } } });
    expect(xml).toContain('<viz:position x="1.5" y="-2" z="0"/>');
    expect(xml).toContain('<viz:color r="10" g="11" b="12"/>');
    expect(xml).not.toContain("hex=");
    expect(gexfErrors(xml)).toBe("");
    const back = readGexf(inputText("m.gexf", xml)).graph.getNodeAttributes("solo");
    expect(back).toEqual({ label: "Solo", x: 1.5, y: -2, color: "#0a0b0c", size: 4, degree: 0 });
    expect(writeGexf(net, { positions: false })).not.toContain("viz:position");
  });

  it("karate-weighted (34 nodes, 78 edges): valid; weights survive", () => {
    const net = karate();
    const xml = writeGexf(net);
    expect(gexfErrors(xml)).toBe("");
    expect(integrity("gexf", xml)).toEqual({ nodes: 34, unique: 34, edges: 78, dangling: 0 });
    expect(edgeSignatures(readGexf(inputText("k.gexf", xml)).graph)).toEqual(edgeSignatures(net.graph));
  });
});

describe("writeGraphml", () => {
  for (const [name, make] of cases) {
    it(`${name}: valid GraphML, NMTOKEN ids, round trip keeps original ids, attributes and edges`, () => {
      const g = make();
      const xml = writeGraphml(networkOf(g));
      expect(graphmlErrors(xml)).toBe("");
      expect(integrity("graphml", xml)).toEqual({
        nodes: g.order,
        unique: g.order,
        edges: g.size,
        dangling: 0,
      });
      const back = readGraphml(inputText("back.graphml", xml));
      expect(back.report.findings).toEqual([]);
      expect(back.graph.mapNodes((id, a) => [id, a])).toEqual(expectedNodes(g));
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
    });
  }

  it("metrics become typed node keys; a node without a value gets no <data>", () => {
    const g = hostileGraph(false);
    const xml = writeGraphml(networkOf(g), { metrics: { pagerank: { isolate: 0.05, "6": null } } });
    expect(xml).toMatch(/attr.name="pagerank" attr.type="double"/);
    expect(graphmlErrors(xml)).toBe("");
    const back = readGraphml(inputText("m.graphml", xml)).graph;
    expect(back.getNodeAttribute("isolate", "pagerank")).toBe(0.05);
    expect(back.getNodeAttribute("6", "pagerank")).toBeUndefined();
  });

  it("karate-weighted: 34 nodes and 78 edges, every endpoint declared", () => {
    const xml = writeGraphml(karate());
    expect(graphmlErrors(xml)).toBe("");
    expect(integrity("graphml", xml)).toEqual({ nodes: 34, unique: 34, edges: 78, dangling: 0 });
  });
});

describe("writeGraphologyJson", () => {
  for (const [name, make] of cases) {
    it(`${name}: round trip keeps everything`, () => {
      const g = make();
      const back = readGraphologyJson(inputText("g.json", writeGraphologyJson(networkOf(g))));
      expect(back.report.findings).toEqual([]);
      expect(back.graph.mapNodes((id, a) => [id, a])).toEqual(g.mapNodes((id, a) => [id, a]));
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
    });
  }

  it("metrics are added as node attributes; null is left out", () => {
    const text = writeGraphologyJson(networkOf(oneNode()), {
      metrics: { degree: { solo: 0 }, closeness: { solo: null } },
    });
    expect(JSON.parse(text).nodes).toEqual([{ key: "solo", attributes: { label: "Solo", degree: 0 } }]);
  });
});
