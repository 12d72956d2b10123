/**
 * The parts a component falls into when one organisation leaves, for every organisation at once:
 * one depth-first search with discovery times and low-links (Hopcroft & Tarjan 1973, as
 * network/articulation.ts), instead of a breadth-first search of the whole component per cut
 * vertex (297 searches over 20,000 organisations in the report's partner-departure section).
 *
 * Without v, each DFS child c with low[c] >= disc[v] is a part of its own (its subtree); the other
 * children stay with v's parent, which makes one more part of (component size - 1 - those
 * subtrees), none for the root of the search. `view` must be undirected (both rows of a tie).
 */
import type { GraphView } from "../view/graph-view.ts";

/** piecesOf(v): the sizes of the parts, largest first ([] for an isolate). */
export function cutPieces(view: GraphView): (v: number) => number[] {
  const { n, outOffsets: off, outTargets: adj } = view;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const separated = new Int32Array(n);
  const compSize = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const parts = new Map<number, number[]>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    const members: number[] = [];
    let sp = 0;
    stack[sp++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = off[root];
    size[root] = 1;
    while (sp > 0) {
      const v = stack[sp - 1];
      if (cursor[v] < off[v + 1]) {
        const w = adj[cursor[v]++];
        if (disc[w] < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = off[w];
          size[w] = 1;
          stack[sp++] = w;
        } else if (w !== parent[v] && disc[w] < low[v]) low[v] = disc[w];
        continue;
      }
      sp--;
      members.push(v);
      const p = parent[v];
      if (p < 0) continue;
      if (low[v] < low[p]) low[p] = low[v];
      size[p] += size[v];
      if (low[v] >= disc[p]) {
        separated[p] += size[v];
        const list = parts.get(p);
        if (list) list.push(size[v]);
        else parts.set(p, [size[v]]);
      }
    }
    for (const v of members) compSize[v] = size[root];
  }
  return (v) => {
    const pieces = [...(parts.get(v) ?? [])];
    const rest = compSize[v] - 1 - separated[v];
    if (rest > 0) pieces.push(rest);
    return pieces.sort((a, b) => b - a);
  };
}
