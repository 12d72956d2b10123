/**
 * Density: undirected 2m/(n(n−1)), directed m/(n(n−1)) (networkx.density; 0 when n < 2).
 * Weighted density = total strength / number of possible pairs (the mean tie value over all
 * pairs, absent ties counting 0). Per relation type: the same on the subgraph of that type, with
 * every organisation kept (so the densities compare across types).
 * Weight meaning: strength.
 */
import type Graph from "graphology";
import { buildView, type GraphView, type ViewOptions } from "../view/graph-view.ts";

export interface DensityResult {
  n: number;
  m: number;
  density: number;
  /** Mean strength over all possible pairs. */
  density_weighted: number;
  total_weight: number;
}

export function density(view: GraphView): DensityResult {
  const { n, m } = view;
  const pairs = view.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  let total = 0;
  for (let e = 0; e < view.outWeights.length; e++) total += view.outWeights[e];
  if (!view.directed) total /= 2; // each undirected tie sits in two rows
  return {
    n,
    m,
    density: pairs > 0 ? m / pairs : 0,
    density_weighted: pairs > 0 ? total / pairs : 0,
    total_weight: total,
  };
}

/** Density per value of the edges' `relation_type`, sorted by type. */
export function densityByRelationType(
  graph: Graph,
  options: Omit<ViewOptions, "relationTypes"> = {},
): Record<string, DensityResult> {
  const types = new Set<string>();
  graph.forEachEdge((_e, attr) => {
    types.add(String(attr.relation_type));
  });
  const out: Record<string, DensityResult> = Object.create(null);
  for (const type of [...types].sort())
    out[type] = density(buildView(graph, { ...options, relationTypes: [type] }));
  return out;
}
