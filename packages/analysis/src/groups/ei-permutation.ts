/**
 * Permutation test for the whole-network E-I index: shuffle the group labels over the grouped
 * nodes (sizes stay the same, the ties stay where they are) and see how often chance gives an
 * E-I at least as far from the permutation mean as the observed one.
 * Krackhardt & Stern (1988) compare with a random-mixing baseline; the label permutation is the
 * usual QAP-style variant (UCINET's E-I permutation test). Seeded with createRng (deterministic).
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import type { GraphView } from "../view/graph-view.ts";
import { countEI, eiRatio, tieList } from "./ei-index.ts";
import type { VertexGroups } from "./vertex-groups.ts";

export interface EiPermutationOptions {
  permutations?: number;
  seed?: number;
}

export interface EiPermutationResult {
  observed: number | null;
  permutations: number;
  seed: number;
  /** Mean E-I over the permutations (null if no permutation had ties between grouped nodes). */
  mean: number | null;
  /** (1 + #{perm ≥ observed}) / (1 + permutations): evidence for "more mixing than chance". */
  p_greater: number | null;
  /** (1 + #{perm ≤ observed}) / (1 + permutations): evidence for "more closed than chance". */
  p_less: number | null;
  /** (1 + #{|perm − mean| ≥ |observed − mean|}) / (1 + permutations). */
  p_two_sided: number | null;
}

/** The permutation test's default size (the registry's `permutations` option default). */
export const EI_PERMUTATION_DEFAULTS = { permutations: 999 } as const;

const EPS = 1e-12;

export function eiPermutationTest(
  view: GraphView,
  groups: VertexGroups,
  options: EiPermutationOptions = {},
): EiPermutationResult {
  const permutations = Math.max(0, Math.floor(options.permutations ?? EI_PERMUTATION_DEFAULTS.permutations));
  const seed = options.seed ?? DEFAULT_SEED;
  const ties = tieList(view);
  const observedCounts = countEI(ties, groups);
  const observed = eiRatio(observedCounts.E, observedCounts.I);
  const empty = {
    observed,
    permutations,
    seed,
    mean: null,
    p_greater: null,
    p_less: null,
    p_two_sided: null,
  };
  if (observed === null || permutations === 0) return empty;

  // Integer codes and flat tie arrays: the loop below runs permutations × ties times.
  const codeOf = new Map<string, number>();
  const codes = Int32Array.from(groups, (g) => {
    if (g === null) return -1;
    if (!codeOf.has(g)) codeOf.set(g, codeOf.size);
    return codeOf.get(g)!;
  });
  const from = Int32Array.from(ties, ([u]) => u);
  const to = Int32Array.from(ties, ([, v]) => v);
  const grouped: number[] = [];
  codes.forEach((c, i) => {
    if (c >= 0) grouped.push(i);
  });
  const pool = grouped.map((i) => codes[i]);
  const labels = Int32Array.from(codes);
  const rng = createRng(seed);
  const values: number[] = [];
  for (let k = 0; k < permutations; k++) {
    // Fisher-Yates as core's shuffleInPlace (same draws), without its per-swap array.
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const tmp = pool[i];
      pool[i] = pool[j];
      pool[j] = tmp;
    }
    for (let j = 0; j < grouped.length; j++) labels[grouped[j]] = pool[j];
    let E = 0;
    let I = 0;
    for (let t = 0; t < from.length; t++) {
      const a = labels[from[t]];
      const b = labels[to[t]];
      if (a < 0 || b < 0) continue;
      if (a === b) I++;
      else E++;
    }
    // The grouped ties are the same in every permutation, so E + I never changes (> 0 here).
    values.push((E - I) / (E + I));
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let ge = 0;
  let le = 0;
  let extreme = 0;
  for (const v of values) {
    if (v >= observed - EPS) ge++;
    if (v <= observed + EPS) le++;
    if (Math.abs(v - mean) >= Math.abs(observed - mean) - EPS) extreme++;
  }
  const p = (count: number) => (count + 1) / (permutations + 1);
  return { observed, permutations, seed, mean, p_greater: p(ge), p_less: p(le), p_two_sided: p(extreme) };
}
