/**
 * The parts a component falls into when one organisation leaves, for every organisation at once:
 * one depth-first search with discovery times and low-links (network/low-link-search.ts, as
 * network/articulation.ts), instead of a breadth-first search of the whole component per cut
 * vertex (297 searches over 20,000 organisations in the report's partner-departure section).
 *
 * Without v, each DFS child c with low[c] >= disc[v] is a part of its own (its subtree); the other
 * children stay with v's parent, which makes one more part of (component size - 1 - those
 * subtrees), none for the root of the search. `view` must be undirected (both rows of a tie).
 */
import { lowLinkSearch } from "../network/low-link-search.ts";
import type { GraphView } from "../view/graph-view.ts";

/** piecesOf(v): the sizes of the parts, largest first ([] for an isolate). */
export function cutPieces(view: GraphView): (v: number) => number[] {
  const separated = new Int32Array(view.n);
  const compSize = new Int32Array(view.n);
  const parts = new Map<number, number[]>();
  lowLinkSearch(view, {
    child(p, _v, size, separates) {
      if (!separates) return;
      separated[p] += size;
      const list = parts.get(p);
      if (list) list.push(size);
      else parts.set(p, [size]);
    },
    component(_root, members, size) {
      for (const v of members) compSize[v] = size;
    },
  });
  return (v) => {
    const pieces = [...(parts.get(v) ?? [])];
    const rest = compSize[v] - 1 - separated[v];
    if (rest > 0) pieces.push(rest);
    return pieces.sort((a, b) => b - a);
  };
}
