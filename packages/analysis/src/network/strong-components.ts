/**
 * Strongly connected components of a digraph: Tarjan (1972), "Depth-first search and linear graph
 * algorithms", SIAM J. Computing 1(2), written with an explicit stack (no recursion, so deep
 * chains of 10^5 organisations cannot overflow the call stack). Undirected views: the connected
 * components.
 */
import type { GraphView } from "../view/graph-view.ts";
import { type ComponentLabels, componentLabels, relabelBySize } from "./components.ts";

export function strongComponentLabels(view: GraphView): ComponentLabels {
  if (!view.directed) return componentLabels(view);
  const { n, outOffsets: off, outTargets: adj } = view;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const cursor = new Int32Array(n);
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  let sp = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    let csp = 0;
    callStack[csp++] = root;
    index[root] = low[root] = counter++;
    cursor[root] = off[root];
    stack[sp++] = root;
    onStack[root] = 1;
    while (csp > 0) {
      const v = callStack[csp - 1];
      if (cursor[v] < off[v + 1]) {
        const w = adj[cursor[v]++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          cursor[w] = off[w];
          stack[sp++] = w;
          onStack[w] = 1;
          callStack[csp++] = w;
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      csp--;
      if (csp > 0) {
        const parent = callStack[csp - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        const c = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          raw[w] = c;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
    }
  }
  return relabelBySize(view, raw, sizes);
}

export interface StrongComponentsResult {
  count: number;
  sizes: number[];
}

export function strongComponents(view: GraphView): StrongComponentsResult {
  const { sizes } = strongComponentLabels(view);
  return { count: sizes.length, sizes };
}
