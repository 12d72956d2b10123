/**
 * Krackhardt & Stern's E-I index: (E − I)/(E + I), E = ties between groups, I = ties within.
 *
 * Krackhardt, D. & Stern, R.N. (1988). Informal networks and organizational crises: an
 * experimental simulation. Social Psychology Quarterly 51(2):123-140. Per node: Everett, M.G. &
 * Borgatti, S.P. (2012). Categorical attribute based centrality: E-I and G-F centrality. Social
 * Networks 34(4):562-569.
 *
 * - whole: all ties; groups: ties with at least one end in the group (E = the other end is
 *   outside); nodes: the node's own ties (directed: in- and out-arcs together).
 * - expected_random_mixing: the same ratio over all possible pairs (unordered for undirected,
 *   ordered for directed views).
 * - Ties are counted once per pair (undirected) or arc (directed); weights are ignored.
 * - Nodes whose group is null stand outside the grouping (e.g. government in the formal split):
 *   they are not counted in group sizes and their ties are left out (reported as `excluded`).
 * - 0/0 gives null (an isolate, or a network without ties).
 */
import type { GraphView } from "../view/graph-view.ts";
import { compareIds } from "../view/graph-view.ts";
import type { VertexGroups } from "./vertex-groups.ts";

export interface EiCounts {
  E: number;
  I: number;
  ei: number | null;
}

export interface EiExpected {
  E_possible: number;
  I_possible: number;
  ei: number | null;
}

export interface EiIndexResult {
  unit: "arcs (ordered pairs)" | "edges (unordered pairs)";
  whole: EiCounts;
  expected_random_mixing: EiExpected;
  group_sizes: Record<string, number>;
  groups: Record<string, EiCounts & { expected_random_mixing: EiExpected }>;
  nodes: Record<string, EiCounts>;
  /** Nodes without a group and the ties that touch them, left out of every count. */
  excluded: { nodes: string[]; ties: number };
}

export function eiRatio(E: number, I: number): number | null {
  return E + I === 0 ? null : (E - I) / (E + I);
}

/** The ties of a view once each, as [u, v] vertex pairs (u→v for directed views). */
export function tieList(view: GraphView): Array<[number, number]> {
  const ties: Array<[number, number]> = [];
  for (let u = 0; u < view.n; u++) {
    for (let k = view.outOffsets[u]; k < view.outOffsets[u + 1]; k++) {
      const v = view.outTargets[k];
      if (view.directed || u < v) ties.push([u, v]);
    }
  }
  return ties;
}

/** Possible between- and within-group pairs for these group sizes. */
export function possiblePairs(sizes: readonly number[], directed: boolean): EiExpected {
  const total = sizes.reduce((a, b) => a + b, 0);
  let within = 0;
  for (const n of sizes) within += (n * (n - 1)) / 2;
  const between = (total * (total - 1)) / 2 - within;
  const factor = directed ? 2 : 1;
  return { E_possible: between * factor, I_possible: within * factor, ei: eiRatio(between, within) };
}

/** Whole-network E and I for a labelling (used by the permutation test too). */
export function countEI(
  ties: ReadonlyArray<readonly [number, number]>,
  labels: VertexGroups,
): { E: number; I: number } {
  let E = 0;
  let I = 0;
  for (const [u, v] of ties) {
    const gu = labels[u];
    const gv = labels[v];
    if (gu === null || gv === null) continue;
    if (gu === gv) I++;
    else E++;
  }
  return { E, I };
}

export function eiIndex(view: GraphView, groups: VertexGroups): EiIndexResult {
  if (groups.length !== view.n) throw new Error(`groups has ${groups.length} entries for ${view.n} vertices`);
  const sizeOf = new Map<string, number>();
  for (const g of groups) if (g !== null) sizeOf.set(g, (sizeOf.get(g) ?? 0) + 1);
  const names = [...sizeOf.keys()].sort(compareIds);
  const N = [...sizeOf.values()].reduce((a, b) => a + b, 0);

  const nodeE = new Float64Array(view.n);
  const nodeI = new Float64Array(view.n);
  const groupE = new Map<string, number>(names.map((g) => [g, 0]));
  const groupI = new Map<string, number>(names.map((g) => [g, 0]));
  let excludedTies = 0;
  const ties = tieList(view);
  for (const [u, v] of ties) {
    const gu = groups[u];
    const gv = groups[v];
    if (gu === null || gv === null) {
      excludedTies++;
      continue;
    }
    if (gu === gv) {
      nodeI[u]++;
      nodeI[v]++;
      groupI.set(gu, groupI.get(gu)! + 1);
    } else {
      nodeE[u]++;
      nodeE[v]++;
      groupE.set(gu, groupE.get(gu)! + 1);
      groupE.set(gv, groupE.get(gv)! + 1);
    }
  }
  const whole = countEI(ties, groups);
  const factor = view.directed ? 2 : 1;

  const group_sizes: Record<string, number> = Object.create(null);
  const groupResults: EiIndexResult["groups"] = Object.create(null);
  for (const g of names) {
    const n = sizeOf.get(g)!;
    group_sizes[g] = n;
    const E = groupE.get(g)!;
    const I = groupI.get(g)!;
    const Ep = n * (N - n) * factor;
    const Ip = ((n * (n - 1)) / 2) * factor;
    groupResults[g] = {
      E,
      I,
      ei: eiRatio(E, I),
      expected_random_mixing: { E_possible: Ep, I_possible: Ip, ei: eiRatio(Ep, Ip) },
    };
  }
  const nodes: Record<string, EiCounts> = Object.create(null);
  const excludedNodes: string[] = [];
  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  for (const [id, i] of order) {
    if (groups[i] === null) {
      excludedNodes.push(id);
      continue;
    }
    nodes[id] = { E: nodeE[i], I: nodeI[i], ei: eiRatio(nodeE[i], nodeI[i]) };
  }
  return {
    unit: view.directed ? "arcs (ordered pairs)" : "edges (unordered pairs)",
    whole: { E: whole.E, I: whole.I, ei: eiRatio(whole.E, whole.I) },
    expected_random_mixing: possiblePairs(
      names.map((g) => sizeOf.get(g)!),
      view.directed,
    ),
    group_sizes,
    groups: groupResults,
    nodes,
    excluded: { nodes: excludedNodes, ties: excludedTies },
  };
}
