/**
 * GEXF / GraphML / JSON writers: schema-valid (xmllint with the official GEXF 1.3 Relax NG grammar
 * and GraphML 1.0 XSD), read back by networkx 3 with the same counts and labels, ids unique and
 * every edge endpoint declared (Python ElementTree), and round trips through our own readers.
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
import { edgeSignatures, emptyGraph, HOSTILE, hostileGraph, mixedGraph, networkOf } from "./networks.ts";
import {
  gexfErrors,
  graphmlErrors,
  inputFrom,
  inputText,
  integrity,
  networkxRead,
  REFERENCE,
} from "./tools.ts";

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

const cases: Array<[string, () => EcoGraph, boolean]> = [
  ["hostile undirected", () => hostileGraph(false), true],
  ["hostile directed", () => hostileGraph(true), true],
  ["mixed (networkx cannot read mixed files)", mixedGraph, false],
  ["empty", emptyGraph, true],
  ["one node", oneNode, true],
];

describe("writeGexf", () => {
  for (const [name, make, nxReads] of cases) {
    it(`${name}: valid GEXF 1.3, sound structure, round trip keeps nodes, attributes and edges`, () => {
      const g = make();
      const xml = writeGexf(networkOf(g));
      expect(gexfErrors(xml)).toBe("");
      expect(xml).not.toContain("schemaLocation");
      expect(xml).toMatch(/<edges\/>|<edges>/);
      expect(integrity("gexf", xml)).toEqual({ nodes: g.order, unique: g.order, edges: g.size, dangling: 0 });
      if (nxReads) {
        const nx = networkxRead("gexf", xml);
        expect([nx.nodes, nx.edges]).toEqual([g.order, g.size]);
      }
      const back = readGexf(inputText("back.gexf", xml));
      expect(back.report.findings).toEqual([]);
      expect(back.graph.mapNodes((id, a) => [id, a])).toEqual(expectedNodes(g));
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
    });
  }

  it("hostile names stay text: networkx reads the exact labels back", () => {
    const g = hostileGraph(false);
    const nx = networkxRead("gexf", writeGexf(networkOf(g)));
    expect(nx.labels[HOSTILE.script]).toBe(HOSTILE.formula);
    expect(nx.labels.constructor).toBe(HOSTILE.cdataEnd);
    expect(nx.labels["org 4"]).toBe(HOSTILE.amp);
    expect(nx.labels["org-5"]).toBe("Brouwerij\uFFFDDe Klaproos");
  });

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

  it("karate-weighted (34 nodes, 78 edges): networkx agrees; weights survive", () => {
    const net = karate();
    const xml = writeGexf(net);
    expect(gexfErrors(xml)).toBe("");
    const nx = networkxRead("gexf", xml);
    expect([nx.nodes, nx.edges, nx.directed]).toEqual([34, 78, false]);
    expect(edgeSignatures(readGexf(inputText("k.gexf", xml)).graph)).toEqual(edgeSignatures(net.graph));
  });
});

describe("writeGraphml", () => {
  for (const [name, make, nxReads] of cases) {
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
      if (nxReads) {
        const nx = networkxRead("graphml", xml);
        expect([nx.nodes, nx.edges]).toEqual([g.order, g.size]);
      }
      const back = readGraphml(inputText("back.graphml", xml));
      expect(back.report.findings).toEqual([]);
      expect(back.graph.mapNodes((id, a) => [id, a])).toEqual(expectedNodes(g));
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
    });
  }

  it("hostile ids are kept in <data key=id>: networkx sees the original ids and labels", () => {
    const nx = networkxRead("graphml", writeGraphml(networkOf(hostileGraph(true))));
    expect(nx.directed).toBe(true);
    expect(Object.keys(nx.labels).sort()).toEqual(hostileGraph(true).nodes().sort());
    expect(nx.labels[HOSTILE.script]).toBe(HOSTILE.formula);
  });

  it("metrics become typed node keys; a node without a value gets no <data>", () => {
    const g = hostileGraph(false);
    const xml = writeGraphml(networkOf(g), { metrics: { pagerank: { isolate: 0.05, "6": null } } });
    expect(xml).toMatch(/attr.name="pagerank" attr.type="double"/);
    expect(graphmlErrors(xml)).toBe("");
    const back = readGraphml(inputText("m.graphml", xml)).graph;
    expect(back.getNodeAttribute("isolate", "pagerank")).toBe(0.05);
    expect(back.getNodeAttribute("6", "pagerank")).toBeUndefined();
  });

  it("karate-weighted: networkx reads 34 nodes and 78 undirected edges", () => {
    const nx = networkxRead("graphml", writeGraphml(karate()));
    expect([nx.nodes, nx.edges, nx.directed]).toEqual([34, 78, false]);
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
