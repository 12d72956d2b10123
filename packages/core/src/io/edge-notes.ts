/**
 * How a mixed network (directed and undirected relations) is written so that every tool reads it,
 * and how ecolens reads such a file back. networkx and igraph hold one kind of edge per graph, so
 * the writers turn the network into one kind (`--edges`) and leave a note in the file:
 *
 * - `undirected`: a directed relation becomes an undirected edge with `relation_directed` = true
 *   and `relation_from` = the id it starts from; counts stay those of the network.
 * - `directed`: an undirected relation becomes two arcs, both with `relation_directed` = false;
 *   the second (reverse) arc has `mirror_of` = the id of the first. A self-loop stays one arc.
 * - `mixed`: as it is (Gephi, yEd and ecolens read it; networkx and igraph do not).
 *
 * Without a choice, a network of one kind is written as it is and a mixed one as `undirected`.
 * ecolens' readers undo both conversions, so an export reads back as the network it came from.
 */
import type { EcoGraph } from "../model/types.ts";

export const EDGE_MODES = ["directed", "undirected", "mixed"] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

export const DIRECTED_ATTR = "relation_directed";
export const FROM_ATTR = "relation_from";
export const MIRROR_ATTR = "mirror_of";

export interface WrittenEdge {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: Record<string, unknown>;
}

export interface EdgePlan {
  mode: EdgeMode;
  edges: WrittenEdge[];
  /** The graph-level default direction to declare. */
  defaultDirected: boolean;
  /** True when edges must carry their own direction (mode `mixed` with both kinds). */
  perEdge: boolean;
  /** What was merged or doubled, for the file's description (undefined when nothing changed). */
  note?: string;
}

/** The edges to write for `mode` (default: as they are when of one kind, else undirected). */
export function planEdges(graph: EcoGraph, mode?: EdgeMode): EdgePlan {
  let directedCount = 0;
  graph.forEachEdge((_k, a) => {
    if (a.directed) directedCount++;
  });
  const undirectedCount = graph.size - directedCount;
  const chosen: EdgeMode = mode ?? (directedCount === 0 || undirectedCount === 0 ? "mixed" : "undirected");
  const edges: WrittenEdge[] = [];
  if (chosen === "mixed") {
    graph.forEachEdge((key, a, source, target) => {
      edges.push({ key, source, target, directed: a.directed, attributes: { ...a } });
    });
    return {
      mode: chosen,
      edges,
      defaultDirected: directedCount > 0 && directedCount >= undirectedCount,
      perEdge: directedCount > 0 && undirectedCount > 0,
    };
  }
  if (chosen === "undirected") {
    graph.forEachEdge((key, a, source, target) => {
      const attributes: Record<string, unknown> = { ...a, directed: false };
      if (directedCount > 0) attributes[DIRECTED_ATTR] = a.directed;
      if (a.directed) attributes[FROM_ATTR] = source;
      edges.push({ key, source, target, directed: false, attributes });
    });
    const note =
      directedCount === 0
        ? undefined
        : `ecolens: ${directedCount} directed relation(s) written as undirected edges with ${DIRECTED_ATTR}=true and ${FROM_ATTR}=<the id they start from>; ${graph.size} edges as in the network`;
    return { mode: chosen, edges, defaultDirected: false, perEdge: false, note };
  }
  const taken = new Set(graph.edges());
  let doubled = 0;
  graph.forEachEdge((key, a, source, target) => {
    const attributes: Record<string, unknown> = { ...a, directed: true };
    if (undirectedCount > 0) attributes[DIRECTED_ATTR] = a.directed;
    edges.push({ key, source, target, directed: true, attributes });
    if (a.directed || source === target) return;
    let mirror = `${key}-r`;
    for (let i = 2; taken.has(mirror); i++) mirror = `${key}-r${i}`;
    taken.add(mirror);
    doubled++;
    edges.push({
      key: mirror,
      source: target,
      target: source,
      directed: true,
      attributes: { ...attributes, [MIRROR_ATTR]: key },
    });
  });
  const note =
    doubled === 0
      ? undefined
      : `ecolens: ${doubled} undirected relation(s) written as two arcs each (the reverse arc has ${MIRROR_ATTR}=<the id of the first>); ${edges.length} arcs for ${graph.size} relations`;
  return { mode: chosen, edges, defaultDirected: true, perEdge: false, note };
}

export interface RestoredEdge {
  source: string;
  target: string;
  directed: boolean;
  /** The reverse arc of a doubled undirected tie: not a relation of its own. */
  mirror: boolean;
}

/**
 * Undoes planEdges on reading: drops the marker attributes from `attrs` and returns the
 * relation's own direction (a marker that does not fit the edge is left as an attribute).
 */
export function restoreDirection(
  attrs: Record<string, unknown>,
  source: string,
  target: string,
  directed: boolean,
): RestoredEdge {
  const flag = attrs[DIRECTED_ATTR];
  if (typeof flag !== "boolean") return { source, target, directed, mirror: false };
  if (!directed && flag) {
    const from = attrs[FROM_ATTR];
    if (from !== source && from !== target) return { source, target, directed, mirror: false };
    delete attrs[DIRECTED_ATTR];
    delete attrs[FROM_ATTR];
    return { source: from, target: from === source ? target : source, directed: true, mirror: false };
  }
  delete attrs[DIRECTED_ATTR];
  if (directed && !flag) {
    const mirror = typeof attrs[MIRROR_ATTR] === "string";
    delete attrs[MIRROR_ATTR];
    return { source, target, directed: false, mirror };
  }
  return { source, target, directed, mirror: false };
}
