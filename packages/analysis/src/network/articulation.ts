/**
 * Articulation points (cut vertices) and bridges, with how many organisations each cut vertex
 * would cut off. Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph
 * manipulation", CACM 16(6): one depth-first search with discovery times and low-links, written
 * with an explicit stack (no recursion). Digraphs are taken undirected. Weights ignored.
 *
 * cut_off[v] = organisations separated from the largest remaining part of v's component if v
 * left: (component size − 1) − (largest piece after removing v).
 */
import { symmetrise } from "../engine/symmetrise.ts";
import { compareIds, type GraphView } from "../view/graph-view.ts";

export interface ArticulationResult {
  /** Sorted by id. */
  articulation_points: string[];
  /** Pairs [u, v] with u < v by id, sorted. */
  bridges: Array<[string, string]>;
  /** Per articulation point: organisations it would cut off from the rest. */
  cut_off: Record<string, number>;
}

export function articulation(input: GraphView): ArticulationResult {
  const view = symmetrise(input);
  const { n, outOffsets: off, outTargets: adj, ids } = view;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const separated = new Int32Array(n);
  const maxPiece = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const bridges: Array<[string, string]> = [];
  const cutOff: Array<[string, number]> = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    const members: number[] = [];
    let sp = 0;
    stack[sp++] = root;
    disc[root] = low[root] = time++;
    cursor[root] = off[root];
    size[root] = 1;
    let rootChildren = 0;
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
      if (low[v] > disc[p]) bridges.push(orderPair(ids[p], ids[v]));
      if (low[v] >= disc[p]) {
        separated[p] += size[v];
        if (size[v] > maxPiece[p]) maxPiece[p] = size[v];
        if (p === root) rootChildren++;
        else isCut[p] = 1;
      }
    }
    if (rootChildren >= 2) isCut[root] = 1;
    const compSize = size[root];
    for (const v of members) {
      if (!isCut[v]) continue;
      const rest = compSize - 1 - separated[v];
      cutOff.push([ids[v], compSize - 1 - Math.max(maxPiece[v], rest)]);
    }
  }
  cutOff.sort((a, b) => compareIds(a[0], b[0]));
  bridges.sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]));
  const record: Record<string, number> = Object.create(null);
  for (const [id, k] of cutOff) record[id] = k;
  return { articulation_points: cutOff.map(([id]) => id), bridges, cut_off: record };
}

function orderPair(a: string, b: string): [string, string] {
  return compareIds(a, b) <= 0 ? [a, b] : [b, a];
}
