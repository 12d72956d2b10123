/**
 * readNodeEdgeLists on every reference case (n, m from expected.json) and on hand-made lists;
 * toCsvBytes / writeCsvTables byte conventions (hand-derived) and round trips.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "../../src/csv/read-table.ts";
import { toCsvBytes, writeCsvTables } from "../../src/io/csv-write.ts";
import { readNodeEdgeLists } from "../../src/io/lists-read.ts";
import { edgeSignatures, HOSTILE, hostileGraph, mixedGraph, networkOf } from "./networks.ts";
import { inputFrom, inputText, REFERENCE } from "./tools.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("readNodeEdgeLists: every reference case", () => {
  for (const name of readdirSync(REFERENCE).filter((d) => !d.includes("."))) {
    it(`${name}: n and m as in expected.json`, () => {
      const graph = JSON.parse(readFileSync(join(REFERENCE, name, "expected.json"), "utf8")).graph;
      const net = readNodeEdgeLists(
        inputFrom(join(REFERENCE, name, "edges.csv")),
        inputFrom(join(REFERENCE, name, "nodes.csv")),
        { directed: graph.directed },
      );
      expect(net.report.findings).toEqual([]);
      expect([net.graph.order, net.graph.size]).toEqual([graph.n, graph.m]);
      expect(graph.directed ? net.graph.directedSize : net.graph.undirectedSize).toBe(graph.m);
      expect(net.source.kind).toBe("lists");
      expect(net.organisations).toHaveLength(graph.n);
    });
  }

  it("karate-weighted: weights are numbers, the club attribute is text", () => {
    const dir = join(REFERENCE, "karate-weighted");
    const net = readNodeEdgeLists(inputFrom(join(dir, "edges.csv")), inputFrom(join(dir, "nodes.csv")));
    // first edge line of edges.csv: 0,1,4
    expect(net.graph.getEdgeAttribute(net.graph.edges("0", "1")[0], "weight")).toBe(4);
    expect(net.graph.getNodeAttributes("0")).toEqual({ label: "0", club: "Mr. Hi" });
  });
});

describe("readNodeEdgeLists: mapping, defaults and problems", () => {
  const nodes = inputText(
    "n.csv",
    "Knoop;Naam;Leden;Actief\nA;Alpha;3,5;true\nB;Beta;;false\nA;Dubbel;1;true\n",
  );
  const edges = inputText("e.csv", "Van;Naar;Sterkte;directed\nA;B;2,5;ja\nB;C;1;nee\n;A;1;\n");

  it("any column names via the mapping; decimal comma in ; files; unknown endpoint is a finding", () => {
    const net = readNodeEdgeLists(edges, nodes, {
      id: "Knoop",
      label: "Naam",
      source: "Van",
      target: "Naar",
      weight: "Sterkte",
    });
    const g = net.graph;
    expect(g.nodes()).toEqual(["A", "B"]);
    expect(g.getNodeAttributes("A")).toEqual({ label: "Alpha", Leden: 3.5, Actief: true });
    expect(g.getNodeAttributes("B")).toEqual({ label: "Beta", Actief: false });
    expect(g.size).toBe(1);
    const e = g.edges()[0];
    expect([g.source(e), g.target(e), g.isDirected(e), g.getEdgeAttribute(e, "weight")]).toEqual([
      "A",
      "B",
      true,
      2.5,
    ]);
    expect(g.hasNode("C")).toBe(false);
    expect(net.report.findings.map((f) => [f.file, f.code, f.row])).toEqual([
      ["e.csv", "DANGLING_EDGE", 3],
      ["e.csv", "MISSING_ID", 4],
      ["n.csv", "DUPLICATE_NODE_ID", 4],
    ]);
    expect(net.report.files.map((f) => [f.file, f.kind, f.dataRows, f.imported, f.rejected])).toEqual([
      ["n.csv", "nodes", 3, 2, 1],
      ["e.csv", "edges", 3, 1, 2],
    ]);
  });

  it("without a node list, nodes come from the edge list; Gephi's Type column sets the direction", () => {
    const gephi = inputText(
      "g.csv",
      "Source,Target,Type,Id,Weight\nx,y,Directed,7,1.5\ny,z,Undirected,8,1\n",
    );
    const g = readNodeEdgeLists(gephi).graph;
    expect(g.nodes()).toEqual(["x", "y", "z"]);
    expect([g.isDirected("7"), g.isDirected("8"), g.getEdgeAttribute("7", "weight")]).toEqual([
      true,
      false,
      1.5,
    ]);
    expect(g.getEdgeAttribute("7", "Type")).toBeUndefined();
  });

  it("a missing required column is an error naming it; nothing is imported", () => {
    const net = readNodeEdgeLists(inputText("e.csv", "a,b\n1,2\n"));
    expect(net.report.findings.map((f) => [f.code, f.column])).toEqual([
      ["MISSING_COLUMN", "source"],
      ["MISSING_COLUMN", "target"],
    ]);
    expect(net.graph.order).toBe(0);
  });

  it("empty files: no crash, an empty network", () => {
    const net = readNodeEdgeLists(inputText("e.csv", ""), inputText("n.csv", ""));
    expect([net.graph.order, net.graph.size]).toEqual([0, 0]);
  });
});

describe("toCsvBytes", () => {
  it("Flemish default: BOM, ';', CRLF, decimal comma, RFC 4180 quoting", () => {
    const bytes = toCsvBytes(
      ["naam", "waarde"],
      [
        ["a;b", 0.5],
        ['zei "ja"', -2],
        ["twee\nregels", 1234.25],
      ],
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.slice(3))).toBe(
      'naam;waarde\r\n"a;b";0,5\r\n"zei ""ja""";-2\r\n"twee\nregels";1234,25\r\n',
    );
  });

  it("plain: ',', no BOM, LF, decimal point", () => {
    expect(
      text(
        toCsvBytes(
          ["a", "b"],
          [
            ["x,y", 0.5],
            [true, null],
          ],
          { plain: true },
        ),
      ),
    ).toBe('a,b\n"x,y",0.5\ntrue,\n');
  });

  it("formulas are neutralised in text cells, real numbers stay numbers", () => {
    const rows = [["=1+1"], ["+32"], ["-5"], ["@SUM(A1)"], ["\tx"], ["\rx"], [-5], [HOSTILE.formula]];
    const lines = text(toCsvBytes(["v"], rows, { plain: true })).split("\n");
    expect(lines.slice(1, 9)).toEqual([
      "'=1+1",
      "'+32",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      "-5",
      `"'=HYPERLINK(""http://evil.example"",""klik"")"`,
    ]);
  });
});

describe("writeCsvTables", () => {
  it("sorted tables with fixed leading columns; readable by our CSV reader as the same grid", () => {
    const g = hostileGraph(false);
    const { nodes, edges } = writeCsvTables(networkOf(g), { metrics: { degree: { isolate: 0 } } });
    const nt = readTable(inputText("nodes.csv", text(nodes)));
    expect(nt.delimiter).toBe(";");
    expect(nt.header).toEqual(["id", "label", "degree", "members", "notes", "share", "themes", "uitpas"]);
    expect(nt.records.map((r) => r.cells[0])).toEqual([...g.nodes()].sort());
    const script = nt.records.find((r) => r.cells[0] === HOSTILE.script)?.cells;
    expect(script).toEqual([
      HOSTILE.script,
      `'${HOSTILE.formula}`,
      "",
      "12",
      "",
      "0,25",
      "taal|digitaal",
      "true",
    ]);
    const et = readTable(inputText("edges.csv", text(edges)));
    expect(et.header.slice(0, 5)).toEqual(["source", "target", "relation_type", "directed", "weight"]);
    expect(et.records).toHaveLength(g.size);
    const ids = new Set(nt.records.map((r) => r.cells[0]));
    expect(et.records.every((r) => ids.has(r.cells[0]) && ids.has(r.cells[1]))).toBe(true);
    expect(ids.size).toBe(nt.records.length);
  });

  for (const plain of [false, true]) {
    it(`round trip through readNodeEdgeLists (${plain ? "plain" : "Flemish"}) keeps nodes, numbers and edges`, () => {
      const g = mixedGraph();
      const { nodes, edges } = writeCsvTables(networkOf(g), { plain });
      const back = readNodeEdgeLists(
        inputText("edges.csv", text(edges)),
        inputText("nodes.csv", text(nodes)),
      );
      expect(back.report.errors).toBe(0);
      expect(back.graph.order).toBe(g.order);
      expect(edgeSignatures(back.graph)).toEqual(edgeSignatures(g));
      expect(back.graph.getNodeAttribute("__proto__", "share")).toBe(-1.5);
      expect(back.graph.getNodeAttribute("constructor", "label")).toBe(HOSTILE.cdataEnd);
      expect(back.graph.getNodeAttribute("org 4", "notes")).toBe("regel 1\r\nregel 2\ttab");
    });
  }
});
