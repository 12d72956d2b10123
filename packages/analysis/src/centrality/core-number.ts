/**
 * k-core number: the largest k such that the vertex belongs to a subgraph where every vertex has
 * degree ≥ k. Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of
 * networks", with bucket sort in typed arrays. Digraphs as networkx.core_number: degree = in + out
 * (a reciprocated pair counts twice); `symmetrise` the view first for the undirected variant.
 * Unweighted.
 */
import { type GraphView, toRecord } from "../view/graph-view.ts";

export function coreNumberValues(view: GraphView): Float64Array {
  const { n } = view;
  const rows: Array<readonly [Int32Array, Int32Array]> = view.directed
    ? [
        [view.outOffsets, view.outTargets],
        [view.inOffsets, view.inTargets],
      ]
    : [[view.outOffsets, view.outTargets]];
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    for (const [off] of rows) deg[v] += off[v + 1] - off[v];
    if (deg[v] > maxDeg) maxDeg = deg[v];
  }
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v]]++;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = bin[d];
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    for (const [off, adj] of rows) {
      for (let e = off[v]; e < off[v + 1]; e++) {
        const u = adj[e];
        if (deg[u] > deg[v]) {
          const du = deg[u];
          const pu = pos[u];
          const pw = bin[du];
          const w = vert[pw];
          if (u !== w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
          }
          bin[du]++;
          deg[u]--;
        }
      }
    }
  }
  return Float64Array.from(deg);
}

export function coreNumber(view: GraphView): Record<string, number> {
  return toRecord(view, coreNumberValues(view));
}
