/**
 * Gould-Fernandez brokerage roles per node, with expected values, standard deviations and
 * z-scores as R sna's `brokerage` reports them.
 *
 * Gould, R.V. & Fernandez, R.M. (1989). Structures of mediation: a formal approach to brokerage
 * in transaction networks. Sociological Methodology 19:89-126. v brokers the ordered pair (a,c)
 * iff a→v→c, a≠c and there is no arc a→c; the pair is classified by the groups of (a,v,c):
 * w_I coordinator (A A A), w_O itinerant (A B A), b_IO representative (A A B), b_OI gatekeeper
 * (A B B), b_O liaison (A B C); t = total. Undirected views: every edge is two arcs.
 * Weights are ignored (ties are binary). Null model: see null-model.ts.
 */
import type { GraphView } from "../view/graph-view.ts";
import { compareIds } from "../view/graph-view.ts";
import {
  graphMoments,
  nodeMoments,
  nullModelTerms,
  ROLES,
  type Role,
  type RoleValues,
} from "./null-model.ts";

export { ROLES, type Role, type RoleValues } from "./null-model.ts";

/** Nodes without a group (null) are put together in this group: sna needs every node in one. */
export const UNGROUPED = "(none)";

export type RoleNullable = Record<Role, number | null>;

export interface BrokerageResult {
  roles: readonly Role[];
  /** Arc density d = arcs / (N(N−1)) of the null model. */
  density: number;
  group_sizes: Record<string, number>;
  node_group: Record<string, string>;
  node_raw: Record<string, RoleValues>;
  node_expected: Record<string, RoleValues>;
  node_sd: Record<string, RoleValues>;
  node_z: Record<string, RoleNullable>;
  graph_raw: RoleValues;
  graph_expected: RoleValues;
  graph_sd: RoleValues;
  graph_z: RoleNullable;
}

function zeroRoles(): RoleValues {
  return { w_I: 0, w_O: 0, b_IO: 0, b_OI: 0, b_O: 0, t: 0 };
}

function roleOf(ga: string, gv: string, gc: string): Role {
  if (ga === gv) return gv === gc ? "w_I" : "b_IO";
  if (ga === gc) return "w_O";
  return gv === gc ? "b_OI" : "b_O";
}

/** Raw role counts per vertex. */
export function brokerageCounts(view: GraphView, groups: readonly string[]): RoleValues[] {
  const { n, outOffsets, outTargets, inOffsets, inTargets } = view;
  const counts = Array.from({ length: n }, zeroRoles);
  // stamp[c] === a  <=>  a→c exists (only a's out-neighbours are ever stamped with a).
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const gv = groups[v];
    for (let k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
      const a = inTargets[k];
      for (let l = outOffsets[a]; l < outOffsets[a + 1]; l++) stamp[outTargets[l]] = a;
      for (let l = outOffsets[v]; l < outOffsets[v + 1]; l++) {
        const c = outTargets[l];
        if (c === a || stamp[c] === a) continue;
        const role = roleOf(groups[a], gv, groups[c]);
        counts[v][role]++;
        counts[v].t++;
      }
    }
  }
  return counts;
}

function zScores(raw: RoleValues, expected: RoleValues, sd: RoleValues): RoleNullable {
  const z = {} as RoleNullable;
  for (const role of ROLES) z[role] = sd[role] > 0 ? (raw[role] - expected[role]) / sd[role] : null;
  return z;
}

function sqrtRoles(variance: RoleValues): RoleValues {
  const sd = {} as RoleValues;
  for (const role of ROLES) sd[role] = Math.sqrt(variance[role]);
  return sd;
}

/**
 * Brokerage for a grouping: `groups[i]` is vertex i's group (null = no group, see UNGROUPED).
 */
export function gouldFernandezBrokerage(
  view: GraphView,
  groups: readonly (string | null)[],
): BrokerageResult {
  if (groups.length !== view.n) throw new Error(`groups has ${groups.length} entries for ${view.n} vertices`);
  const labels = groups.map((g) => g ?? UNGROUPED);
  const N = view.n;
  const arcs = view.directed ? view.m : 2 * view.m;
  const d = N > 1 ? arcs / (N * (N - 1)) : 0;
  const terms = nullModelTerms(d);
  const sizeOf = new Map<string, number>();
  for (const g of labels) sizeOf.set(g, (sizeOf.get(g) ?? 0) + 1);
  const groupNames = [...sizeOf.keys()].sort(compareIds);
  const sizes = groupNames.map((g) => sizeOf.get(g)!);

  const counts = brokerageCounts(view, labels);
  const momentsByGroup = new Map<string, ReturnType<typeof nodeMoments>>();
  for (const g of groupNames) {
    const others = groupNames.filter((h) => h !== g).map((h) => sizeOf.get(h)!);
    momentsByGroup.set(g, nodeMoments(N, sizeOf.get(g)!, others, terms));
  }

  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  const node_group: Record<string, string> = Object.create(null);
  const node_raw: Record<string, RoleValues> = Object.create(null);
  const node_expected: Record<string, RoleValues> = Object.create(null);
  const node_sd: Record<string, RoleValues> = Object.create(null);
  const node_z: Record<string, RoleNullable> = Object.create(null);
  const graph_raw = zeroRoles();
  for (const [id, i] of order) {
    const { expected, variance } = momentsByGroup.get(labels[i])!;
    const sd = sqrtRoles(variance);
    node_group[id] = labels[i];
    node_raw[id] = counts[i];
    node_expected[id] = { ...expected };
    node_sd[id] = sd;
    node_z[id] = zScores(counts[i], expected, sd);
    for (const role of ROLES) graph_raw[role] += counts[i][role];
  }
  const global = graphMoments(sizes, terms);
  const graph_sd = sqrtRoles(global.variance);
  const group_sizes: Record<string, number> = Object.create(null);
  for (const g of groupNames) group_sizes[g] = sizeOf.get(g)!;
  return {
    roles: ROLES,
    density: d,
    group_sizes,
    node_group,
    node_raw,
    node_expected,
    node_sd,
    node_z,
    graph_raw,
    graph_expected: global.expected,
    graph_sd,
    graph_z: zScores(graph_raw, global.expected, graph_sd),
  };
}
