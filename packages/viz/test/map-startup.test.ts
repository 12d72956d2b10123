/**
 * The map's relations without a browser: a large map draws them as thin lines (about a quarter of
 * the pixels, issue 19) while the overlays keep their widths (viewer/map-graph.ts).
 */
import { describe, expect, it } from "vitest";
import type { ViewerEdge, ViewerNode } from "../src/viewer/decode.ts";
import { buildMapGraph, LARGE_MAP, relationProgram } from "../src/viewer/map-graph.ts";

function network(n: number): { nodes: ViewerNode[]; edges: ViewerEdge[] } {
  const nodes: ViewerNode[] = Array.from({ length: n }, (_, i) => ({
    index: i,
    id: `o${i}`,
    label: `Org ${i}`,
    x: i % 100,
    y: Math.floor(i / 100),
    themes: [],
    target_groups: [],
    metrics: {},
    barriers: [],
  }));
  const edges: ViewerEdge[] = nodes.slice(1).map((_, i) => ({
    source: i,
    target: i + 1,
    relation_type: "info",
    weight: 1 + (i % 3),
    directed: false,
  }));
  return { nodes, edges };
}

describe("the relations' program", () => {
  it("is a rectangle up to the large-map threshold and a thin line above it", () => {
    expect(relationProgram(LARGE_MAP)).toBe("line");
    expect(relationProgram(LARGE_MAP + 1)).toBe("thin");
  });

  it("keeps the overlays' widths on a large map", () => {
    const { nodes, edges } = network(LARGE_MAP + 1);
    const { graph } = buildMapGraph(nodes, edges, [[0, 9, 0.5, null]], {
      changes: { added: [[3, 7, 0, 0]], removed: [], newNodes: [] },
      routes: [[10, 11]],
    });
    const types = new Map<string, number>();
    graph.forEachEdge((_, data) => {
      const kind = data.suggestion
        ? "suggestion"
        : data.change
          ? "change"
          : data.route !== undefined
            ? "route"
            : "relation";
      const key = `${kind}:${data.type}`;
      types.set(key, (types.get(key) ?? 0) + 1);
    });
    expect(Object.fromEntries(types)).toEqual({
      [`relation:thin`]: edges.length,
      "suggestion:line": 1,
      "change:line": 1,
      "route:line": 1,
    });
    const small = buildMapGraph(network(50).nodes, network(50).edges, [], {}).graph;
    expect(small.everyEdge((_, data) => data.type === "line")).toBe(true);
  });
});
