/**
 * The shared passes over a network that several metrics read: one Brandes pass (betweenness), one
 * distance-sum pass (closeness, harmonic, path lengths, centralization), degrees, triangles,
 * component labels, articulation points, the binary view and the vertex groups. A descriptor
 * names the passes it reads (`passes`); `analyseNetwork` runs the union of what the requested
 * descriptors name, each once, and nothing else (analyse/pass-runner.ts).
 */
import type { EcoNetwork } from "@ecolens/core";
import { betweennessSums, scaleBetweenness } from "../centrality/betweenness.ts";
import { type TriangleCounts, triangleCounts } from "../centrality/clustering.ts";
import { type DegreeValues, degreeValues } from "../centrality/degree.ts";
import { type DistanceSums, distanceSums } from "../distances/distance-sums.ts";
import type { WeightMode } from "../engine/lengths.ts";
import { symmetrise } from "../engine/symmetrise.ts";
import {
  DEFAULT_GROUPING,
  groupsFromAttribute,
  sectorGroups,
  type VertexGroups,
} from "../groups/vertex-groups.ts";
import { type ArticulationResult, articulation } from "../network/articulation.ts";
import { type ComponentLabels, componentLabels } from "../network/components.ts";
import { buildView, type GraphView } from "../view/graph-view.ts";

export interface BetweennessPass {
  raw: Float64Array;
  normalized: Float64Array;
}

/** Distance sums: incoming, outgoing and on the undirected version (the same object when undirected). */
export interface DistanceSumsPass {
  in: DistanceSums;
  out: DistanceSums;
  und: DistanceSums;
}

export interface VertexGroupsPass {
  groups: VertexGroups;
  /** The attribute name, or "formal_split". */
  grouping: string;
  /** At least one vertex has a group. */
  any: boolean;
}

export interface PassResults {
  undirected: GraphView;
  betweenness: BetweennessPass;
  distance_sums: DistanceSumsPass;
  degrees: DegreeValues;
  triangles: TriangleCounts;
  component_labels: ComponentLabels;
  articulation: ArticulationResult;
  /** The view with every tie weight 1 (structural holes' and brokerage's binary convention). */
  binary_view: GraphView;
  vertex_groups: VertexGroupsPass;
}

export type PassId = keyof PassResults;

/** The all-pairs passes, already computed (by `analyseNetworkAsync` on worker threads, or sampled). */
export interface PrecomputedPasses {
  betweenness?: BetweennessPass;
  /** Sources behind `betweenness` when it was estimated from a sample (null/absent = exact). */
  betweennessSources?: number | null;
  distances?: DistanceSumsPass;
}

/** What a pass may read: the network, its view, the analysis options. */
export interface PassEnv {
  network: EcoNetwork;
  view: GraphView;
  distance: WeightMode;
  groupBy?: string;
  precomputed?: PrecomputedPasses;
  onProgress: (step: string, done: number, total: number) => void;
}

export interface PassSpec<P extends PassId> {
  /** Passes this one reads. */
  needs: readonly PassId[];
  run(env: PassEnv, get: <Q extends PassId>(id: Q) => PassResults[Q]): PassResults[P];
}

const step = (env: PassEnv, label: string) => (done: number, total: number) =>
  env.onProgress(label, done, total);

function runBetweenness(env: PassEnv): BetweennessPass {
  const { view, distance } = env;
  if (env.precomputed?.betweenness) return env.precomputed.betweenness;
  env.onProgress("betweenness", 0, view.n);
  return scaleBetweenness(
    view,
    betweennessSums(view, { distance }, { onProgress: step(env, "betweenness") }),
  );
}

function runDistanceSums(env: PassEnv, und: GraphView): DistanceSumsPass {
  if (env.precomputed?.distances) return env.precomputed.distances;
  const { view, distance } = env;
  env.onProgress("distances", 0, view.n);
  const incoming = distanceSums(view, { direction: "in", distance }, { onProgress: step(env, "distances") });
  if (!view.directed) return { in: incoming, out: incoming, und: incoming };
  return {
    in: incoming,
    out: distanceSums(view, { direction: "out", distance }, { onProgress: step(env, "distances (out)") }),
    und: distanceSums(und, { distance }, { onProgress: step(env, "distances (undirected)") }),
  };
}

function runVertexGroups(env: PassEnv): VertexGroupsPass {
  const { network, view, groupBy } = env;
  const groups = groupBy
    ? groupsFromAttribute(network.graph, view, groupBy)
    : sectorGroups(network.graph, view, DEFAULT_GROUPING);
  return { groups, grouping: groupBy ?? DEFAULT_GROUPING, any: groups.some((g) => g !== null) };
}

/** Every pass, in the order a plan runs them (the long all-pairs passes first, as progress shows them). */
export const PASSES: { readonly [P in PassId]: PassSpec<P> } = {
  betweenness: { needs: [], run: (env) => runBetweenness(env) },
  undirected: { needs: [], run: (env) => symmetrise(env.view) },
  distance_sums: { needs: ["undirected"], run: (env, get) => runDistanceSums(env, get("undirected")) },
  degrees: { needs: [], run: (env) => degreeValues(env.view) },
  triangles: { needs: [], run: (env) => triangleCounts(env.view) },
  component_labels: { needs: [], run: (env) => componentLabels(env.view) },
  articulation: { needs: [], run: (env) => articulation(env.view) },
  binary_view: {
    needs: [],
    run: (env) => {
      env.onProgress("groups", 0, 1);
      return buildView(env.network.graph, { getEdgeWeight: null, directed: env.view.directed });
    },
  },
  vertex_groups: {
    needs: [],
    run: (env) => {
      env.onProgress("groups", 0, 1);
      return runVertexGroups(env);
    },
  },
};

export const PASS_ORDER = Object.keys(PASSES) as PassId[];

/** The passes the given ones read, with what those read in turn, in PASS_ORDER. */
export function passClosure(ids: Iterable<PassId>): PassId[] {
  const seen = new Set<PassId>();
  const visit = (id: PassId) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const need of PASSES[id].needs) visit(need);
  };
  for (const id of ids) visit(id);
  return PASS_ORDER.filter((id) => seen.has(id));
}
