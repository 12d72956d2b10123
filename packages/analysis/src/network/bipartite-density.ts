/**
 * Density of a two-mode network (e.g. organisations × activities): m / (n_A · n_B), the share of
 * possible cross-mode ties that exist (networkx.bipartite.density). `kinds[i]` is vertex i's
 * mode; exactly two distinct non-null kinds are expected, otherwise the density is null.
 * Ties within one mode are counted as well (they should not exist in a two-mode network).
 */
import { compareIds, type GraphView } from "../view/graph-view.ts";

export interface BipartiteDensityResult {
  bipartite_density: number | null;
  n_by_kind: Record<string, number>;
}

export function bipartiteDensity(view: GraphView, kinds: readonly (string | null)[]): BipartiteDensityResult {
  const counts = new Map<string, number>();
  for (const k of kinds) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  const n_by_kind: Record<string, number> = Object.create(null);
  for (const k of [...counts.keys()].sort(compareIds)) n_by_kind[k] = counts.get(k)!;
  const sizes = [...counts.values()];
  const possible = sizes.length === 2 ? sizes[0] * sizes[1] * (view.directed ? 2 : 1) : 0;
  return { bipartite_density: possible > 0 ? view.m / possible : null, n_by_kind };
}
