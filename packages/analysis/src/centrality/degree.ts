/**
 * Degree and strength. Undirected: degree = number of distinct partners (parallel relations
 * between one pair count once, as the view merges them), strength = sum of the merged tie
 * strengths. Directed: in-, out- and total (in + out) arcs and strengths, as networkx's DiGraph.
 * Weight meaning: strength (tie intensity).
 */
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface DegreeValues {
  degree: Float64Array;
  in_degree: Float64Array;
  out_degree: Float64Array;
  strength: Float64Array;
  in_strength: Float64Array;
  out_strength: Float64Array;
}

/**
 * Degree only (total degree for digraphs), straight from the row offsets: O(n), no pass over the
 * ties. For callers that need no strengths (the benchmark's "degree", as igraph's `degree()`).
 */
export function degreeCounts(view: GraphView): Float64Array {
  const { n, outOffsets: out, inOffsets: inn } = view;
  const d = new Float64Array(n);
  if (view.directed) for (let v = 0; v < n; v++) d[v] = out[v + 1] - out[v] + inn[v + 1] - inn[v];
  else for (let v = 0; v < n; v++) d[v] = out[v + 1] - out[v];
  return d;
}

export function degreeValues(view: GraphView): DegreeValues {
  const { n } = view;
  const r: DegreeValues = {
    degree: new Float64Array(n),
    in_degree: new Float64Array(n),
    out_degree: new Float64Array(n),
    strength: new Float64Array(n),
    in_strength: new Float64Array(n),
    out_strength: new Float64Array(n),
  };
  for (let v = 0; v < n; v++) {
    r.out_degree[v] = view.outOffsets[v + 1] - view.outOffsets[v];
    r.in_degree[v] = view.inOffsets[v + 1] - view.inOffsets[v];
    for (let e = view.outOffsets[v]; e < view.outOffsets[v + 1]; e++) r.out_strength[v] += view.outWeights[e];
    for (let e = view.inOffsets[v]; e < view.inOffsets[v + 1]; e++) r.in_strength[v] += view.inWeights[e];
    r.degree[v] = view.directed ? r.in_degree[v] + r.out_degree[v] : r.out_degree[v];
    r.strength[v] = view.directed ? r.in_strength[v] + r.out_strength[v] : r.out_strength[v];
  }
  return r;
}

export interface DegreeResult {
  degree: Record<string, number>;
  strength: Record<string, number>;
  /** Only for directed views. */
  in_degree?: Record<string, number>;
  out_degree?: Record<string, number>;
  in_strength?: Record<string, number>;
  out_strength?: Record<string, number>;
}

export function degree(view: GraphView): DegreeResult {
  const d = degreeValues(view);
  const result: DegreeResult = { degree: toRecord(view, d.degree), strength: toRecord(view, d.strength) };
  if (view.directed) {
    result.in_degree = toRecord(view, d.in_degree);
    result.out_degree = toRecord(view, d.out_degree);
    result.in_strength = toRecord(view, d.in_strength);
    result.out_strength = toRecord(view, d.out_strength);
  }
  return result;
}
