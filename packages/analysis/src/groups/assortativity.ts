/**
 * Assortativity: do ties join alike nodes?
 *
 * - Attribute assortativity: Newman, M.E.J. (2003). Mixing patterns in networks. Physical
 *   Review E 67:026126. r = (Σ_k e_kk − Σ_k a_k b_k)/(1 − Σ_k a_k b_k), e_kl = fraction of tie
 *   ends joining category k to l (undirected: each edge both ways), a, b = row and column sums.
 * - Degree assortativity: Newman, M.E.J. (2002). Assortative mixing in networks. PRL
 *   89:208701. The Pearson correlation of the degrees at the two ends of each tie (undirected:
 *   each edge both ways; directed: out-degree of the source with in-degree of the target, as
 *   networkx's default x='out', y='in').
 * Unweighted, like networkx's attribute_assortativity_coefficient and
 * degree_assortativity_coefficient. Ties touching a node without a group are left out of the
 * attribute version. Undefined values (no ties, or no variance) are null.
 */
import type { GraphView } from "../view/graph-view.ts";
import type { VertexGroups } from "./vertex-groups.ts";

/** Every tie as (from, to), undirected edges in both directions. */
function forEachTieEnd(view: GraphView, visit: (u: number, v: number) => void): void {
  for (let u = 0; u < view.n; u++) {
    for (let k = view.outOffsets[u]; k < view.outOffsets[u + 1]; k++) visit(u, view.outTargets[k]);
  }
}

export function attributeAssortativity(view: GraphView, groups: VertexGroups): number | null {
  const mixing = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let total = 0;
  forEachTieEnd(view, (u, v) => {
    const gu = groups[u];
    const gv = groups[v];
    if (gu === null || gv === null) return;
    total++;
    if (gu === gv) mixing.set(gu, (mixing.get(gu) ?? 0) + 1);
    rows.set(gu, (rows.get(gu) ?? 0) + 1);
    cols.set(gv, (cols.get(gv) ?? 0) + 1);
  });
  if (total === 0) return null;
  let trace = 0;
  for (const count of mixing.values()) trace += count / total;
  let ab = 0;
  for (const [g, a] of rows) ab += (a / total) * ((cols.get(g) ?? 0) / total);
  return Math.abs(1 - ab) < 1e-12 ? null : (trace - ab) / (1 - ab);
}

export function degreeAssortativity(view: GraphView): number | null {
  const outDegree = (u: number) => view.outOffsets[u + 1] - view.outOffsets[u];
  const inDegree = (v: number) => view.inOffsets[v + 1] - view.inOffsets[v];
  let count = 0;
  let sx = 0;
  let sy = 0;
  forEachTieEnd(view, (u, v) => {
    count++;
    sx += outDegree(u);
    sy += inDegree(v);
  });
  if (count === 0) return null;
  const mx = sx / count;
  const my = sy / count;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  forEachTieEnd(view, (u, v) => {
    const dx = outDegree(u) - mx;
    const dy = inDegree(v) - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  });
  // Degrees are integers: a variance that is 0 up to rounding means "all ends alike".
  if (vx < 1e-12 || vy < 1e-12) return null;
  return cov / Math.sqrt(vx * vy);
}
