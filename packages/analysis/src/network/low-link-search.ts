/**
 * One depth-first search with discovery times and low-links over an undirected view (Hopcroft &
 * Tarjan 1973, "Algorithm 447", CACM 16(6)), with an explicit stack (no recursion): the walk that
 * articulation points, bridges (network/articulation.ts) and the parts left when an organisation
 * leaves (resilience/cut-pieces.ts) all read. `view` must hold both rows of every tie.
 */
import type { GraphView } from "../view/graph-view.ts";

export interface LowLinkVisitor {
  /**
   * v's subtree is done (it has `size` vertices). `separates`: it is cut off from p when p leaves
   * (low[v] >= disc[p]); `bridge`: the tie p–v is a bridge (low[v] > disc[p]); `pIsRoot`: p started
   * this component's search.
   */
  child(p: number, v: number, size: number, separates: boolean, bridge: boolean, pIsRoot: boolean): void;
  /** A component is done: its root, its members in finishing order and its size. */
  component(root: number, members: number[], size: number): void;
}

export function lowLinkSearch(view: GraphView, visitor: LowLinkVisitor): void {
  const { n, outOffsets: off, outTargets: adj } = view;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
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
        } else if (w !== parent[v] && disc[w] < low[v]) {
          low[v] = disc[w];
        }
        continue;
      }
      sp--;
      members.push(v);
      const p = parent[v];
      if (p < 0) continue;
      if (low[v] < low[p]) low[p] = low[v];
      size[p] += size[v];
      visitor.child(p, v, size[v], low[v] >= disc[p], low[v] > disc[p], p === root);
    }
    visitor.component(root, members, size[root]);
  }
}
