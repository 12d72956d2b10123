/**
 * PageRank (Brin & Page 1998) as networkx.pagerank: damping alpha (0.85), uniform teleport,
 * dangling vertices (no out-ties, including isolates) spread their rank uniformly. Undirected ties
 * are two arcs. Power iteration on the CSR; it stops when the TOTAL L1 change of one step is below
 * `tolerance` — a size-independent rule (networkx and graphology stop at n × tol, which at large n
 * ends after one step; performance.md §5).
 * Weights: unweighted by default; `weighted: true` uses the weight as STRENGTH (transition
 * probability proportional to the tie's strength), networkx `weight="weight"`.
 */
import { type GraphView, toRecord } from "../view/graph-view.ts";

export interface PageRankOptions {
  alpha?: number;
  weighted?: boolean;
  tolerance?: number;
  maxIterations?: number;
}

export const PAGERANK_DEFAULTS: Required<PageRankOptions> = {
  alpha: 0.85,
  weighted: false,
  tolerance: 1e-12,
  maxIterations: 1000,
};

export interface PageRankValues {
  values: Float64Array;
  iterations: number;
  converged: boolean;
}

export function pagerankValues(view: GraphView, options: PageRankOptions = {}): PageRankValues {
  const { alpha, weighted, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1))
    throw new RangeError(`@ecolens/analysis pagerank: alpha must be in [0, 1), got ${alpha}`);
  const { n, outOffsets: off, outWeights: wts } = view;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  const outStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (!weighted) outStrength[v] = off[v + 1] - off[v];
    else for (let e = off[v]; e < off[v + 1]; e++) outStrength[v] += Math.max(0, wts[e]);
  }
  // Pull, not push: each vertex gathers from its in-neighbours (rows sorted by index), which adds
  // the same terms in the same order as scattering along out-ties, but writes each entry once.
  const { inOffsets: inOff, inTargets: inAdj, inWeights: inWts } = view;
  const inShare = weighted ? Float64Array.from(inWts, (w) => Math.max(0, w)) : null;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let it = 1; it <= maxIterations; it++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const s = outStrength[v];
      if (s === 0) dangling += x[v];
      else share[v] = (alpha * x[v]) / s;
    }
    const base = (1 - alpha) / n + (alpha * dangling) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let acc = base;
      if (inShare)
        for (let e = inOff[v], end = inOff[v + 1]; e < end; e++) acc += share[inAdj[e]] * inShare[e];
      else for (let e = inOff[v], end = inOff[v + 1]; e < end; e++) acc += share[inAdj[e]];
      next[v] = acc;
      change += Math.abs(acc - x[v]);
    }
    [x, next] = [next, x];
    if (change < tolerance) return { values: x, iterations: it, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}

export function pagerank(view: GraphView, options: PageRankOptions = {}): Record<string, number> {
  return toRecord(view, pagerankValues(view, options).values);
}
