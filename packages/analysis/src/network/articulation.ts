/**
 * Articulation points (cut vertices) and bridges, with how many organisations each cut vertex
 * would cut off. Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph
 * manipulation", CACM 16(6): one depth-first search with discovery times and low-links
 * (network/low-link-search.ts). Digraphs are taken undirected. Weights ignored.
 *
 * cut_off[v] = organisations separated from the largest remaining part of v's component if v
 * left: (component size − 1) − (largest piece after removing v).
 */
import { symmetrise } from "../engine/symmetrise.ts";
import { compareIds, type GraphView } from "../view/graph-view.ts";
import { lowLinkSearch } from "./low-link-search.ts";

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
  const { n, ids } = view;
  const separated = new Int32Array(n);
  const maxPiece = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: Array<[string, string]> = [];
  const cutOff: Array<[string, number]> = [];
  let rootChildren = 0;
  lowLinkSearch(view, {
    child(p, v, size, separates, bridge, pIsRoot) {
      if (bridge) bridges.push(orderPair(ids[p], ids[v]));
      if (!separates) return;
      separated[p] += size;
      if (size > maxPiece[p]) maxPiece[p] = size;
      if (pIsRoot) rootChildren++;
      else isCut[p] = 1;
    },
    component(root, members, compSize) {
      if (rootChildren >= 2) isCut[root] = 1;
      rootChildren = 0;
      for (const v of members) {
        if (!isCut[v]) continue;
        const rest = compSize - 1 - separated[v];
        cutOff.push([ids[v], compSize - 1 - Math.max(maxPiece[v], rest)]);
      }
    },
  });
  cutOff.sort((a, b) => compareIds(a[0], b[0]));
  bridges.sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]));
  const record: Record<string, number> = Object.create(null);
  for (const [id, k] of cutOff) record[id] = k;
  return { articulation_points: cutOff.map(([id]) => id), bridges, cut_off: record };
}

function orderPair(a: string, b: string): [string, string] {
  return compareIds(a, b) <= 0 ? [a, b] : [b, a];
}
