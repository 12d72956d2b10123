/**
 * The map's startup without a browser: while sigma is built (held) the reducers hide every node
 * and relation, so the constructor's pass draws nothing; a large map draws its relations as thin
 * lines while the overlays keep their widths (viewer/map-graph.ts).
 */
import { describe, expect, it } from "vitest";
import type { ViewerEdge, ViewerNode } from "../src/viewer/decode.ts";
import { buildMapGraph, LARGE_MAP, relationProgram } from "../src/viewer/map-graph.ts";
import { type MapState, reduceEdge, reduceNode } from "../src/viewer/map-reducers.ts";

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

function state(graph: MapState["graph"], held: boolean): MapState {
  return {
    graph,
    held,
    visible: null,
    relationType: "",
    showSuggestions: true,
    showChanges: false,
    hovered: null,
    hoverSet: null,
    selected: null,
    newNodes: new Set(),
    changedEnds: new Set(),
    activeRoute: null,
    routeNodes: null,
  };
}

describe("the map while sigma is built", () => {
  const { nodes, edges } = network(30);
  const { graph } = buildMapGraph(nodes, edges, [[0, 5, 0.9, null]], { routes: [[1, 2, 3]] });

  it("hides every node and relation while held, and none afterwards", () => {
    const held = state(graph, true);
    const free = state(graph, false);
    graph.forEachNode((key, data) => {
      expect(reduceNode(held, key, data).hidden).toBe(true);
      expect(reduceNode(free, key, data).hidden).toBeUndefined();
    });
    const shown: boolean[] = [];
    graph.forEachEdge((key, data) => {
      expect(reduceEdge(held, key, data).hidden).toBe(true);
      shown.push(reduceEdge(free, key, data).hidden !== true);
    });
    // Unheld: the relations and the suggestion show; the route's steps only when it is chosen.
    expect(shown.filter(Boolean)).toHaveLength(edges.length + 1);
  });
});

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
