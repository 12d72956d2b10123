/**
 * analyseNetwork end to end on every reference case: the per-node and summary values it returns
 * must be the reference values (networkx / R sna), so the shared passes and the assembly cannot
 * drift from the tested metric functions.
 */
import { describe, expect, it } from "vitest";
import { analyseNetwork, METRICS } from "../../src/index.ts";
import { close, loadReference, REFERENCE_CASES } from "../helpers/reference.ts";
import { graphOf, networkOf } from "../helpers/small-graphs.ts";

/** node metric key in our output -> path in expected.metrics */
const NODE_KEYS: Record<string, string[]> = {
  degree: ["degree"],
  in_degree: ["in_degree"],
  out_degree: ["out_degree"],
  strength: ["strength"],
  betweenness: ["betweenness", "raw"],
  betweenness_normalized: ["betweenness", "normalized"],
  closeness: ["closeness"],
  closeness_out: ["closeness_out"],
  harmonic: ["harmonic"],
  harmonic_out: ["harmonic_out"],
  eigenvector: ["eigenvector"],
  pagerank: ["pagerank"],
  pagerank_weighted: ["pagerank_weighted"],
  core_number: ["core_number"],
  clustering: ["clustering"],
};

const dig = (o: any, path: string[]) => path.reduce((x, k) => (x === undefined || x === null ? x : x[k]), o);

describe.each(REFERENCE_CASES)("analyseNetwork on %s", (name) => {
  const ref = loadReference(name);
  const result = analyseNetwork(networkOf(ref.graph));
  const m = ref.expected.metrics;

  it("per-node values match the reference", () => {
    const problems: string[] = [];
    let compared = 0;
    for (const [key, path] of Object.entries(NODE_KEYS)) {
      if (!(path[0] in m)) continue;
      const expected = dig(m, path);
      for (const id of ref.order) {
        const e = expected === null ? null : expected[id];
        const a = result.nodes[id]?.[key];
        compared++;
        if (!close(a, e)) problems.push(`${key}[${id}]: expected ${e}, got ${a}`);
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });

  it("summary values match the reference", () => {
    const s = result.summary;
    const checks: Array<[string, unknown, unknown]> = [
      ["density", s.density, m.density],
      ["density_weighted", s.density_weighted, m.density_weighted],
      ["transitivity", s.transitivity, m.transitivity],
      ["average_clustering", s.average_clustering, m.average_clustering],
      ["average_clustering_directed", s.average_clustering_directed, m.average_clustering_directed],
      ["aspl", s.average_shortest_path_length, m.average_shortest_path_length],
      ["diameter", s.diameter, m.diameter],
      ["reciprocity", s.reciprocity, m.reciprocity],
      ["components.count", s.components?.count, m.components?.count],
      ["components.fragmentation", s.components?.fragmentation, m.components?.fragmentation],
      ["components.largest_share", s.components?.largest_share, m.components?.largest_share],
      [
        "centralization.degree",
        s.centralization?.degree,
        (m.centralization ?? m.centralization_symmetrised)?.degree,
      ],
      [
        "centralization.betweenness",
        s.centralization?.betweenness,
        (m.centralization ?? m.centralization_symmetrised)?.betweenness,
      ],
      [
        "centralization.closeness",
        s.centralization?.closeness,
        (m.centralization ?? m.centralization_symmetrised)?.closeness,
      ],
      ["sna.degree", s.centralization_sna?.degree.value, m.centralization_sna?.degree.value],
      ["sna.betweenness", s.centralization_sna?.betweenness.value, m.centralization_sna?.betweenness.value],
      ["sna.closeness", s.centralization_sna?.closeness.value, m.centralization_sna?.closeness.value],
    ];
    const problems = checks
      .filter(([, , e]) => e !== undefined)
      .filter(([, a, e]) => !close(a as number | null, e as number | null))
      .map(([k, a, e]) => `${k}: expected ${e}, got ${a}`);
    expect(problems).toEqual([]);
    if (m.articulation_points)
      expect([...(s.articulation_points ?? [])].sort()).toEqual([...m.articulation_points].sort());
    if (m.components) expect(s.components?.sizes).toEqual(m.components.sizes);
  });

  it("is plain JSON with sorted node ids", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(result)));
    const ids = Object.keys(result.nodes);
    expect(new Set(ids)).toEqual(new Set(ref.order));
  });
});

