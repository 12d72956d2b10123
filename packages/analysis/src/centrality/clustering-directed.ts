/**
 * Directed clustering (Fagiolo 2007, "Clustering in complex directed networks", Phys. Rev. E 76)
 * as networkx.clustering on a DiGraph: C(i) = T(i) / (2 (d_tot(i)(d_tot(i)−1) − 2 d↔(i))), where
 * T(i) counts directed triangles of every orientation through i, d_tot = in + out degree and
 * d↔ the reciprocated pairs. Unweighted. Undirected views: the plain local clustering.
 */
import { type GraphView, toRecord } from "../view/graph-view.ts";
import { triangleCounts } from "./clustering.ts";

export function directedClusteringValues(view: GraphView): Float64Array {
  if (!view.directed) return triangleCounts(view).clustering;
  const { n, outOffsets: oo, outTargets: ot, inOffsets: io, inTargets: it } = view;
  // For vertex i: isPred[k] = 1 if k→i, isSucc[k] = 1 if i→k (stamped with i+1 to avoid clearing).
  const predStamp = new Int32Array(n);
  const succStamp = new Int32Array(n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const stamp = i + 1;
    for (let e = io[i]; e < io[i + 1]; e++) predStamp[it[e]] = stamp;
    for (let e = oo[i]; e < oo[i + 1]; e++) succStamp[ot[e]] = stamp;
    const weightOf = (k: number) => (predStamp[k] === stamp ? 1 : 0) + (succStamp[k] === stamp ? 1 : 0);
    let t = 0;
    const visit = (j: number) => {
      for (let e = io[j]; e < io[j + 1]; e++) if (it[e] !== i) t += weightOf(it[e]);
      for (let e = oo[j]; e < oo[j + 1]; e++) if (ot[e] !== i) t += weightOf(ot[e]);
    };
    for (let e = io[i]; e < io[i + 1]; e++) visit(it[e]);
    for (let e = oo[i]; e < oo[i + 1]; e++) visit(ot[e]);
    const dTot = io[i + 1] - io[i] + oo[i + 1] - oo[i];
    let recip = 0;
    for (let e = oo[i]; e < oo[i + 1]; e++) if (predStamp[ot[e]] === stamp) recip++;
    const denom = 2 * (dTot * (dTot - 1) - 2 * recip);
    out[i] = t === 0 || denom <= 0 ? 0 : t / denom;
  }
  return out;
}

export function directedClustering(view: GraphView): Record<string, number> {
  return toRecord(view, directedClusteringValues(view));
}

export function averageDirectedClustering(view: GraphView): number | null {
  if (view.n === 0) return null;
  const values = directedClusteringValues(view);
  let sum = 0;
  for (const v of values) sum += v;
  return sum / view.n;
}
