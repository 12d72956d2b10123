/**
 * On a large map, "show suggested links" puts their organisations in the spotlight: a suggestion is
 * drawn on top and the rest recedes (the review found 20 suggestions invisible among 5,000 discs).
 */
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttrs, MapGraph, NodeAttrs } from "../src/viewer/map-graph.ts";
import { suggestionEndKeys } from "../src/viewer/map-graph.ts";
import { type MapState, reduceEdge, reduceNode } from "../src/viewer/map-reducers.ts";

function graph(): MapGraph {
  const g: MapGraph = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "mixed" });
  for (const k of ["0", "1", "2", "3"])
    g.addNode(k, { x: 0, y: 0, size: 3, color: "#123456", label: `org ${k}`, forceLabel: false });
  const tie = { type: "thin" as const, size: 1, color: "#888888", relation_type: "x", suggestion: false };
  g.addUndirectedEdgeWithKey("t", "0", "1", tie);
  g.addUndirectedEdgeWithKey("s", "2", "3", {
    ...tie,
    type: "line",
    size: 2.2,
    suggestion: true,
    relation_type: "",
  });
  return g;
}

function state(g: MapGraph, ends: Set<string> | null): MapState {
  return {
    graph: g,
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
    suggestionEnds: ends,
  };
}

describe("suggested links on a large map", () => {
  it("finds the organisations at the ends of the suggestions", () => {
    expect([...suggestionEndKeys(graph())].sort()).toEqual(["2", "3"]);
  });

  it("their organisations stand out and the others recede, with the relations", () => {
    const g = graph();
    const v = state(g, suggestionEndKeys(g));
    const end = reduceNode(v, "2", { ...g.getNodeAttributes("2") });
    expect(end.size).toBeGreaterThanOrEqual(6);
    expect(end.color).toBe("#123456");
    const other = reduceNode(v, "0", { ...g.getNodeAttributes("0") });
    expect(other.color).not.toBe("#123456");
    expect(other.label).toBe("");
    expect(reduceEdge(v, "t", { ...g.getEdgeAttributes("t") }).color).toBe("#E6E9ED");
    expect(reduceEdge(v, "s", { ...g.getEdgeAttributes("s") }).zIndex).toBe(2);
  });

  it("a small map (no spotlight set) keeps every organisation's colour", () => {
    const g = graph();
    const other = reduceNode(state(g, null), "0", { ...g.getNodeAttributes("0") });
    expect(other.color).toBe("#123456");
  });
});
