import { readFileSync } from "node:fs";
import { buildView, type GraphView } from "@ecolens/analysis";
import { readNodeEdgeLists } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { generatedEdgeCsv } from "../../../packages/analysis/test/helpers/generated.ts";
import { REFERENCE_CASES, REFERENCE_DIR } from "../../../packages/analysis/test/helpers/reference.ts";
import { FastReadError, readEdgeListView } from "../../fast/edge-list.ts";

const enc = new TextEncoder();
const file = (name: string, text: string | Uint8Array) => ({
  name,
  bytes: typeof text === "string" ? enc.encode(text) : text,
});

/** The view the general path gives: core's list reader, then buildView. */
function slowView(edges: string | Uint8Array, nodes?: string, directed = false): GraphView {
  const net = readNodeEdgeLists(file("edges.csv", edges), nodes ? file("nodes.csv", nodes) : undefined, {
    directed,
  });
  return buildView(net.graph);
}

function expectSameView(fast: GraphView, slow: GraphView): void {
  expect(fast.n).toBe(slow.n);
  expect(fast.m).toBe(slow.m);
  expect(fast.directed).toBe(slow.directed);
  expect(fast.weighted).toBe(slow.weighted);
  expect([...fast.ids]).toEqual([...slow.ids]);
  expect([...fast.outOffsets]).toEqual([...slow.outOffsets]);
  expect([...fast.outTargets]).toEqual([...slow.outTargets]);
  expect([...fast.outWeights]).toEqual([...slow.outWeights]);
  expect([...fast.inOffsets]).toEqual([...slow.inOffsets]);
  expect([...fast.inTargets]).toEqual([...slow.inTargets]);
  expect([...fast.inWeights]).toEqual([...slow.inWeights]);
  for (const [id, i] of slow.index) expect(fast.index.get(id)).toBe(i);
}

describe("readEdgeListView gives the same view as readNodeEdgeLists + buildView", () => {
  for (const name of REFERENCE_CASES) {
    it(`reference case ${name} (with and without its node list)`, () => {
      const edges = readFileSync(`${REFERENCE_DIR}${name}/edges.csv`);
      const nodes = readFileSync(`${REFERENCE_DIR}${name}/nodes.csv`, "utf8");
      const expected = JSON.parse(readFileSync(`${REFERENCE_DIR}${name}/expected.json`, "utf8"));
      const directed = Boolean(expected.graph.directed);
      expectSameView(readEdgeListView(edges, { nodes, directed }).view, slowView(edges, nodes, directed));
      expectSameView(readEdgeListView(edges, { directed }).view, slowView(edges, undefined, directed));
    });
  }

  it("a generated S-sized planted-partition graph (1,000 nodes, 5,000 edges)", () => {
    const csv = generatedEdgeCsv(1000, 5000, 7);
    const fast = readEdgeListView(csv).view;
    expect(fast.n).toBeGreaterThan(900);
    expectSameView(fast, slowView(csv));
  });

  it("parallel ties, self-loops, quotes, spaces, a BOM, CRLF, blank lines and `;` with decimal commas", () => {
    const csv =
      '\uFEFFbron;doel;gewicht\r\n"a";b;1,5\r\n\r\n b ; a ;2\r\n"c ""x""";c;3\r\na;"c ""x""";\r\nd;d;1\r\n';
    const fast = readEdgeListView(csv).view;
    const slow = slowView(csv);
    expectSameView(fast, slow);
    // Hand-derived: a-b merged to 1.5 + 2, a-'c "x"' with an empty weight (1); the self-loop d-d
    // dropped but d kept as a vertex.
    expect(fast.ids).toEqual(["a", "b", 'c "x"', "c", "d"]);
    expect(fast.m).toBe(3);
    expect([...fast.outWeights.subarray(fast.outOffsets[0], fast.outOffsets[1])]).toEqual([3.5, 1]);
  });

  it("Windows-1252 bytes, invisible characters in ids, a bad weight", () => {
    const bytes = new Uint8Array([
      ...enc.encode("source,target,weight\n"),
      0x43,
      0x61,
      0x66,
      0xe9,
      ...enc.encode(",b,2\n"), // "Café" in Windows-1252
      ...enc.encode("b,c,veel\n"),
    ]);
    const result = readEdgeListView(bytes);
    expect(result.view.ids).toEqual(["Café", "b", "c"]);
    expect(result.report.badWeights).toBe(1);
    expectSameView(result.view, slowView(bytes));
    const invisible = "source,target\nb\u200b,c\n\u00a0b,d\n";
    expect(readEdgeListView(invisible).view.ids).toEqual(["b", "c", "d"]);
    expectSameView(readEdgeListView(invisible).view, slowView(invisible));
  });

  it("a directed column and a Gephi type column decide the direction", () => {
    const allDirected = "source,target,directed\na,b,yes\nb,a,yes\nb,c,true\n";
    expectSameView(readEdgeListView(allDirected).view, slowView(allDirected));
    expect(readEdgeListView(allDirected).view.directed).toBe(true);
    const gephi = "Source,Target,Type,Weight\na,b,Directed,1\nb,c,Undirected,2\n";
    expectSameView(readEdgeListView(gephi).view, slowView(gephi));
    const notGephi = "source,target,type\na,b,Directed\nb,c,friend\n";
    expectSameView(readEdgeListView(notGephi).view, slowView(notGephi));
  });

  it("a node list fixes the order, keeps isolates and skips edges to unknown ids", () => {
    const nodes = "id,label\nz,Z\ny,Y\nx,X\n";
    const edges = "source,target\nx,y\nx,q\n";
    const result = readEdgeListView(edges, { nodes });
    expect(result.view.ids).toEqual(["z", "y", "x"]);
    expect(result.report.skipped).toBe(1);
    expectSameView(result.view, slowView(edges, nodes));
  });

  it("empty input, a header only, one edge", () => {
    expect(() => readEdgeListView("")).toThrow(FastReadError);
    const headerOnly = readEdgeListView("source,target\n").view;
    expect([headerOnly.n, headerOnly.m]).toEqual([0, 0]);
    const one = readEdgeListView("source,target\n1,2").view;
    expect([one.n, one.m, [...one.outTargets]]).toEqual([2, 1, [1, 0]]);
  });

  it("a missing column is a clear error in nl and en", () => {
    try {
      readEdgeListView("van,naar\na,b\n", { source: "van" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FastReadError);
      expect((error as FastReadError).text.nl).toContain("target");
      expect((error as FastReadError).text.en).toContain("not found");
    }
  });
});
