/**
 * --edges directed|undirected|mixed (edge-notes.ts): what each writer writes for a mixed network,
 * that the file says what was merged or doubled, that it stays schema-valid, and that ecolens reads
 * every mode back as the network it came from.
 */
import { describe, expect, it } from "vitest";
import { planEdges } from "../../src/io/edge-notes.ts";
import { readGexf } from "../../src/io/gexf-read.ts";
import { writeGexf } from "../../src/io/gexf-write.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { writeGraphml } from "../../src/io/graphml-write.ts";
import { readPajek } from "../../src/io/pajek-read.ts";
import { writePajek } from "../../src/io/pajek-write.ts";
import { edgeSignatures, hostileGraph, mixedGraph, networkOf } from "./networks.ts";
import { gexfErrors, graphmlErrors, inputText } from "./tools.ts";

const MODES = ["undirected", "directed", "mixed"] as const;

describe("planEdges", () => {
  const g = mixedGraph(); // 6 undirected (one a self-loop) + 2 directed relations

  it("default: a mixed network is written undirected with the direction kept in attributes", () => {
    const plan = planEdges(g);
    expect(plan.mode).toBe("undirected");
    expect(plan.edges).toHaveLength(g.size);
    expect(plan.edges.every((e) => !e.directed)).toBe(true);
    const arcs = plan.edges.filter((e) => e.attributes.relation_directed === true);
    expect(arcs.map((e) => [e.attributes.relation_from, e.source])).toEqual([
      ["6", "6"],
      ["org-5", "org-5"],
    ]);
    expect(plan.note).toContain("2 directed relation(s)");
  });

  it("default: a network of one kind is written as it is, without a note", () => {
    for (const directed of [true, false]) {
      const plan = planEdges(hostileGraph(directed));
      expect([plan.mode, plan.defaultDirected, plan.perEdge, plan.note]).toEqual([
        "mixed",
        directed,
        false,
        undefined,
      ]);
    }
  });

  it("directed: undirected ties doubled (self-loops once), the copy marked mirror_of", () => {
    const plan = planEdges(g, "directed");
    // 6 undirected relations, one a self-loop: 5 doubled
    expect(plan.edges).toHaveLength(g.size + 5);
    const mirrors = plan.edges.filter((e) => typeof e.attributes.mirror_of === "string");
    expect(mirrors).toHaveLength(5);
    for (const m of mirrors) {
      const first = plan.edges.find((e) => e.key === m.attributes.mirror_of);
      expect([first?.source, first?.target]).toEqual([m.target, m.source]);
    }
    expect(plan.note).toContain("5 undirected relation(s) written as two arcs");
  });
});

describe("writers in every mode", () => {
  for (const mode of MODES) {
    it(`${mode}: GEXF and GraphML valid, the note in the file, read back as the same network`, () => {
      const g = mixedGraph();
      const net = networkOf(g);
      const gexf = writeGexf(net, { edges: mode });
      const graphml = writeGraphml(net, { edges: mode });
      expect(gexfErrors(gexf)).toBe("");
      expect(graphmlErrors(graphml)).toBe("");
      if (mode === "mixed") {
        expect(gexf).toContain('type="directed"');
        expect(gexf).not.toContain("<!-- ecolens");
      } else {
        expect(gexf).not.toMatch(/ type="(un)?directed"/);
        expect(gexf).toMatch(/<description>[^<]*ecolens: \d+ (un)?directed relation/);
        expect(gexf).toContain("<!-- ecolens:");
        expect(graphml).toMatch(/<desc>ecolens: \d+ (un)?directed relation/);
        expect(graphml).not.toContain(' directed="');
        expect(gexf).toContain(`defaultedgetype="${mode}"`);
      }
      for (const back of [
        readGexf(inputText("b.gexf", gexf)),
        readGraphml(inputText("b.graphml", graphml)),
      ]) {
        expect(back.report.errors).toBe(0);
        expect(back.graph.order).toBe(g.order);
        expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
        back.graph.forEachEdge((_k, a) => {
          expect(Object.keys(a)).not.toContain("relation_directed");
          expect(Object.keys(a)).not.toContain("mirror_of");
        });
      }
    });

    it(`${mode}: Pajek sections and counts`, () => {
      const g = mixedGraph();
      const text = writePajek(networkOf(g), { edges: mode });
      const back = readPajek(inputText("b.net", text));
      expect(back.report.errors).toBe(0);
      expect(back.graph.order).toBe(g.order);
      const arcs = (text.split("*Arcs\n")[1] ?? "").split("*Edges")[0].trim();
      if (mode === "undirected") {
        expect(text).not.toContain("*Arcs");
        expect(back.graph.size).toBe(g.size);
      } else if (mode === "directed") {
        expect(text).not.toContain("*Edges");
        expect(back.graph.size).toBe(g.size + 5);
        expect(text).toContain("% ecolens: 5 undirected relation(s)");
      } else {
        expect(arcs.split("\n")).toHaveLength(2);
        expect(edgeSignatures(back.graph).map((s) => s.replace(/\|[^|]*\|[^|]*$/, ""))).toEqual(
          edgeSignatures(g).map((s) => s.replace(/\|[^|]*\|[^|]*$/, "")),
        );
      }
    });
  }
});

describe("restoring direction is strict", () => {
  it("a relation_from that is not an end of the edge leaves the edge and its attributes as they are", () => {
    const xml = `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="edge"><attribute id="0" title="relation_directed" type="boolean"/><attribute id="1" title="relation_from" type="string"/></attributes>
<nodes><node id="a"/><node id="b"/></nodes>
<edges><edge id="x" source="a" target="b"><attvalues><attvalue for="0" value="true"/><attvalue for="1" value="zz"/></attvalues></edge>
<edge id="y" source="a" target="b"><attvalues><attvalue for="0" value="true"/><attvalue for="1" value="b"/></attvalues></edge></edges>
</graph></gexf>`;
    const g = readGexf(inputText("s.gexf", xml)).graph;
    expect(g.isDirected("x")).toBe(false);
    expect(g.getEdgeAttribute("x", "relation_from")).toBe("zz");
    expect([g.isDirected("y"), g.source("y"), g.target("y")]).toEqual([true, "b", "a"]);
  });
});
