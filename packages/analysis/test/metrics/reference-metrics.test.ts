/**
 * Every whole-network and per-node metric of the metric engine against every value in
 * data/reference/cases (networkx 3.6.1 / R sna), for every case. Keys owned by other modules
 * (structural holes, E-I, brokerage, Louvain, ...) are listed in OTHER_KEYS; an expected key that
 * is neither checked here nor listed there fails the test, so new reference keys cannot slip by.
 */
import { describe, expect, it } from "vitest";
import {
  articulation,
  averageDirectedClustering,
  betweenness,
  bipartiteDensity,
  buildView,
  centralization,
  closeness,
  clustering,
  components,
  coreNumber,
  degree,
  density,
  eigenvector,
  harmonic,
  pagerank,
  pathStats,
  reciprocity,
  strongComponents,
  symmetrise,
  type WeightMode,
} from "../../src/index.ts";
import { close, loadReference, mismatches, REFERENCE_CASES } from "../helpers/reference.ts";

const OTHER_KEYS = new Set([
  "structural_holes",
  "structural_holes_weighted",
  "ei_index",
  "ei_index_symmetrised",
  "assortativity",
  "modularity",
  "brokerage",
  "louvain",
  "louvain_symmetrised",
  "link_prediction",
]);

type Check = (expected: any) => string[];

function compareValue(path: string, actual: unknown, expected: unknown): string[] {
  if (expected === null || typeof expected === "number") {
    return close(actual as number | null, expected as number | null)
      ? []
      : [`${path}: expected ${expected}, got ${actual}`];
  }
  if (Array.isArray(expected)) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return a === e ? [] : [`${path}: expected ${e}, got ${a}`];
  }
  if (typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return [`${path}: expected an object, got ${actual}`];
    return Object.entries(expected as object).flatMap(([k, v]) =>
      compareValue(`${path}.${k}`, (actual as any)[k], v),
    );
  }
  return actual === expected ? [] : [`${path}: expected ${expected}, got ${actual}`];
}

/** Lists in the reference follow nodes.csv row order; ours are sorted by id. Compare as sets. */
const sortedIds = (ids: string[]) => [...ids].sort();
const sortedPairs = (pairs: string[][]) => pairs.map((p) => [...p].sort().join("|")).sort();

/** The two-mode case's node kinds (column `kind` of nodes.csv). */
const kinds = (ref: ReturnType<typeof loadReference>, view: { ids: readonly string[] }) =>
  view.ids.map((id) => (ref.graph.getNodeAttribute(id, "kind") as string | undefined) ?? null);

function checksFor(name: string): Record<string, Check> {
  const ref = loadReference(name);
  const plain = buildView(ref.graph, { getEdgeWeight: null });
  const weighted = buildView(ref.graph);
  const und = symmetrise(plain);
  const comp = components(plain);
  const art = articulation(plain);
  const clus = clustering(plain);
  const paths = pathStats(plain);
  const central = centralization(plain);
  const deg = degree(plain);
  const perNode = (actual: Record<string, number> | null) => (e: any) =>
    e === null
      ? actual === null
        ? []
        : ["expected null"]
      : actual === null
        ? ["got null"]
        : mismatches(actual, e);
  const bt = (view = plain, distance: WeightMode = "none") => {
    const r = betweenness(view, { distance });
    return (e: any) => [...mismatches(r.raw, e.raw), ...mismatches(r.normalized, e.normalized)];
  };
  return {
    density: (e) => compareValue("density", density(plain).density, e),
    density_weighted: (e) => compareValue("density_weighted", density(weighted).density_weighted, e),
    total_weight: (e) => compareValue("total_weight", density(weighted).total_weight, e),
    components: (e) =>
      compareValue(
        "components",
        { ...comp, isolates: sortedIds(comp.isolates) },
        { ...e, isolates: sortedIds(e.isolates) },
      ),
    components_strong: (e) => compareValue("components_strong", strongComponents(plain), e),
    reciprocity: (e) => compareValue("reciprocity", reciprocity(plain).reciprocity, e),
    mutual_pairs: (e) => compareValue("mutual_pairs", reciprocity(plain).mutual_pairs, e),
    articulation_points: (e) =>
      compareValue("articulation_points", sortedIds(art.articulation_points), sortedIds(e)),
    bridges: (e) => compareValue("bridges", sortedPairs(art.bridges), sortedPairs(e)),
    degree: perNode(deg.degree),
    in_degree: perNode(deg.in_degree ?? null),
    out_degree: perNode(deg.out_degree ?? null),
    degree_symmetrised: perNode(degree(und).degree),
    strength: perNode(degree(weighted).strength),
    betweenness: bt(),
    betweenness_weight_as_distance: bt(weighted, "weight"),
    betweenness_inverse_weight_as_distance: bt(weighted, "inverse"),
    closeness: perNode(closeness(plain)),
    closeness_out: perNode(closeness(plain, { direction: "out" })),
    closeness_wf_improved_false: perNode(closeness(plain, { wfImproved: false })),
    harmonic: perNode(harmonic(plain)),
    harmonic_out: perNode(harmonic(plain, { direction: "out" })),
    eigenvector: perNode(eigenvector(plain)),
    pagerank: perNode(pagerank(plain)),
    pagerank_weighted: perNode(pagerank(weighted, { weighted: true })),
    centralization: (e) => compareValue("centralization", central.centralization, e),
    centralization_sna: (e) => compareValue("centralization_sna", central.centralization_sna, e),
    // Our own convention takes digraphs undirected, so it must equal the symmetrised reference.
    centralization_symmetrised: (e) => compareValue("centralization_symmetrised", central.centralization, e),
    transitivity: (e) => compareValue("transitivity", clus.transitivity, e),
    average_clustering: (e) => compareValue("average_clustering", clus.average_clustering, e),
    clustering: perNode(clus.clustering),
    average_clustering_directed: (e) =>
      compareValue("average_clustering_directed", averageDirectedClustering(plain), e),
    average_shortest_path_length: (e) => compareValue("aspl", paths.average_shortest_path_length, e),
    diameter: (e) => compareValue("diameter", paths.diameter, e),
    largest_component: (e) =>
      e === null
        ? paths.largest_component === null
          ? []
          : ["expected null"]
        : compareValue("largest_component", paths.largest_component, e),
    core_number: perNode(coreNumber(plain)),
    core_number_symmetrised: perNode(coreNumber(und)),
    bipartite_density: (e) =>
      compareValue("bipartite_density", bipartiteDensity(plain, kinds(ref, plain)).bipartite_density, e),
    n_by_kind: (e) => compareValue("n_by_kind", bipartiteDensity(plain, kinds(ref, plain)).n_by_kind, e),
  };
}

describe.each(REFERENCE_CASES)("reference case %s", (name) => {
  const ref = loadReference(name);
  const checks = checksFor(name);
  const keys = Object.keys(ref.expected.metrics);

  it("has a check or a named owner for every expected key", () => {
    const unknown = keys.filter((k) => !(k in checks) && !OTHER_KEYS.has(k));
    expect(unknown).toEqual([]);
  });

  const mine = keys.filter((k) => k in checks);
  it.each(mine)("%s matches", (key) => {
    expect(checks[key](ref.expected.metrics[key])).toEqual([]);
  });
});
