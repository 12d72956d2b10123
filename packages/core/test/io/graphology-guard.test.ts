/** The guard that lets graphology hold ids named like Object.prototype members. */
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import "../../src/model/graphology-guard.ts";
import { readGraphologyJson } from "../../src/io/json-read.ts";
import { inputText } from "./tools.ts";

describe("graphology guard", () => {
  it("__proto__, constructor, toString as node ids: edges, neighbours, no prototype pollution", () => {
    for (const id of ["__proto__", "constructor", "toString"]) {
      const g = new MultiGraph({ type: "mixed" });
      g.addNode("a");
      g.addNode(id);
      g.addUndirectedEdge("a", id);
      g.addUndirectedEdge("a", id);
      g.addDirectedEdge(id, "a");
      expect(g.neighbors("a")).toEqual([id]);
      expect(g.edges("a", id)).toHaveLength(3);
      expect(g.hasDirectedEdge(id, "a")).toBe(true);
      expect("previous" in {}).toBe(false);
      g.dropNode(id);
      expect(g.neighbors("a")).toEqual([]);
    }
  });

  it("hasOwnProperty as node id and as attribute name: kept, edges and has* checks work", () => {
    const net = readGraphologyJson(
      inputText(
        "h.json",
        JSON.stringify({
          nodes: [{ key: "hasOwnProperty", attributes: { hasOwnProperty: "x" } }, { key: "b" }],
          edges: [{ source: "b", target: "hasOwnProperty" }],
        }),
      ),
    );
    expect(net.graph.nodes()).toEqual(["hasOwnProperty", "b"]);
    expect(net.report.findings).toEqual([]);
    expect(net.graph.hasEdge("b", "hasOwnProperty")).toBe(true);
    expect(net.graph.hasEdge("hasOwnProperty", "b")).toBe(false);
    expect(net.graph.hasNodeAttribute("hasOwnProperty", "hasOwnProperty")).toBe(true);
    expect(net.graph.hasNodeAttribute("b", "hasOwnProperty")).toBe(false);
  });
});
