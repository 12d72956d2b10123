/**
 * The map's graphology graph: the embedded network (keys are node indices), suggested links and
 * the overlays (relations new or lost since an earlier round, learning routes' steps).
 */
import Graph from "graphology";
import { CHANGE_LOST_COLOUR, CHANGE_NEW_COLOUR, ROUTE_COLOUR, SUGGESTION_COLOUR } from "../encode/palette.ts";
import type { ViewerEdge, ViewerNode } from "./decode.ts";
import { edgeStyle } from "./edge-style.ts";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
}
export interface EdgeAttrs {
  /** sigma's program: "line" (a rectangle as wide as `size`) or, on a large map, "thin" (1 px). */
  type: EdgeProgram;
  size: number;
  color: string;
  relation_type: string;
  suggestion: boolean;
  /** A tie not confirmed by both partners (collected round): drawn lighter and thinner. */
  unconfirmed?: boolean;
  /** Overlay edges: a relation new or lost since the earlier round, or a learning route's step. */
  change?: "added" | "removed";
  route?: number;
}

/** What the map may overlay: changes since an earlier round and example learning routes. */
export interface MapOverlays {
  changes?: {
    added: Array<[number, number, number, number]>;
    removed: Array<[number, number, number, number]>;
    newNodes: number[];
  };
  relationTypes?: string[];
  routes?: number[][];
}

export type MapGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Above this many organisations the map is "large": edges hidden while moving, relations thin. */
export const LARGE_MAP = 3000;

export type EdgeProgram = "line" | "thin";

/**
 * On a large map the relations are drawn as 1-pixel lines (sigma's EdgeLineProgram): their widths
 * cannot be told apart among tens of thousands, and each antialiased rectangle costs about four
 * times the pixels (in a software renderer 60,000 of them take over a second per frame). The
 * overlays (suggestions, changes, routes) keep their widths.
 */
export function relationProgram(organisations: number): EdgeProgram {
  return organisations > LARGE_MAP ? "thin" : "line";
}

/** The graph and what the overlays mark on it. */
export interface BuiltGraph {
  graph: MapGraph;
  /** Ties not confirmed by both partners (a collected round); 0 for other inputs. */
  unconfirmedTies: number;
  /** Graph keys of new organisations. */
  newNodes: Set<string>;
  /** Graph keys of the ends of changed relations. */
  changedEnds: Set<string>;
}

function addNetwork(graph: MapGraph, nodes: ViewerNode[], edges: ViewerEdge[]): number {
  // Keys are node indices, never ids: graphology mishandles keys like `__proto__`.
  for (const n of nodes)
    graph.addNode(String(n.index), {
      x: n.x,
      y: -n.y,
      size: 4,
      color: "#999",
      label: n.label,
      forceLabel: false,
    });
  let unconfirmed = 0;
  let maxW = 1;
  for (const e of edges) if (e.weight > maxW) maxW = e.weight;
  const type = relationProgram(nodes.length);
  for (const e of edges) {
    const s = String(e.source);
    const t = String(e.target);
    const attrs: EdgeAttrs = {
      type,
      ...edgeStyle(e, maxW),
      relation_type: e.relation_type,
      suggestion: false,
    };
    if (attrs.unconfirmed) unconfirmed++;
    if (e.directed) graph.addDirectedEdge(s, t, attrs);
    else graph.addUndirectedEdge(s, t, attrs);
  }
  return unconfirmed;
}

function addChanges(built: BuiltGraph, overlays: MapOverlays): void {
  const changes = overlays.changes;
  if (!changes) return;
  const types = overlays.relationTypes ?? [];
  for (const [kind, rows] of [
    ["added", changes.added],
    ["removed", changes.removed],
  ] as const)
    for (const [a, b, type] of rows) {
      built.graph.addUndirectedEdge(String(a), String(b), {
        type: "line",
        size: kind === "added" ? 2.6 : 2,
        color: kind === "added" ? CHANGE_NEW_COLOUR : CHANGE_LOST_COLOUR,
        relation_type: types[type] ?? "",
        suggestion: false,
        change: kind,
      });
      built.changedEnds.add(String(a));
      built.changedEnds.add(String(b));
    }
  for (const i of changes.newNodes) built.newNodes.add(String(i));
}

export function buildMapGraph(
  nodes: ViewerNode[],
  edges: ViewerEdge[],
  suggestions: Array<[number, number, number, unknown]>,
  overlays: MapOverlays,
): BuiltGraph {
  const graph: MapGraph = new Graph<NodeAttrs, EdgeAttrs>({
    multi: true,
    type: "mixed",
    allowSelfLoops: true,
  });
  const built: BuiltGraph = {
    graph,
    unconfirmedTies: addNetwork(graph, nodes, edges),
    newNodes: new Set(),
    changedEnds: new Set(),
  };
  for (const [a, b] of suggestions)
    graph.addUndirectedEdge(String(a), String(b), {
      type: "line",
      size: 2.2,
      color: SUGGESTION_COLOUR,
      relation_type: "",
      suggestion: true,
    });
  addChanges(built, overlays);
  (overlays.routes ?? []).forEach((steps, k) => {
    for (let i = 0; i + 1 < steps.length; i++)
      if (steps[i] !== steps[i + 1])
        graph.addUndirectedEdge(String(steps[i]), String(steps[i + 1]), {
          type: "line",
          size: 3.5,
          color: ROUTE_COLOUR,
          relation_type: "",
          suggestion: false,
          route: k,
        });
  });
  return built;
}

/** The organisations at either end of a suggested link (graph keys). */
export function suggestionEndKeys(graph: MapGraph): Set<string> {
  const ends = new Set<string>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (attrs.suggestion) {
      ends.add(source);
      ends.add(target);
    }
  });
  return ends;
}
