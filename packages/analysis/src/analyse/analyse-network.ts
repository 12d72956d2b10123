/**
 * `analyseNetwork`: every selected registry metric on one network, sharing one CSR view and one
 * traversal per source between the metrics that need it (betweenness once; one distance-sum pass
 * serves closeness, harmonic, distances and centralization). Output: a plain, sorted,
 * JSON-serialisable AnalysisResult (docs/analyse-json.md).
 *
 * Weights: the view carries strengths; betweenness, closeness and distances are unweighted
 * (every tie one step) unless `distance` turns strength into a length explicitly ("inverse":
 * 1/strength; "weight": the weight itself is the length); `pagerank_weighted` and `strength`
 * use strength.
 * Digraphs (every tie directed): in/out variants; an inventory's mixed network is undirected.
 */
import { DEFAULT_SEED, type EcoNetwork } from "@ecolens/core";
import { betweennessSums, scaleBetweenness } from "../centrality/betweenness.ts";
import { closenessFromSums } from "../centrality/closeness.ts";
import { triangleCounts } from "../centrality/clustering.ts";
import { averageDirectedClustering } from "../centrality/clustering-directed.ts";
import { coreNumberValues } from "../centrality/core-number.ts";
import { degreeValues } from "../centrality/degree.ts";
import { eigenvectorValues } from "../centrality/eigenvector.ts";
import { pagerankValues } from "../centrality/pagerank.ts";
import { symmetrise } from "../engine/symmetrise.ts";
import { articulation } from "../network/articulation.ts";
import { freemanCentralization, snaCentralization } from "../network/centralization.ts";
import { componentLabels, components } from "../network/components.ts";
import { density, densityByRelationType } from "../network/density.ts";
import { reciprocity } from "../network/reciprocity.ts";
import { strongComponents } from "../network/strong-components.ts";
import { type DistanceSums, distanceSums } from "../paths/distance-sums.ts";
import { pathStatsFromSums } from "../paths/path-stats.ts";
import { ANALYSE_METRICS } from "../registry/index.ts";
import { buildView, compareIds, type GraphView } from "../view/graph-view.ts";
import { crossSectorSummary } from "./cross-sector.ts";
import { groupSection } from "./group-section.ts";
import { topFindings } from "./top-findings.ts";
import type { AnalyseOptions, AnalysisResult, NetworkSummary, NodeMetrics } from "./types.ts";

/** Checks metric ids against the registry; returns them in registry order. */
export function resolveMetricIds(ids: readonly string[] | undefined): string[] {
  const known = ANALYSE_METRICS.map((m) => m.id);
  if (ids === undefined) return known;
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw new RangeError(
      `@ecolens/analysis analyseNetwork: unknown metric id(s) ${unknown.join(", ")}; known: ${known.join(", ")}`,
    );
  return known.filter((id) => ids.includes(id));
}

/** Which shared all-pairs passes the selected metrics need. */
export function neededPasses(selected: readonly string[]): { needBetweenness: boolean; needSums: boolean } {
  const want = (id: string) => selected.includes(id);
  return {
    needBetweenness: want("betweenness") || want("centralization"),
    needSums: want("closeness") || want("harmonic") || want("paths") || want("centralization"),
  };
}