describe("analyseNetwork details", () => {
  it("ranks brokers and single points of failure on edge-cases", () => {
    const result = analyseNetwork(networkOf(loadReference("edge-cases").graph));
    // Normalised betweenness from the reference: a .109, c = e .0727, g .0636, h = j .0182.
    expect(result.top.brokers.map((b) => b.id)).toEqual(["a", "c", "e", "g", "h"]);
    // Without a: {b,c,d} and {e,f} -> 2 cut off; c, e, g each cut off one pendant.
    expect(result.top.single_points_of_failure.map((s) => [s.id, s.value])).toEqual([
      ["a", 2],
      ["c", 1],
      ["e", 1],
      ["g", 1],
    ]);
    expect(result.top.most_central.map((t) => t.id)).toEqual(["a", "c", "g", "b", "e"]);
  });

  it("computes only the selected metrics", () => {
    const result = analyseNetwork(networkOf(loadReference("karate").graph), {
      metrics: ["degree", "density"],
    });
    expect(result.meta.metrics).toEqual(["density", "degree"]);
    expect(Object.keys(result.nodes["0"])).toEqual(["degree"]);
    expect(result.summary.density).toBeCloseTo(0.139037433155, 10);
    expect(result.summary.components).toBeUndefined();
  });

  it("rejects an unknown metric id, naming it", () => {
    expect(() => analyseNetwork(networkOf(graphOf(["a"], [])), { metrics: ["betweeness"] })).toThrow(
      /betweeness/,
    );
  });

  it("handles the empty network", () => {
    const result = analyseNetwork(networkOf(graphOf([], [])));
    expect(result.summary).toMatchObject({ n: 0, m: 0, density: 0 });
    expect(result.nodes).toEqual({});
    expect(result.top).toEqual({ brokers: [], most_central: [], single_points_of_failure: [] });
  });

  it("measures the formal ↔ non-formal/informal ties", () => {
    const g = graphOf(
      ["school", "club", "library", "town"],
      [
        ["school", "club"],
        ["school", "library"],
        ["club", "library"],
        ["town", "school"],
      ],
    );
    g.setNodeAttribute("school", "sector", "formal_education");
    g.setNodeAttribute("club", "sector", "informal_community");
    g.setNodeAttribute("library", "sector", "non_formal");
    g.setNodeAttribute("town", "sector", "government");
    const s = analyseNetwork(networkOf(g), { metrics: ["cross_sector"] }).summary.cross_sector;
    // Ties with both sides known: school-club (cross), school-library (cross), club-library (same side).
    expect(s).toEqual({
      formal_informal_tie_share: 2 / 3,
      ties_with_known_sides: 3,
      orgs_with_cross_sector_tie_share: 1,
    });
  });

  it("reports progress for the long steps", () => {
    const steps = new Set<string>();
    analyseNetwork(networkOf(loadReference("karate").graph), { onProgress: (step) => steps.add(step) });
    expect(steps.has("betweenness")).toBe(true);
    expect(steps.has("distances")).toBe(true);
  });

  it("every per-node key is described in the registry", () => {
    const result = analyseNetwork(networkOf(loadReference("gf-tiny").graph));
    const described = new Set(METRICS.flatMap((d) => d.outputs.map((o) => o.key)));
    const keys = new Set(Object.values(result.nodes).flatMap((row) => Object.keys(row)));
    expect([...keys].filter((k) => !described.has(k))).toEqual([]);
  });
});

describe("analyseNetwork with the group metrics", () => {
  it("adds structural holes, E-I, brokerage and assortativity for --group-by club (karate)", () => {
    const ref = loadReference("karate");
    const m = ref.expected.metrics;
    const result = analyseNetwork(networkOf(ref.graph), { groupBy: "club" });
    const bad: string[] = [];
    for (const id of ref.order) {
      for (const key of ["constraint", "effective_size", "efficiency"] as const)
        if (!close(result.nodes[id][key], m.structural_holes[key][id])) bad.push(`${key}[${id}]`);
    }
    expect(bad).toEqual([]);
    const ei = result.groups.ei_index;
    if (!ei) throw new Error("no ei_index");
    expect([ei.whole.E, ei.whole.I]).toEqual([m.ei_index.whole.E, m.ei_index.whole.I]);
    expect(close(ei.whole.ei, m.ei_index.whole.ei)).toBe(true);
    expect(ei.permutation.seed).toBe(42);
    const brokerage = result.groups.brokerage;
    expect(brokerage?.node_raw["0"]).toEqual(m.brokerage.node_raw["0"]);
    const assortativity = result.summary.assortativity;
    expect(close(assortativity?.attribute_r, m.assortativity.attribute_r)).toBe(true);
    expect(close(assortativity?.degree_r, m.assortativity.degree_r)).toBe(true);
    expect(close(result.summary.partition_modularity?.q, m.modularity.club.q)).toBe(true);
  });

  it("is seeded: the same seed gives the same permutation test", () => {
    const net = networkOf(loadReference("karate").graph);
    const a = analyseNetwork(net, { groupBy: "club", metrics: ["ei_index"], seed: 7 });
    const b = analyseNetwork(net, { groupBy: "club", metrics: ["ei_index"], seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
