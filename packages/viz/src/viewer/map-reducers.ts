/**
 * sigma's reducers for the map: how each node and edge is drawn given the visual state (filters,
 * hover, selection, change and route overlays). They do no analysis: they read sets computed when
 * the state changes (style.md, practice 8).
 */
import {
  CHANGE_BACKGROUND_COLOUR,
  CHANGE_END_COLOUR,
  CHANGE_NEW_COLOUR,
  DIMMED_COLOUR,
  HIGHLIGHT_EDGE_COLOUR,
} from "../encode/palette.ts";
import type { EdgeAttrs, MapGraph, NodeAttrs } from "./map-graph.ts";

/** The visual state the reducers read (graph keys are node indices as strings). */
export interface MapState {
  readonly graph: MapGraph;
  /** Keys of the visible nodes; null = every node visible. */
  readonly visible: Set<string> | null;
  readonly relationType: string;
  readonly showSuggestions: boolean;
  readonly showChanges: boolean;
  readonly hovered: string | null;
  /** The hovered node and its neighbours, or null. */
  readonly hoverSet: Set<string> | null;
  readonly selected: string | null;
  readonly newNodes: Set<string>;
  readonly changedEnds: Set<string>;
  readonly activeRoute: number | null;
  /** Keys of the highlighted route's organisations, or null. */
  readonly routeNodes: Set<string> | null;
  /**
   * A large map with suggestions shown: their organisations (the rest recedes, or the 1-px
   * suggestions would vanish under thousands of discs); null otherwise.
   */
  readonly suggestionEnds: Set<string> | null;
}

type NodeOut = Partial<NodeAttrs> & { hidden?: boolean; highlighted?: boolean; zIndex?: number };
type EdgeOut = Partial<EdgeAttrs> & { hidden?: boolean; zIndex?: number };

/** A route is shown: its organisations stand out, the rest is dimmed without labels. */
function routeNode(v: MapState, node: string, data: NodeAttrs, out: NodeOut): NodeOut {
  if (v.routeNodes?.has(node)) {
    out.forceLabel = true;
    out.highlighted = true;
    out.zIndex = 3;
    out.size = Math.max(data.size, 8);
  } else {
    out.color = DIMMED_COLOUR;
    out.label = "";
    out.forceLabel = false;
    out.zIndex = 0;
  }
  return out;
}

/** Coloured by change, not by sector: new, with a new or lost tie, unchanged. */
function changeNode(v: MapState, node: string, data: NodeAttrs, out: NodeOut): void {
  if (v.newNodes.has(node)) {
    out.color = CHANGE_NEW_COLOUR;
    out.forceLabel = true;
    out.zIndex = 2;
    out.size = Math.max(data.size, 7);
  } else {
    out.color = v.changedEnds.has(node) ? CHANGE_END_COLOUR : CHANGE_BACKGROUND_COLOUR;
    out.forceLabel = false;
    out.zIndex = v.changedEnds.has(node) ? 1 : 0;
  }
}

/** In the spotlight: larger and above the rest; out of it: dimmed, without a label. */
function spotlight(inside: boolean, data: NodeAttrs, out: NodeOut): void {
  if (inside) {
    out.size = Math.max(data.size, 6);
    out.zIndex = 2;
    out.highlighted = true;
  } else {
    out.color = DIMMED_COLOUR;
    out.label = "";
    out.forceLabel = false;
    out.zIndex = 0;
  }
}

/** `data` is sigma's own shallow copy of the attributes: the reducers write into it. */
export function reduceNode(v: MapState, node: string, data: NodeAttrs): NodeOut {
  const out: NodeOut = data;
  if (v.visible && !v.visible.has(node)) {
    out.hidden = true;
    return out;
  }
  if (v.routeNodes) return routeNode(v, node, data, out);
  if (v.showChanges) changeNode(v, node, data, out);
  if (v.suggestionEnds) spotlight(v.suggestionEnds.has(node), data, out);
  if (v.hoverSet && !v.hoverSet.has(node)) {
    out.color = DIMMED_COLOUR;
    out.label = "";
    out.forceLabel = false;
    out.zIndex = 0;
  } else if (v.hoverSet) {
    out.forceLabel = true;
    out.zIndex = 1;
  }
  if (node === v.selected || node === v.hovered) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  return out;
}

/** Filters (municipality, sector... and relation type) apply to change overlays too. */
function edgeFiltered(v: MapState, edge: string, data: EdgeAttrs): boolean {
  if (v.relationType !== "" && data.relation_type !== v.relationType) return true;
  const [s, t] = v.graph.extremities(edge);
  return v.visible !== null && (!v.visible.has(s) || !v.visible.has(t));
}

/** `data` is sigma's own shallow copy of the attributes: the reducers write into it. */
export function reduceEdge(v: MapState, edge: string, data: EdgeAttrs): EdgeOut {
  const out: EdgeOut = data;
  if (data.route !== undefined || v.routeNodes) {
    out.hidden = data.route !== v.activeRoute || v.activeRoute === null;
    out.zIndex = 3;
    return out;
  }
  if (data.change) {
    out.hidden = !v.showChanges || edgeFiltered(v, edge, data);
    out.zIndex = 3;
    return out;
  }
  if (data.suggestion ? !v.showSuggestions : v.relationType !== "" && data.relation_type !== v.relationType) {
    out.hidden = true;
    return out;
  }
  const focus = v.hovered ?? v.selected;
  // The ends only when a filter or a focus asks (a full refresh reduces every relation).
  if ((v.visible || focus !== null) && !focusEdge(v, edge, data, focus, out)) return out;
  if (data.suggestion) out.zIndex = 2;
  if ((v.showChanges || v.suggestionEnds) && !data.suggestion) out.color = "#E6E9ED";
  return out;
}

/**
 * A relation under a filter (hidden unless both ends are visible: false, nothing more to do) or
 * next to the focused node (highlighted; others hidden while hovering).
 */
function focusEdge(v: MapState, edge: string, data: EdgeAttrs, focus: string | null, out: EdgeOut): boolean {
  const [s, t] = v.graph.extremities(edge);
  if (v.visible && (!v.visible.has(s) || !v.visible.has(t))) {
    out.hidden = true;
    return false;
  }
  if (focus !== null) {
    if (s === focus || t === focus) {
      if (!data.suggestion) out.color = HIGHLIGHT_EDGE_COLOUR;
      out.zIndex = 1;
    } else if (v.hoverSet) out.hidden = true;
  }
  return true;
}
