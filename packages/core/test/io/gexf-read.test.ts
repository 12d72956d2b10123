/**
 * readGexf on the known-good / known-bad reference files (conformance/schemas/reference, expected
 * values read by hand from the files and the README's table) and on the official GEXF samples.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGexf } from "../../src/io/gexf-read.ts";
import { inputFrom, inputText, SCHEMAS } from "./tools.ts";

const ref = (name: string) => readGexf(inputFrom(join(SCHEMAS, "reference", name)));
const codes = (net: ReturnType<typeof readGexf>) => net.report.findings.map((f) => f.code);

describe("readGexf: known-good reference files", () => {
  it("ok-1.3.gexf: 3 nodes, 2 edges, typed attributes, viz, self-loop, id with a space", () => {
    const net = ref("ok-1.3.gexf");
    const g = net.graph;
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(net.report.findings).toEqual([]);
    expect(g.nodes()).toEqual(["ORG-001", "ORG-002", "ORG 3"]);
    const a = g.getNodeAttributes("ORG-001");
    expect(a.label).toBe("Brouwerij De Klaproos");
    expect(a.type).toBe("bedrijf");
    expect(a.revenue).toBe(1250000.5);
    expect(a.description).toBe("Regel 1\r\nRegel 2");
    expect([a.x, a.y, a.size, a.color]).toEqual([1.5, -2.25, 10, "#e63946"]);
    expect(g.getNodeAttribute("ORG-002", "label")).toBe("Café 't Hoekske <img src=x onerror=alert(1)>");
    expect(g.getNodeAttribute("ORG 3", "label")).toBe("Geëngageerde Burgers vzw");
    const e0 = g.getEdgeAttributes("e0");
    expect(g.isDirected("e0")).toBe(true);
    expect([g.source("e0"), g.target("e0")]).toEqual(["ORG-001", "ORG-002"]);
    expect(e0).toMatchObject({ weight: 2.5, directed: true, relation_type: "tie", type: "leverancier" });
    expect([g.source("e1"), g.target("e1"), g.getEdgeAttribute("e1", "weight")]).toEqual([
      "ORG 3",
      "ORG 3",
      1,
    ]);
    expect(net.source).toEqual({ kind: "gexf", files: ["ok-1.3.gexf"] });
    expect(net.report.files).toEqual([
      {
        file: "ok-1.3.gexf",
        kind: "gexf",
        encoding: "utf-8",
        dataRows: 5,
        imported: 5,
        rejected: 0,
        blank: 0,
      },
    ]);
    // side tables agree with the graph
    expect(net.organisations.map((o) => [o.org_id, o.name])).toEqual([
      ["ORG-001", "Brouwerij De Klaproos"],
      ["ORG-002", "Café 't Hoekske <img src=x onerror=alert(1)>"],
      ["ORG 3", "Geëngageerde Burgers vzw"],
    ]);
    expect(net.relations).toHaveLength(2);
  });

  it("ok-1.3-noviz.gexf: same network without positions", () => {
    const net = ref("ok-1.3-noviz.gexf");
    expect([net.graph.order, net.graph.size, net.report.findings.length]).toEqual([3, 2, 0]);
    expect(net.graph.getNodeAttribute("ORG-001", "x")).toBeUndefined();
  });
});

describe("readGexf: known-bad reference files give findings, never exceptions", () => {
  it("control character U+000B: an error finding at its line, the label keeps U+FFFD", () => {
    const net = ref("bad-1.3-control-char.gexf");
    const f = net.report.findings.find((x) => x.code === "XML_FORBIDDEN_CHARACTER");
    expect(f).toMatchObject({ severity: "error", row: 17, value: "⟦U+000B⟧" });
    expect(f?.message.en).toContain("U+000B");
    expect(f?.message.nl).toContain("U+000B");
    expect(net.report.errors).toBe(1);
    expect(net.graph.getNodeAttribute("ORG-001", "label")).toBe("Brouwerij\uFFFDDe Klaproos");
    expect([net.graph.order, net.graph.size]).toEqual([3, 2]);
  });

  it("dangling edge: reported with line and id, not imported, the node is not invented", () => {
    const net = ref("bad-1.3-dangling-edge.gexf");
    expect(net.graph.hasNode("ORG-099")).toBe(false);
    expect([net.graph.order, net.graph.size]).toEqual([3, 2]);
    expect(net.report.findings).toHaveLength(1);
    expect(net.report.findings[0]).toMatchObject({
      severity: "error",
      code: "DANGLING_EDGE",
      file: "bad-1.3-dangling-edge.gexf",
      row: 38,
      column: "target",
      value: "ORG-099",
    });
    expect(net.report.files[0]).toMatchObject({ dataRows: 6, imported: 5, rejected: 1 });
  });

  it("extra <name> in <meta>: a warning, the network is read", () => {
    const net = ref("bad-1.3-extra-meta-child.gexf");
    expect(codes(net)).toEqual(["UNEXPECTED_ELEMENT"]);
    expect(net.report.findings[0].row).toBe(4);
    expect([net.graph.order, net.graph.size]).toEqual([3, 2]);
  });

  it("no <edges> element: a warning, 3 nodes and no edges", () => {
    const net = ref("bad-1.3-no-edges-element.gexf");
    expect(codes(net)).toEqual(["GEXF_NO_EDGES"]);
    expect([net.graph.order, net.graph.size]).toEqual([3, 0]);
  });

  it("Gephi's three-slash viz namespace: one warning for the file, viz data kept (networkx drops it silently)", () => {
    const net = ref("bad-1.3-wrong-viz-namespace.gexf");
    expect(codes(net)).toEqual(["VIZ_NAMESPACE"]);
    expect(net.report.findings[0]).toMatchObject({ row: 23, value: "http:///www.gexf.net/1.1draft/viz" });
    expect(net.graph.getNodeAttribute("ORG-001", "x")).toBe(1.5);
    expect(net.graph.getNodeAttribute("ORG-001", "color")).toMatch(/^#[0-9a-f]{6}$/);
    expect(net.graph.getNodeAttribute("ORG-001", "revenue")).toBe(1250000.5);
  });
});

describe("readGexf: official samples (gexf/samples)", () => {
  const dir = join(SCHEMAS, "gexf", "samples");
  // Expected counts from the text itself: every <node ...> / <edge ...> tag (hierarchies nest them).
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".gexf"))) {
    it(`${name} reads with the node and edge counts of its tags`, () => {
      const text = readFileSync(join(dir, name), "utf8");
      const nodes = text.match(/<node[\s/>]/g)?.length ?? 0;
      const edges = text.match(/<edge[\s/>]/g)?.length ?? 0;
      const net = readGexf(inputFrom(join(dir, name)));
      expect([net.graph.order, net.graph.size]).toEqual([nodes, edges]);
      expect(net.report.errors).toBe(0);
    });
  }

  it("the schema-invalid samples are flagged: version 1.2 in the 1.3 namespace, missing <edges>", () => {
    const read = (n: string) => codes(readGexf(inputFrom(join(dir, n))));
    expect(read("data.gexf")).toContain("GEXF_VERSION_MISMATCH");
    expect(read("simple.gexf")).toContain("GEXF_VERSION_MISMATCH");
    expect(read("phylogeny.gexf")).toContain("GEXF_NO_EDGES");
    expect(read("viz.gexf")).toContain("GEXF_NO_EDGES");
    expect(read("basic.gexf")).toEqual([]);
  });

  it("hierarchy1: nested nodes are flattened with their parent in pid", () => {
    const net = readGexf(inputFrom(join(dir, "hierarchy1.gexf")));
    expect(net.graph.getNodeAttribute("b", "pid")).toBe("a");
    expect(net.graph.getNodeAttribute("c", "pid")).toBe("b");
    expect(net.graph.getNodeAttribute("a", "pid")).toBeUndefined();
  });

  it("data.gexf: typed values and declared defaults (frog defaults to true)", () => {
    const g = readGexf(inputFrom(join(dir, "data.gexf"))).graph;
    expect(g.getNodeAttributes("0")).toMatchObject({ url: "http://gephi.org", indegree: 1, frog: true });
    expect(g.getNodeAttribute("3", "frog")).toBe(false);
  });
});

describe("readGexf: broken input", () => {
  const gexf = (body: string, edgetype = "undirected") =>
    inputText(
      "t.gexf",
      `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="${edgetype}">\n${body}\n</graph>\n</gexf>\n`,
    );

  it("not well-formed: an error with the line, the part before is kept", () => {
    const net = readGexf(gexf('<nodes>\n<node id="a"/>\n<node id="b">\n</nodes>'));
    const f = net.report.findings.find((x) => x.code === "XML_NOT_WELL_FORMED");
    expect(f?.row).toBe(7);
    expect(f?.severity).toBe("error");
    // both <node> start tags came before the break
    expect(net.graph.nodes()).toEqual(["a", "b"]);
  });

  it("not XML at all, empty bytes, another XML root: findings and an empty graph", () => {
    for (const input of [
      inputText("x.gexf", "hello"),
      inputText("x.gexf", ""),
      inputText("x.gexf", "<graphml/>"),
    ]) {
      const net = readGexf(input);
      expect(net.graph.order).toBe(0);
      expect(net.report.errors).toBeGreaterThan(0);
    }
  });

  it("duplicate node id, bad attribute value, undeclared attribute, per-edge direction in a mixed file", () => {
    const net = readGexf(
      gexf(
        [
          '<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes>',
          "<nodes>",
          '<node id="a"><attvalues><attvalue for="0" value="twelve"/><attvalue for="9" value="x"/></attvalues></node>',
          '<node id="a" label="second"/>',
          '<node id="b"/>',
          "</nodes>",
          "<edges>",
          '<edge id="1" source="a" target="b" type="directed" weight="abc"/>',
          '<edge id="2" source="a" target="b"/>',
          "</edges>",
        ].join("\n"),
      ),
    );
    const byCode = Object.fromEntries(net.report.findings.map((f) => [f.code, f]));
    const bad = net.report.findings.filter((f) => f.code === "BAD_ATTRIBUTE_VALUE");
    expect(bad).toMatchObject([
      { row: 6, column: "n", value: "twelve" },
      { row: 11, column: "weight", value: "abc" },
    ]);
    expect(byCode.UNDECLARED_ATTRIBUTE).toMatchObject({ row: 6, column: "9" });
    expect(byCode.DUPLICATE_NODE_ID).toMatchObject({ row: 7, value: "a", severity: "error" });
    expect(net.graph.getNodeAttribute("a", "label")).toBe("a");
    expect(net.graph.getNodeAttribute("a", "n")).toBeUndefined();
    expect(net.graph.isDirected("1")).toBe(true);
    expect(net.graph.getEdgeAttribute("1", "weight")).toBe(1);
    expect(net.graph.isDirected("2")).toBe(false);
  });

  it("an attribute titled __proto__ is kept under a safe name; ids __proto__ / constructor are ordinary", () => {
    const net = readGexf(
      gexf(
        '<attributes class="node"><attribute id="p" title="__proto__" type="string"/></attributes>\n<nodes><node id="__proto__"><attvalues><attvalue for="p" value="x"/></attvalues></node><node id="constructor"/></nodes><edges><edge source="__proto__" target="constructor"/></edges>',
      ),
    );
    expect(net.graph.nodes()).toEqual(["__proto__", "constructor"]);
    expect(net.graph.getNodeAttribute("__proto__", "_proto_")).toBe("x");
    expect(Object.getPrototypeOf(net.graph.getNodeAttributes("__proto__"))).toBe(Object.prototype);
    expect(net.graph.size).toBe(1);
  });
});
