/**
 * Average shortest path length and diameter (unweighted hops), as networkx
 * average_shortest_path_length / diameter: defined for a connected graph (digraphs: taken
 * undirected, the reference's convention); otherwise null, and `largest_component` gives both for
 * the largest component (ties: the one holding the smallest id). A single organisation: 0 and 0.
 */
import { symmetrise } from "../engine/symmetrise.ts";
import { type ComponentLabels, componentLabels } from "../network/components.ts";
import type { GraphView } from "../view/graph-view.ts";
import { type DistanceSums, distanceSums } from "./distance-sums.ts";

export interface PathStats {
  average_shortest_path_length: number | null;
  diameter: number | null;
  /** Only when the network is disconnected. */
  largest_component: {
    n: number;
    average_shortest_path_length: number | null;
    diameter: number | null;
  } | null;
}

/**
 * From precomputed undirected (symmetrised) distance sums and component labels: nothing is
 * traversed twice when closeness already ran.
 */
export function pathStatsFromSums(n: number, sums: DistanceSums, labels: ComponentLabels): PathStats {
  if (n === 0) return { average_shortest_path_length: null, diameter: null, largest_component: null };
  let total = 0;
  let diameter = 0;
  for (let v = 0; v < n; v++) {
    if (labels.label[v] !== 0) continue;
    total += sums.total[v];
    if (sums.eccentricity[v] > diameter) diameter = sums.eccentricity[v];
  }
  const size = labels.sizes[0];
  const aspl = size > 1 ? total / (size * (size - 1)) : 0;
  if (labels.sizes.length === 1)
    return { average_shortest_path_length: aspl, diameter, largest_component: null };
  return {
    average_shortest_path_length: null,
    diameter: null,
    largest_component: { n: size, average_shortest_path_length: aspl, diameter },
  };
}

export function pathStats(view: GraphView): PathStats {
  const undirected = symmetrise(view);
  return pathStatsFromSums(undirected.n, distanceSums(undirected), componentLabels(undirected));
}
