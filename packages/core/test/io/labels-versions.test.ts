/**
 * Research files read the way their authors meant: labels from GraphML `label`/`name` keys (igraph
 * writes `name`) and GEXF `label`, `--label-attr` to choose; GEXF 1.1draft, 1.2draft and 1.3 with
 * or without namespaces, viz colour/position/size kept as attributes with at most one warning.
 */
import { describe, expect, it } from "vitest";
import { readGexf } from "../../src/io/gexf-read.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { inputText } from "./tools.ts";

/** What python-igraph's Graph.write_graphml writes for a graph with vertex names. */
const IGRAPH_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
<!-- Created by igraph -->
  <key id="v_name" for="node" attr.name="name" attr.type="string"/>
  <key id="v_club" for="node" attr.name="club" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="v_name">Mr Hi</data><data key="v_club">Mr. Hi</data></node>
    <node id="n1"><data key="v_name">Officer</data><data key="v_club">Officer</data></node>
    <edge source="n0" target="n1"><data key="e_weight">4</data></edge>
  </graph>
</graphml>`;

describe("labels", () => {
  it("an igraph GraphML shows its vertex names as labels (ids stay n0, n1)", () => {
    const net = readGraphml(inputText("igraph.graphml", IGRAPH_GRAPHML));
    expect(net.report.findings).toEqual([]);
    expect(net.graph.mapNodes((id, a) => [id, a.label])).toEqual([
      ["n0", "Mr Hi"],
      ["n1", "Officer"],
    ]);
    expect(net.organisations.map((o) => o.name)).toEqual(["Mr Hi", "Officer"]);
  });

  it("a GraphML label key wins over name; --label-attr picks any key", () => {
    const xml = IGRAPH_GRAPHML.replace(
      '<key id="v_club"',
      '<key id="v_label" for="node" attr.name="label" attr.type="string"/><key id="v_club"',
    ).replace(
      '<data key="v_club">Mr. Hi</data>',
      '<data key="v_club">Mr. Hi</data><data key="v_label">Hi!</data>',
    );
    expect(readGraphml(inputText("l.graphml", xml)).graph.getNodeAttribute("n0", "label")).toBe("Hi!");
    const byClub = readGraphml(inputText("l.graphml", xml), { labelAttr: "club" });
    expect(byClub.graph.mapNodes((_id, a) => a.label)).toEqual(["Mr. Hi", "Officer"]);
  });

  it("GEXF: the label attribute by default, --label-attr names an attvalue title; a missing one warns once", () => {
    const xml = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
<attributes class="node"><attribute id="0" title="full name" type="string"/></attributes>
<nodes><node id="1" label="A"><attvalues><attvalue for="0" value="Anna"/></attvalues></node><node id="2" label="B"/></nodes><edges/></graph></gexf>`;
    expect(readGexf(inputText("l.gexf", xml)).graph.mapNodes((_i, a) => a.label)).toEqual(["A", "B"]);
    const chosen = readGexf(inputText("l.gexf", xml), { labelAttr: "full name" });
    expect(chosen.graph.mapNodes((_i, a) => a.label)).toEqual(["Anna", "B"]);
    const missing = readGexf(inputText("l.gexf", xml), { labelAttr: "naam" });
    expect(missing.report.findings.map((f) => [f.code, f.severity, f.value])).toEqual([
      ["LABEL_ATTR_MISSING", "warning", "naam"],
    ]);
    expect(missing.report.findings[0].message.en).toContain("'full name'");
  });

  it("JSON: --label-attr names a node attribute", () => {
    const json = JSON.stringify({
      nodes: [{ key: "a", attributes: { naam: "Aa", label: "x" } }, { key: "b" }],
    });
    const net = readGraphologyJson(inputText("l.json", json), { labelAttr: "naam" });
    expect(net.graph.mapNodes((_i, a) => a.label)).toEqual(["Aa", "b"]);
  });
});

const body = (viz: string) => `<graph defaultedgetype="undirected">
<nodes><node id="a" label="A">
${viz}
</node><node id="b" label="B">${viz}</node></nodes>
<edges><edge source="a" target="b"/></edges></graph>`;
const VIZ = '<viz:color r="230" g="57" b="70"/><viz:position x="1.5" y="-2" z="0"/><viz:size value="10"/>';

describe("GEXF versions and namespaces", () => {
  const cases: Array<[string, string]> = [
    [
      "1.1draft (Gephi 0.7/0.8)",
      `<gexf xmlns="http://www.gexf.net/1.1draft" xmlns:viz="http://www.gexf.net/1.1draft/viz" version="1.1">${body(VIZ)}</gexf>`,
    ],
    [
      "1.2draft (Gephi 0.9)",
      `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">${body(VIZ)}</gexf>`,
    ],
    [
      "1.3",
      `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">${body(VIZ)}</gexf>`,
    ],
    [
      "no namespace at all",
      `<gexf version="1.2" xmlns:viz="http://www.gexf.net/1.2draft/viz">${body(VIZ)}</gexf>`,
    ],
  ];
  for (const [name, xml] of cases) {
    it(`${name}: nodes, edges, colour, position and size without findings`, () => {
      const net = readGexf(inputText("v.gexf", `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`));
      expect(net.report.findings).toEqual([]);
      expect([net.graph.order, net.graph.size]).toEqual([2, 1]);
      const a = net.graph.getNodeAttributes("a");
      expect([a.label, a.color, a.x, a.y, a.size]).toEqual(["A", "#e63946", 1.5, -2, 10]);
    });
  }

  it("an undeclared viz: prefix (hand-edited files): read, one warning for the whole file", () => {
    const net = readGexf(inputText("u.gexf", `<gexf version="1.2">${body(VIZ)}</gexf>`));
    expect(net.report.findings.map((f) => [f.code, f.severity, f.row])).toEqual([
      ["XML_UNDECLARED_PREFIX", "warning", 3],
      ["VIZ_NAMESPACE", "warning", 3],
    ]);
    expect(net.graph.getNodeAttribute("b", "color")).toBe("#e63946");
  });

  it("a thousand nodes with Gephi's three-slash viz namespace give one warning, not thousands", () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => `<node id="n${i}">${VIZ}</node>`).join("");
    const xml = `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz" version="1.2"><graph><nodes>${nodes}</nodes><edges/></graph></gexf>`;
    const net = readGexf(inputText("g.gexf", xml));
    expect(net.report.findings.map((f) => f.code)).toEqual(["VIZ_NAMESPACE"]);
    expect(net.graph.getNodeAttribute("n999", "x")).toBe(1.5);
  });

  it("a foreign namespace that only shares the element names is ignored, with one warning", () => {
    const xml = `<gexf xmlns="http://gexf.net/1.3" xmlns:o="http://example.org/other" version="1.3">${body(
      '<o:color r="1" g="2" b="3"/><o:size value="4"/>',
    )}</gexf>`;
    const net = readGexf(inputText("o.gexf", xml));
    expect(net.report.findings.map((f) => f.code)).toEqual(["VIZ_NAMESPACE"]);
    expect(net.graph.getNodeAttribute("a", "color")).toBeUndefined();
  });
});
