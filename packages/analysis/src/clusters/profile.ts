/**
 * What each cluster is made of and how clusters hang together: composition by sector, type,
 * municipality and theme; main organisations; tie density within and between clusters; the
 * organisations that bridge clusters, with Guimerà & Amaral's participation coefficient
 * P_i = 1 − Σ_c (k_ic / k_i)² (Nature 433, 2005: 895-900); and how far clusters follow
 * municipality and sector (NMI, adjusted Rand).
 */
import type Graph from "graphology";
import { compareIds, type GraphView } from "../view/graph-view.ts";
import { type Agreement, partitionAgreement } from "./agreement.ts";
import { type ClusterOptions, type Clusters, clusterView, detectClusters } from "./louvain.ts";

export interface CountShare {
  value: string;
  count: number;
  share: number;
}

export interface ClusterProfile {
  cluster: number;
  size: number;
  /** Ties inside the cluster / possible pairs. */
  internal_ties: number;
  density: number | null;
  by_sector: CountShare[];
  by_org_type: CountShare[];
  by_municipality: CountShare[];
  by_theme: CountShare[];
  /** Up to five members with the most ties inside the cluster (then total ties, then id). */
  main_organisations: Array<{ id: string; label: string; internal_degree: number; degree: number }>;
}

export interface ClusterLink {
  a: number;
  b: number;
  ties: number;
  /** ties / (size_a × size_b). */
  density: number;
}

export interface ClusterBridge {
  id: string;
  label: string;
  cluster: number;
  degree: number;
  external_ties: number;
  /** Other clusters this organisation has ties into, in number order. */
  clusters_reached: number[];
  participation: number;
}

export interface ClusterReport extends Clusters {
  profiles: ClusterProfile[];
  between: ClusterLink[];
  bridges: ClusterBridge[];
  follows: { municipality: Agreement; sector: Agreement };
}

const MISSING = "unknown";

function tally(values: Iterable<string>, size: number): CountShare[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count, share: size === 0 ? 0 : count / size }))
    .sort((a, b) => b.count - a.count || compareIds(a.value, b.value));
}

const str = (x: unknown): string | undefined => (typeof x === "string" && x !== "" ? x : undefined);
const list = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((v): v is string => typeof v === "string") : [];

/** Louvain clusters plus their profiles, links and bridges. */
export function analyseClusters(graph: Graph, options: ClusterOptions = {}): ClusterReport {
  const clusters = detectClusters(graph, options);
  return profileClusters(graph, clusters);
}

/** What the steps share: the view, each vertex's cluster, the tie counts and the attribute readers. */
interface ClusterTies {
  graph: Graph;
  view: GraphView;
  clusters: Clusters;
  /** Cluster number per vertex index. */
  cl: Int32Array;
  /** min(a,b)·(k+1)+max(a,b) -> ties between clusters a and b (a = b: inside). */
  pairTies: Map<number, number>;
  /** Ties of each vertex inside its own cluster. */
  internal: Int32Array;
  /** Per vertex: cluster -> ties into it. */
  reach: Array<Map<number, number>>;
  degree: (i: number) => number;
  label: (id: string) => string;
  municipalityOf: (id: string) => string | undefined;
}

/** Tie counts within and between clusters, internal degree per vertex. */
function clusterTies(graph: Graph, clusters: Clusters): ClusterTies {
  const view: GraphView = clusterView(graph, false);
  const k = clusters.count;
  const cl = Int32Array.from(view.ids, (id) => clusters.membership[id]);
  const attr = (id: string, name: string) => graph.getNodeAttribute(id, name);
  const pairTies = new Map<number, number>();
  const internal = new Int32Array(view.n);
  const reach: Array<Map<number, number>> = view.ids.map(() => new Map());
  for (let i = 0; i < view.n; i++)
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const j = view.outTargets[e];
      const [a, b] = [cl[i], cl[j]];
      reach[i].set(b, (reach[i].get(b) ?? 0) + 1);
      if (a === b) internal[i]++;
      if (i < j) {
        const key = Math.min(a, b) * (k + 1) + Math.max(a, b);
        pairTies.set(key, (pairTies.get(key) ?? 0) + 1);
      }
    }
  return {
    graph,
    view,
    clusters,
    cl,
    pairTies,
    internal,
    reach,
    degree: (i) => view.outOffsets[i + 1] - view.outOffsets[i],
    label: (id) => str(attr(id, "label")) ?? id,
    municipalityOf: (id) => str(attr(id, "nis_code")) ?? str(attr(id, "municipality")),
  };
}

