/**
 * Permutation test for the whole-network E-I index: shuffle the group labels over the grouped
 * nodes (sizes stay the same, the ties stay where they are) and see how often chance gives an
 * E-I at least as far from the permutation mean as the observed one.
 * Krackhardt & Stern (1988) compare with a random-mixing baseline; the label permutation is the
 * usual QAP-style variant (UCINET's E-I permutation test). Seeded with createRng (deterministic).
 */
import { createRng, DEFAULT_SEED, shuffleInPlace } from "@ecolens/core";
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

const EPS = 1e-12;

export function eiPermutationTest(
  view: GraphView,
  groups: VertexGroups,
  options: EiPermutationOptions = {},
): EiPermutationResult {
  const permutations = Math.max(0, Math.floor(options.permutations ?? 999));
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

  const grouped: number[] = [];
  groups.forEach((g, i) => {
    if (g !== null) grouped.push(i);
  });
  const pool = grouped.map((i) => groups[i] as string);
  const labels: (string | null)[] = [...groups];
  const rng = createRng(seed);
  const values: number[] = [];
  for (let k = 0; k < permutations; k++) {
    shuffleInPlace(pool, rng);
    grouped.forEach((vertex, j) => {
      labels[vertex] = pool[j];
    });
    const c = countEI(ties, labels);
    // The grouped ties are the same in every permutation, so E + I never changes (> 0 here).
    values.push(eiRatio(c.E, c.I) as number);
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
