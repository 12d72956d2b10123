/**
 * readGraphml on the GraphML reference files (conformance/schemas/reference; expectations read by
 * hand from the files) and readGraphologyJson on hand-written inputs.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { inputFrom, inputText, SCHEMAS } from "./tools.ts";

const ref = (name: string) => readGraphml(inputFrom(join(SCHEMAS, "reference", name)));

describe("readGraphml: reference files", () => {
  it("ok.graphml: 3 nodes, 2 directed edges, typed keys and key defaults", () => {
    const net = ref("ok.graphml");
    const g = net.graph;
    expect(net.report.findings).toEqual([]);
    expect(g.nodes()).toEqual(["n0", "n1", "n2"]);
    expect(g.getNodeAttributes("n0")).toEqual({
      label: "Brouwerij De Klaproos",
      org_id: "ORG-001",
      revenue: 1250000.5,
    });
    expect(g.getNodeAttribute("n1", "label")).toBe("Café 't Hoekske <img src=x onerror=alert(1)>");
    expect(g.getEdgeAttributes("e0")).toMatchObject({ weight: 2.5, directed: true, type: "leverancier" });
    // e1 has no <data>: the key's <default>1.0</default> applies
    expect(g.getEdgeAttribute("e1", "weight")).toBe(1);
    expect([g.source("e1"), g.target("e1"), g.isDirected("e1")]).toEqual(["n2", "n2", true]);
  });

  it("bad-attr-type (decimal): a warning, the value is kept as text (networkx raises KeyError)", () => {
    const net = ref("bad-attr-type.graphml");
    expect(net.report.findings).toMatchObject([
      { code: "BAD_ATTRIBUTE_TYPE", severity: "warning", row: 7, column: "revenue", value: "decimal" },
    ]);
    expect(net.graph.getNodeAttribute("n0", "revenue")).toBe("1250000.5");
  });

  it("dangling edge to n9: reported, not imported, n9 not created", () => {
    const net = ref("bad-dangling-edge.graphml");
    expect(net.report.findings).toMatchObject([
      { code: "DANGLING_EDGE", row: 16, value: "n9", column: "target" },
    ]);
    expect([net.graph.order, net.graph.size, net.graph.hasNode("n9")]).toEqual([3, 2, false]);
  });

  it("duplicate node id n0: reported with both lines, the first node stays", () => {
    const net = ref("bad-duplicate-node-id.graphml");
    expect(net.report.findings).toHaveLength(1);
    expect(net.report.findings[0]).toMatchObject({
      code: "DUPLICATE_NODE_ID",
      severity: "error",
      row: 12,
      value: "n0",
    });
    expect(net.report.findings[0].message.en).toContain(":11)");
    expect(net.graph.nodes()).toEqual(["n0", "n2"]);
    expect(net.graph.getNodeAttribute("n0", "org_id")).toBe("ORG-001");
    expect(net.graph.size).toBe(2);
  });

  it("missing edgedefault: a warning, edges read as undirected", () => {
    const net = ref("bad-no-edgedefault.graphml");
    expect(net.report.findings.map((f) => f.code)).toEqual(["GRAPHML_EDGEDEFAULT"]);
    expect(net.graph.edges().map((e) => net.graph.isDirected(e))).toEqual([false, false]);
  });

  it("node id with a space: read, with a warning that it is not an NMTOKEN", () => {
    const net = ref("bad-node-id-with-space.graphml");
    expect(net.report.findings).toMatchObject([{ code: "GRAPHML_ID_NOT_NMTOKEN", value: "ORG 3" }]);
    expect(net.graph.hasNode("ORG 3")).toBe(true);
    expect(net.graph.size).toBe(2);
  });

  it("not well-formed and not GraphML: findings, empty graph, no exception", () => {
    for (const text of ["<graphml><graph>", "<gexf/>", "\u0000"]) {
      const net = readGraphml(inputText("x.graphml", text));
      expect(net.graph.order).toBe(0);
      expect(net.report.errors).toBeGreaterThan(0);
    }
  });
});

describe("readGraphologyJson", () => {
  const json = (value: unknown) => inputText("g.json", JSON.stringify(value));

  it("reads a mixed graph with keys, attributes and per-edge direction", () => {
    const net = readGraphologyJson(
      json({
        options: { type: "mixed", multi: true },
        attributes: { name: "test" },
        nodes: [
          { key: "a", attributes: { label: "A", x: 1, y: 2, themes: ["taal", "sport"] } },
          { key: 2, attributes: { nested: { deep: true } } },
          { key: "__proto__" },
        ],
        edges: [
          { key: "k1", source: "a", target: 2, attributes: { weight: 3, relation_type: "funding" } },
          { source: "a", target: 2, undirected: true },
          { source: "__proto__", target: "a", attributes: { weight: "x" } },
        ],
      }),
    );
    const g = net.graph;
    expect(g.nodes()).toEqual(["a", "2", "__proto__"]);
    expect(g.getNodeAttributes("a")).toEqual({ label: "A", x: 1, y: 2, themes: ["taal", "sport"] });
    expect(g.getNodeAttribute("2", "nested")).toBe('{"deep":true}');
    expect(g.getNodeAttribute("2", "label")).toBe("2");
    expect(g.getEdgeAttributes("k1")).toEqual({ weight: 3, relation_type: "funding", directed: true });
    expect(g.size).toBe(3);
    expect(g.undirectedSize).toBe(1);
    expect(g.getAttribute("name")).toBe("test");
    expect(net.report.findings).toMatchObject([{ code: "BAD_ATTRIBUTE_VALUE", row: 3, column: "weight" }]);
  });

  it("options.type decides the direction of every edge", () => {
    const edges = [{ source: "a", target: "b", undirected: true }];
    const nodes = [{ key: "a" }, { key: "b" }];
    expect(readGraphologyJson(json({ options: { type: "directed" }, nodes, edges })).graph.directedSize).toBe(
      1,
    );
    expect(
      readGraphologyJson(json({ options: { type: "undirected" }, nodes, edges })).graph.undirectedSize,
    ).toBe(1);
  });

  it("dangling edge, duplicate key, missing key: findings with the element index", () => {
    const net = readGraphologyJson(
      json({
        nodes: [{ key: "a" }, { key: "a" }, { attributes: {} }],
        edges: [{ source: "a", target: "zz" }, { source: "a" }],
      }),
    );
    expect(net.report.findings.map((f) => [f.code, f.row])).toEqual([
      ["DANGLING_EDGE", 1],
      ["DUPLICATE_NODE_ID", 2],
      ["MISSING_ENDPOINT", 2],
      ["MISSING_ID", 3],
    ]);
    expect([net.graph.order, net.graph.size, net.graph.hasNode("zz")]).toEqual([1, 0, false]);
  });

  it("broken JSON: an error with its line; not a graph: an error; both empty", () => {
    const broken = readGraphologyJson(inputText("b.json", '{\n"nodes": [\n{"key": "a"},,\n]}'));
    expect(broken.report.findings[0]).toMatchObject({ code: "JSON_SYNTAX", row: 3, severity: "error" });
    expect(broken.graph.order).toBe(0);
    const other = readGraphologyJson(json([1, 2, 3]));
    expect(other.report.findings[0].code).toBe("JSON_NOT_GRAPH");
  });
});