function clusterProfile(t: ClusterTies, ids: string[], c0: number): ClusterProfile {
  const { view, internal } = t;
  const attr = (id: string, name: string) => t.graph.getNodeAttribute(id, name);
  const k = t.clusters.count;
  const c = c0 + 1;
  const size = ids.length;
  const ties = t.pairTies.get(c * (k + 1) + c) ?? 0;
  const possible = (size * (size - 1)) / 2;
  const idx = ids.map((id) => view.index.get(id)!);
  return {
    cluster: c,
    size,
    internal_ties: ties,
    density: possible === 0 ? null : ties / possible,
    by_sector: tally(
      ids.map((id) => str(attr(id, "sector")) ?? MISSING),
      size,
    ),
    by_org_type: tally(
      ids.map((id) => str(attr(id, "org_type")) ?? MISSING),
      size,
    ),
    by_municipality: tally(
      ids.map((id) => t.municipalityOf(id) ?? MISSING),
      size,
    ),
    by_theme: tally(
      ids.flatMap((id) => [...new Set(list(attr(id, "themes")))]),
      size,
    ),
    main_organisations: idx
      .map((i) => ({
        id: view.ids[i],
        label: t.label(view.ids[i]),
        internal_degree: internal[i],
        degree: t.degree(i),
      }))
      .sort((a, b) => b.internal_degree - a.internal_degree || b.degree - a.degree || compareIds(a.id, b.id))
      .slice(0, 5),
  };
}

function clusterLinks(t: ClusterTies): ClusterLink[] {
  const k = t.clusters.count;
  const between: ClusterLink[] = [];
  for (let a = 1; a <= k; a++)
    for (let b = a + 1; b <= k; b++) {
      const ties = t.pairTies.get(a * (k + 1) + b) ?? 0;
      if (ties > 0)
        between.push({
          a,
          b,
          ties,
          density: ties / (t.clusters.members[a - 1].length * t.clusters.members[b - 1].length),
        });
    }
  return between.sort((x, y) => y.ties - x.ties || x.a - y.a || x.b - y.b);
}

/** Organisations with ties into other clusters, with their participation coefficient. */
function clusterBridges(t: ClusterTies): ClusterBridge[] {
  const { view, cl, reach } = t;
  const bridges: ClusterBridge[] = [];
  for (let i = 0; i < view.n; i++) {
    const d = t.degree(i);
    const external = d - t.internal[i];
    if (external === 0) continue;
    let sumSq = 0;
    for (const kc of reach[i].values()) sumSq += (kc / d) ** 2;
    bridges.push({
      id: view.ids[i],
      label: t.label(view.ids[i]),
      cluster: cl[i],
      degree: d,
      external_ties: external,
      clusters_reached: [...reach[i].keys()].filter((c) => c !== cl[i]).sort((x, y) => x - y),
      participation: 1 - sumSq,
    });
  }
  return bridges.sort(
    (x, y) =>
      y.clusters_reached.length - x.clusters_reached.length ||
      y.external_ties - x.external_ties ||
      compareIds(x.id, y.id),
  );
}

/** Profiles of a given partition (e.g. from detectClusters). */
export function profileClusters(graph: Graph, clusters: Clusters): ClusterReport {
  const t = clusterTies(graph, clusters);
  const { view } = t;
  const clusterLabels = view.ids.map((id) => String(clusters.membership[id]));
  return {
    ...clusters,
    profiles: clusters.members.map((ids, c0) => clusterProfile(t, ids, c0)),
    between: clusterLinks(t),
    bridges: clusterBridges(t),
    follows: {
      municipality: partitionAgreement(
        clusterLabels,
        view.ids.map((id) => t.municipalityOf(id)),
      ),
      sector: partitionAgreement(
        clusterLabels,
        view.ids.map((id) => str(graph.getNodeAttribute(id, "sector"))),
      ),
    },
  };
}