export function analyseNetwork(network: EcoNetwork, options: AnalyseOptions = {}): AnalysisResult {
  const selected = resolveMetricIds(options.metrics);
  const want = (id: string) => selected.includes(id);
  const progress = options.onProgress ?? (() => {});
  const seed = options.seed ?? DEFAULT_SEED;
  const distance = options.distance ?? "none";
  const { graph } = network;
  const view = buildView(graph);
  const und = symmetrise(view);
  const { n } = view;

  const perNode: Record<string, ArrayLike<number | null>> = Object.create(null);
  const summary: NetworkSummary = { n, m: view.m, directed: view.directed, weighted: view.weighted };

  // Shared all-pairs passes, computed once and only when a selected metric needs them.
  const { needBetweenness, needSums } = neededPasses(selected);
  const step = (label: string) => (done: number, total: number) => progress(label, done, total);
  const pre = options.precomputed;
  let rawBetweenness: Float64Array | null = null;
  if (needBetweenness) {
    progress("betweenness", 0, n);
    const scaled =
      pre?.betweenness ??
      scaleBetweenness(view, betweennessSums(view, { distance }, { onProgress: step("betweenness") }));
    rawBetweenness = scaled.raw;
    if (want("betweenness")) {
      perNode.betweenness = scaled.raw;
      perNode.betweenness_normalized = scaled.normalized;
    }
  }
  let inSums: DistanceSums | null = null;
  let outSums: DistanceSums | null = null;
  let undSums: DistanceSums | null = null;
  if (needSums && pre?.distances) {
    ({ in: inSums, out: outSums, und: undSums } = pre.distances);
  } else if (needSums) {
    progress("distances", 0, n);
    inSums = distanceSums(view, { direction: "in", distance }, { onProgress: step("distances") });
    outSums = view.directed
      ? distanceSums(view, { direction: "out", distance }, { onProgress: step("distances (out)") })
      : inSums;
    undSums = view.directed
      ? distanceSums(und, { distance }, { onProgress: step("distances (undirected)") })
      : inSums;
  }
  progress("local metrics", 0, 1);

  const deg = degreeValues(view);
  if (want("degree")) {
    perNode.degree = deg.degree;
    if (view.directed) Object.assign(perNode, { in_degree: deg.in_degree, out_degree: deg.out_degree });
  }
  if (want("strength")) {
    perNode.strength = deg.strength;
    if (view.directed)
      Object.assign(perNode, { in_strength: deg.in_strength, out_strength: deg.out_strength });
  }
  if (want("closeness") && inSums && outSums) {
    perNode.closeness = closenessFromSums(n, inSums);
    if (view.directed) perNode.closeness_out = closenessFromSums(n, outSums);
  }
  if (want("harmonic") && inSums && outSums) {
    perNode.harmonic = inSums.harmonic;
    if (view.directed) perNode.harmonic_out = outSums.harmonic;
  }
  if (want("eigenvector")) {
    const ev = eigenvectorValues(view);
    perNode.eigenvector = ev.values ?? new Array<null>(n).fill(null);
  }
  if (want("pagerank")) {
    perNode.pagerank = pagerankValues(view).values;
    perNode.pagerank_weighted = pagerankValues(view, { weighted: true }).values;
  }
  if (want("core_number")) perNode.core_number = coreNumberValues(view);
  const needTriangles = want("clustering") || want("transitivity");
  const tri = needTriangles ? triangleCounts(view) : null;
  if (want("clustering") && tri) perNode.clustering = tri.clustering;

  if (want("density")) {
    const d = density(view);
    Object.assign(summary, {
      density: d.density,
      density_weighted: d.density_weighted,
      total_weight: d.total_weight,
      density_by_relation_type: densityByRelationType(graph, { directed: view.directed }),
    });
  }
  const labels = componentLabels(view);
  if (want("components")) summary.components = components(view, labels);
  if (want("strong_components") && view.directed) summary.components_strong = strongComponents(view);
  const art = want("articulation_points") ? articulation(view) : null;
  if (art) Object.assign(summary, { articulation_points: art.articulation_points, bridges: art.bridges });
  if (want("transitivity") && tri) {
    summary.transitivity = tri.transitivity;
    summary.average_clustering = tri.average_clustering;
    if (view.directed) summary.average_clustering_directed = averageDirectedClustering(view);
  }
  if (want("paths") && undSums) Object.assign(summary, pathStatsFromSums(n, undSums, componentLabels(und)));
  if (want("centralization") && rawBetweenness && undSums && outSums) {
    const undRaw = view.directed
      ? scaleBetweenness(und, betweennessSums(und, { distance })).raw
      : rawBetweenness;
    summary.centralization = freemanCentralization(n, degreeValues(und).degree, undRaw, undSums);
    summary.centralization_sna = snaCentralization(n, view.directed, deg.degree, rawBetweenness, outSums);
  }
  if (want("reciprocity") && view.directed) Object.assign(summary, reciprocity(view));
  summary.cross_sector = crossSectorSummary(graph, view);

  const nodes = nodeRecords(view, perNode);
  const groups: Record<string, unknown> = Object.create(null);
  progress("groups", 0, 1);
  groupSection(network, view, { selected, groupBy: options.groupBy, seed }, nodes, summary, groups);

  const labelsById = new Map(view.ids.map((id) => [id, String(graph.getNodeAttribute(id, "label") ?? id)]));
  return {
    meta: {
      metrics: selected,
      directed: view.directed,
      weighted: view.weighted,
      group_by: options.groupBy ?? null,
      distance,
      betweenness_sources: pre?.betweennessSources ?? null,
      seed,
    },
    summary,
    nodes,
    groups,
    top: topFindings(nodes, labelsById, art?.cut_off),
  };
}

/** Vertex arrays to `{id: {metric: value}}`, ids in natural order, metric keys sorted. */
function nodeRecords(
  view: GraphView,
  perNode: Record<string, ArrayLike<number | null>>,
): Record<string, NodeMetrics> {
  const keys = Object.keys(perNode).sort();
  const order = view.ids.map((id, i) => [id, i] as const).sort((a, b) => compareIds(a[0], b[0]));
  const out: Record<string, NodeMetrics> = Object.create(null);
  for (const [id, i] of order) {
    const row: NodeMetrics = Object.create(null);
    for (const k of keys) {
      const value = perNode[k][i];
      row[k] = value === null || Number.isNaN(value) ? null : value;
    }
    out[id] = row;
  }
  return out;
}
