/**
 * Local clustering coefficient (Watts & Strogatz 1998): C(v) = 2 T(v) / (d(v)(d(v)−1)), where T(v)
 * counts the triangles through v; 0 when d(v) < 2 (networkx.clustering). Transitivity
 * (Newman 2003) = 3 × triangles / connected triples; average clustering = mean of C over ALL
 * vertices, zeros included (networkx count_zeros=True). Digraphs are taken undirected.
 * Unweighted. Triangles by marking v's neighbours: O(Σ d²).
 */
import { symmetrise } from "../engine/symmetrise.ts";
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface TriangleCounts {
  /** Triangles through each vertex. */
  triangles: Float64Array;
  /** Local clustering per vertex. */
  clustering: Float64Array;
  transitivity: number;
  average_clustering: number | null;
}

export function triangleCounts(input: GraphView): TriangleCounts {
  const view = symmetrise(input);
  const { n, outOffsets: off, outTargets: adj } = view;
  const mark = new Int32Array(n).fill(-1);
  const triangles = new Float64Array(n);
  const clustering = new Float64Array(n);
  let closed = 0;
  let triples = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const d = off[v + 1] - off[v];
    if (d < 2) continue;
    for (let e = off[v]; e < off[v + 1]; e++) mark[adj[e]] = v;
    let twice = 0;
    for (let e = off[v]; e < off[v + 1]; e++) {
      const u = adj[e];
      for (let f = off[u]; f < off[u + 1]; f++) if (mark[adj[f]] === v) twice++;
    }
    const t = twice / 2;
    const possible = (d * (d - 1)) / 2;
    triangles[v] = t;
    clustering[v] = t / possible;
    closed += t;
    triples += possible;
    sum += clustering[v];
  }
  return {
    triangles,
    clustering,
    transitivity: triples > 0 ? closed / triples : 0,
    average_clustering: n > 0 ? sum / n : null,
  };
}

export interface ClusteringResult {
  clustering: Record<string, number>;
  transitivity: number;
  average_clustering: number | null;
}

export function clustering(view: GraphView): ClusteringResult {
  const t = triangleCounts(view);
  return {
    clustering: toRecord(view, t.clustering),
    transitivity: t.transitivity,
    average_clustering: t.average_clustering,
  };
}
