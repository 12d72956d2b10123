/**
 * Burt's structural-hole measures: constraint, effective size and efficiency.
 *
 * Burt (1992), Structural Holes: The Social Structure of Competition, Harvard UP; Burt (2004),
 * AJS 110:349-399; Borgatti (1997), "Structural holes: unpacking Burt's redundancy measures",
 * Connections 20(1):35-38. Formulas as networkx 3.6.1 documents them (metrics.md §3.2):
 *   p_ij = w_ij / Σ_k w_ik                       (sum-normalised mutual weight)
 *   m_jq = w_jq / max_k w_jk                     (max-normalised)
 *   constraint c_i   = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)\{j}} p_iq p_qj)²
 *   effective size e_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq)
 *   efficiency = e_i / |N(i)|
 * Isolates get null (networkx: NaN). Unweighted = a view built with `getEdgeWeight: null`;
 * then e_i equals Borgatti's d − 2t/d. Note: networkx's default weighted `effective_size` call
 * (all nodes, sparse path) is wrong (networkx PR #8906); we follow the documented formula.
 */
import type { GraphView } from "../view/graph-view.ts";
import { compareIds } from "../view/graph-view.ts";
import { mutualWeights } from "./mutual-weights.ts";

export interface StructuralHolesResult {
  constraint: Record<string, number | null>;
  effective_size: Record<string, number | null>;
  efficiency: Record<string, number | null>;
}

export function structuralHoles(view: GraphView): StructuralHolesResult {
  const { n, offsets, targets, weights } = mutualWeights(view);
  const sum = new Float64Array(n);
  const max = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      sum[i] += weights[k];
      if (weights[k] > max[i]) max[i] = weights[k];
    }
  }
  const constraint = new Float64Array(n).fill(Number.NaN);
  const effective = new Float64Array(n).fill(Number.NaN);
  const efficiency = new Float64Array(n).fill(Number.NaN);
  // p_iq for the current ego i, indexed by vertex (0 = not a neighbour of i).
  const pEgo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const degree = offsets[i + 1] - offsets[i];
    if (degree === 0 || sum[i] === 0) continue;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) pEgo[targets[k]] = weights[k] / sum[i];
    let c = 0;
    let e = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const j = targets[k];
      // Walk j's neighbours q that are also i's neighbours: p_qj = w_qj / sum_q, m_jq = w_jq / max_j.
      let indirect = 0;
      let redundancy = 0;
      for (let l = offsets[j]; l < offsets[j + 1]; l++) {
        const q = targets[l];
        const piq = pEgo[q];
        if (q === i || piq === 0) continue;
        indirect += piq * (weights[l] / sum[q]);
        if (max[j] > 0) redundancy += piq * (weights[l] / max[j]);
      }
      const local = pEgo[j] + indirect;
      c += local * local;
      e += 1 - redundancy;
    }
    for (let k = offsets[i]; k < offsets[i + 1]; k++) pEgo[targets[k]] = 0;
    constraint[i] = c;
    effective[i] = e;
    efficiency[i] = e / degree;
  }
  return {
    constraint: nullableRecord(view, constraint),
    effective_size: nullableRecord(view, effective),
    efficiency: nullableRecord(view, efficiency),
  };
}

/** `{id: value}` in natural id order with NaN turned into null (JSON has no NaN). */
export function nullableRecord(view: GraphView, values: ArrayLike<number>): Record<string, number | null> {
  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  const out: Record<string, number | null> = Object.create(null);
  for (const [id, i] of order) out[id] = Number.isNaN(values[i]) ? null : values[i];
  return out;
}
