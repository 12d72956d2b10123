/**
 * Issue 21's io cases: input nested past the documented depth limits gives a finding (never
 * "Maximum call stack size exceeded"), negative or non-finite weights are errors in every reader
 * and the tie is not imported, JSON ids with control characters are cleaned and reported.
 */
import { describe, expect, it } from "vitest";
import { readGexf } from "../../src/io/gexf-read.ts";
import { writeGexf } from "../../src/io/gexf-write.ts";
import { readGraphml } from "../../src/io/graphml-read.ts";
import { MAX_JSON_DEPTH } from "../../src/io/json-locate.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { readNodeEdgeLists } from "../../src/io/lists-read.ts";
import { readPajek } from "../../src/io/pajek-read.ts";
import { MAX_XML_DEPTH, parseXml } from "../../src/io/xml-parse.ts";
import { inputText } from "./tools.ts";

const gexfHead = '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>';

describe("depth limits", () => {
  it("GEXF nested 10,000 levels deep: one XML_TOO_DEEP error with its line, the part before kept", () => {
    const deep = `${gexfHead}<nodes>\n${'<node id="a"><nodes>'.repeat(5000)}${"</nodes></node>".repeat(5000)}</nodes><edges/></graph></gexf>`;
    const net = readGexf(inputText("deep.gexf", deep));
    const f = net.report.findings.find((x) => x.code === "XML_TOO_DEEP");
    expect(f).toMatchObject({ severity: "error", row: 3 });
    expect(f?.message.en).toContain(`deeper than ${MAX_XML_DEPTH} levels`);
    expect(net.graph.hasNode("a")).toBe(true);
  });

  it("a GEXF hierarchy just under the limit is read without recursion: every level flattened", () => {
    const levels = Math.floor((MAX_XML_DEPTH - 6) / 2);
    const open = Array.from({ length: levels }, (_, i) => `<node id="n${i}"><nodes>`).join("");
    const xml = `${gexfHead}<nodes>${open}${"</nodes></node>".repeat(levels)}</nodes><edges/></graph></gexf>`;
    const net = readGexf(inputText("h.gexf", xml));
    expect(net.report.errors).toBe(0);
    expect(net.graph.order).toBe(levels);
    expect(net.graph.getNodeAttribute(`n${levels - 1}`, "pid")).toBe(`n${levels - 2}`);
  });

  it("the parser itself: depth counted on open elements only, siblings do not add up", () => {
    const wide = `<r>${"<a/>".repeat(5000)}${"<b></b>".repeat(5000)}</r>`;
    expect(parseXml(wide).problems).toEqual([]);
    expect(parseXml(`${"<a>".repeat(MAX_XML_DEPTH)}${"</a>".repeat(MAX_XML_DEPTH)}`).problems).toEqual([]);
    const over = parseXml(`${"<a>".repeat(MAX_XML_DEPTH + 1)}${"</a>".repeat(MAX_XML_DEPTH + 1)}`);
    expect(over.problems.map((p) => [p.code, p.fatal])).toEqual([["XML_TOO_DEEP", true]]);
  });

  it("JSON nested 100,000 levels deep: one JSON_TOO_DEEP error, nothing else", () => {
    for (const text of [
      `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
      `{"nodes":[{"key":"a","attributes":{"x":${'{"y":'.repeat(100_000)}1${"}".repeat(100_000)}}}]}`,
      `{"nodes":[],"edges":${"[".repeat(100_000)}`,
    ]) {
      const net = readGraphologyJson(inputText("deep.json", text));
      expect(net.report.findings.map((f) => f.code)).toEqual(["JSON_TOO_DEEP"]);
      expect(net.report.findings[0].message.en).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
    }
  });

  it("brackets inside JSON strings do not count as depth", () => {
    const text = JSON.stringify({
      nodes: [{ key: "[".repeat(5000), attributes: { label: "{".repeat(5000) } }],
    });
    const net = readGraphologyJson(inputText("s.json", text));
    expect(net.report.findings).toEqual([]);
    expect(net.graph.order).toBe(1);
  });
});

describe("weights that are no strength", () => {
  const bad = ["-4", "-0.5", "INF", "-INF", "NaN"];

  it("GEXF weight attribute and typed weight attvalue", () => {
    const edges = bad.map((w, i) => `<edge id="e${i}" source="a" target="b" weight="${w}"/>`).join("\n");
    const xml = `${gexfHead}\n<attributes class="edge"><attribute id="w" title="weight" type="double"/></attributes>\n<nodes><node id="a"/><node id="b"/></nodes><edges>\n${edges}\n<edge id="t" source="a" target="b"><attvalues><attvalue for="w" value="-2"/></attvalues></edge>\n<edge id="ok" source="a" target="b" weight="0"/></edges></graph></gexf>`;
    const net = readGexf(inputText("w.gexf", xml));
    const found = net.report.findings.filter((f) => f.code === "BAD_WEIGHT");
    expect(found.map((f) => [f.row, f.value, f.severity])).toEqual([
      [5, "-4", "error"],
      [6, "-0.5", "error"],
      [7, "INF", "error"],
      [8, "-INF", "error"],
      [9, "NaN", "error"],
      [10, "-2", "error"],
    ]);
    expect(found[0].message.en).toContain("expected a finite number ≥ 0");
    expect(net.graph.edges()).toEqual(["ok"]);
    expect(net.report.files[0]).toMatchObject({ rejected: 6, imported: 3 });
  });

  it("GraphML typed weight", () => {
    const edges = bad.map((w) => `<edge source="a" target="b"><data key="w">${w}</data></edge>`).join("\n");
    const xml = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="undirected"><node id="a"/><node id="b"/>\n${edges}\n</graph></graphml>`;
    const net = readGraphml(inputText("w.graphml", xml));
    expect(net.report.findings.map((f) => [f.code, f.row, f.value])).toEqual(
      bad.map((w, i) => ["BAD_WEIGHT", i + 3, w]),
    );
    expect(net.graph.size).toBe(0);
  });

  it("JSON numbers and numeric text", () => {
    const edges = [-4, "-3", "-Infinity", 2].map((weight) => ({
      source: "a",
      target: "b",
      attributes: { weight },
    }));
    const net = readGraphologyJson(
      inputText("w.json", JSON.stringify({ nodes: [{ key: "a" }, { key: "b" }], edges })),
    );
    expect(net.report.findings.map((f) => [f.code, f.row, f.value])).toEqual([
      ["BAD_WEIGHT", 1, "-4"],
      ["BAD_WEIGHT", 2, "-3"],
      ["BAD_WEIGHT", 3, "-Infinity"],
    ]);
    expect(net.graph.size).toBe(1);
  });

  it("edge lists (decimal comma) and Pajek", () => {
    const net = readNodeEdgeLists(inputText("e.csv", "source;target;weight\na;b;-1,5\na;b;2,5\n"));
    expect(net.report.findings.map((f) => [f.code, f.row, f.column, f.value])).toEqual([
      ["BAD_WEIGHT", 2, "weight", "-1,5"],
    ]);
    expect(net.graph.size).toBe(1);
    expect(net.report.files[0]).toMatchObject({ rejected: 1, imported: 1 });
    const pajek = readPajek(inputText("w.net", "*Vertices 2\n*Arcs\n1 2 -1\n1 2 NaN\n"));
    expect(pajek.report.findings.map((f) => f.code)).toEqual(["BAD_WEIGHT", "BAD_WEIGHT"]);
    expect(pajek.graph.size).toBe(0);
  });
});

describe("control characters in JSON ids", () => {
  it("NUL and ESC are removed from node keys and edge ends, reported visibly, and never reach an export", () => {
    const json = JSON.stringify({
      nodes: [{ key: "a\u0000b" }, { key: "\u001b[2Jc" }],
      edges: [{ source: "a\u0000b", target: "\u001b[2Jc" }],
    });
    const net = readGraphologyJson(inputText("c.json", json));
    expect(net.graph.nodes()).toEqual(["ab", "[2Jc"]);
    expect(net.graph.size).toBe(1);
    const cleaned = net.report.findings.filter((f) => f.code === "ID_CLEANED");
    expect(cleaned.map((f) => [f.row, f.column, f.value])).toEqual([
      [1, "key", "a⟦U+0000⟧b"],
      [1, "source", "a⟦U+0000⟧b"],
      [1, "target", "⟦U+001B⟧[2Jc"],
      [2, "key", "⟦U+001B⟧[2Jc"],
    ]);
    const gexf = writeGexf(net);
    expect(gexf).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it("an id of control characters only is a missing id", () => {
    const net = readGraphologyJson(inputText("c.json", JSON.stringify({ nodes: [{ key: "\u0000\u001b" }] })));
    expect(net.graph.order).toBe(0);
    expect(net.report.findings.map((f) => f.code).sort()).toEqual(["ID_CLEANED", "MISSING_ID"]);
  });
});
