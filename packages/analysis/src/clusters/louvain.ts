/**
 * Clusters (communities) by Louvain modularity optimisation: Blondel, Guillaume, Lambiotte &
 * Lefebvre (2008), "Fast unfolding of communities in large networks", J. Stat. Mech. P10008.
 * Runs graphology-communities-louvain on an undirected *simple* weighted copy of the network
 * (parallel relations merged by summing strengths, directions dropped): the library would treat a
 * mixed multigraph's parallel and directed edges differently from the inventory's meaning.
 * Results depend on the visiting order, so the rng is always seeded (docs/metrics §3.4).
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import type Graph from "graphology";
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { buildView, compareIds, type GraphView } from "../view/graph-view.ts";
import { modularityOfView } from "./modularity.ts";

export interface ClusterOptions {
  seed?: number;
  /** γ, default 1: above 1 gives more and smaller clusters. */
  resolution?: number;
  /** Use relation strengths (default true); false counts each tie once. */
  weighted?: boolean;
}

export const CLUSTER_DEFAULTS = { seed: DEFAULT_SEED, resolution: 1, weighted: true } as const;

export interface Clusters {
  seed: number;
  resolution: number;
  weighted: boolean;
  /** Modularity of the partition (null when the network has no ties). */
  modularity: number | null;
  count: number;
  /** Organisation id -> cluster number (1 = largest; equal sizes by smallest member id). */
  membership: Record<string, number>;
  /** Cluster number -> members in id order. */
  members: string[][];
}

/** The undirected simple view clusters are found on. */
export function clusterView(graph: Graph, weighted = true): GraphView {
  return buildView(graph, { directed: false, getEdgeWeight: weighted ? "weight" : null });
}

export function detectClusters(graph: Graph, options: ClusterOptions = {}): Clusters {
  const seed = options.seed ?? CLUSTER_DEFAULTS.seed;
  const resolution = options.resolution ?? CLUSTER_DEFAULTS.resolution;
  const weighted = options.weighted ?? CLUSTER_DEFAULTS.weighted;
  if (!(resolution > 0) || !Number.isFinite(resolution))
    throw new RangeError(
      `ecolens/analysis clusters: resolution must be a positive number, got ${resolution}`,
    );
  const view = clusterView(graph, weighted);
  const simple = new UndirectedGraph();
  for (const id of view.ids) simple.addNode(id);
  for (let i = 0; i < view.n; i++)
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const j = view.outTargets[e];
      // Non-positive strengths would break modularity's arithmetic; such ties count as absent.
      if (i < j && view.outWeights[e] > 0)
        simple.addEdge(view.ids[i], view.ids[j], { weight: weighted ? view.outWeights[e] : 1 });
    }
  const raw = louvain(simple, { getEdgeWeight: "weight", resolution, rng: createRng(seed) });
  const numbered = renumber(view, (id) => raw[id]);
  return {
    seed,
    resolution,
    weighted,
    modularity: modularityOfView(view, numbered.vertexCluster, { resolution, weighted }),
    count: numbered.members.length,
    membership: numbered.membership,
    members: numbered.members,
  };
}

/**
 * Stable cluster numbers from any labelling: 1 = the largest cluster, equal sizes ordered by their
 * smallest member id, so the same partition always reads the same whatever the library's labels.
 */
export function renumber(
  view: GraphView,
  labelOf: (id: string) => number | string,
): { membership: Record<string, number>; members: string[][]; vertexCluster: Int32Array } {
  const groups = new Map<string, string[]>();
  for (const id of view.ids) {
    const key = String(labelOf(id));
    const list = groups.get(key);
    if (list) list.push(id);
    else groups.set(key, [id]);
  }
  const members = [...groups.values()].map((list) => list.sort(compareIds));
  members.sort((a, b) => b.length - a.length || compareIds(a[0], b[0]));
  const membership: Record<string, number> = Object.create(null);
  members.forEach((list, c) => {
    for (const id of list) membership[id] = c + 1;
  });
  const vertexCluster = Int32Array.from(view.ids, (id) => membership[id]);
  return { membership, members, vertexCluster };
}
