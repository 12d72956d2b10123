/**
 * Hand-derived truths for the cases the reference does not cover: the empty graph, one
 * organisation, a path, a star, a directed chain, weighted ties with equal-length paths,
 * parallel relations and ids such as `__proto__`.
 */
import { describe, expect, it } from "vitest";
import {
  articulation,
  betweenness,
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
} from "../../src/index.ts";
import { graphOf } from "../helpers/small-graphs.ts";

describe("empty graph", () => {
  const view = buildView(graphOf([], []));
  it("gives zero counts and null for undefined shares", () => {
    expect(density(view)).toEqual({ n: 0, m: 0, density: 0, density_weighted: 0, total_weight: 0 });
    expect(components(view)).toEqual({
      count: 0,
      sizes: [],
      largest_share: null,
      isolates: [],
      fragmentation: null,
    });
    expect(pathStats(view)).toEqual({
      average_shortest_path_length: null,
      diameter: null,
      largest_component: null,
    });
    expect(eigenvector(view)).toBeNull();
    expect(betweenness(view)).toEqual({ raw: {}, normalized: {} });
    expect(pagerank(view)).toEqual({});
    expect(articulation(view)).toEqual({ articulation_points: [], bridges: [], cut_off: {} });
    expect(centralization(view).centralization).toEqual({
      degree: null,
      betweenness: null,
      closeness: null,
      closeness_wf_improved: null,
    });
    expect(clustering(view).average_clustering).toBeNull();
  });
});

describe("one organisation", () => {
  const view = buildView(graphOf(["solo"], []));
  it("is an isolate with zero centralities and PageRank 1", () => {
    expect(density(view).density).toBe(0);
    expect(components(view)).toEqual({
      count: 1,
      sizes: [1],
      largest_share: 1,
      isolates: ["solo"],
      fragmentation: null,
    });
    expect(betweenness(view).raw).toEqual({ solo: 0 });
    expect(closeness(view)).toEqual({ solo: 0 });
    expect(harmonic(view)).toEqual({ solo: 0 });
    expect(pagerank(view).solo).toBeCloseTo(1, 12);
    expect(eigenvector(view)).toEqual({ solo: 1 });
    expect(coreNumber(view)).toEqual({ solo: 0 });
    expect(pathStats(view)).toEqual({
      average_shortest_path_length: 0,
      diameter: 0,
      largest_component: null,
    });
  });
});

describe("path a-b-c with an isolate z", () => {
  const view = buildView(
    graphOf(
      ["a", "b", "c", "z"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    ),
  );
  it("b brokers the only pair and is the single point of failure", () => {
    expect(betweenness(view).raw).toEqual({ a: 0, b: 1, c: 0, z: 0 });
    // 3 pairs without b among n−1 = 3 others: normalised 1/3.
    expect(betweenness(view).normalized.b).toBeCloseTo(1 / 3, 12);
    expect(articulation(view)).toEqual({
      articulation_points: ["b"],
      bridges: [
        ["a", "b"],
        ["b", "c"],
      ],
      cut_off: { b: 1 },
    });
  });
  it("closeness scales by the reached share; the isolate gets 0", () => {
    const c = closeness(view);
    // a reaches 2 others at distances 1+2: (2/3)·(2/3).
    expect(c.a).toBeCloseTo(4 / 9, 12);
    expect(c.b).toBeCloseTo((2 / 2) * (2 / 3), 12);
    expect(c.z).toBe(0);
    expect(harmonic(view)).toEqual({ a: 1.5, b: 2, c: 1.5, z: 0 });
  });
  it("counts components, isolates and fragmentation", () => {
    // sizes 3 and 1: 1 − 3·2/(4·3) = 0.5
    expect(components(view)).toEqual({
      count: 2,
      sizes: [3, 1],
      largest_share: 0.75,
      isolates: ["z"],
      fragmentation: 0.5,
    });
    expect(pathStats(view)).toEqual({
      average_shortest_path_length: null,
      diameter: null,
      largest_component: { n: 3, average_shortest_path_length: 8 / 6, diameter: 2 },
    });
    expect(eigenvector(view)).toBeNull();
  });
});

describe("star with centre h and four leaves", () => {
  const view = buildView(
    graphOf(
      ["h", "1", "2", "3", "4"],
      [
        ["h", "1"],
        ["h", "2"],
        ["h", "3"],
        ["h", "4"],
      ],
    ),
  );
  it("is perfectly centralized", () => {
    const c = centralization(view);
    expect(c.centralization.degree).toBeCloseTo(1, 12);
    expect(c.centralization.betweenness).toBeCloseTo(1, 12);
    expect(c.centralization.closeness).toBeCloseTo(1, 12);
  });
  it("the centre would cut off three of its four leaves from the largest remaining part", () => {
    expect(articulation(view).cut_off).toEqual({ h: 3 });
    expect(coreNumber(view)).toEqual({ "1": 1, "2": 1, "3": 1, "4": 1, h: 1 });
    expect(clustering(view).transitivity).toBe(0);
  });
});

describe("directed chain a→b→c", () => {
  const view = buildView(
    graphOf(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
      { directed: true },
    ),
  );
  it("counts ordered pairs and incoming distances", () => {
    expect(view.directed).toBe(true);
    expect(betweenness(view).raw).toEqual({ a: 0, b: 1, c: 0 });
    expect(betweenness(view).normalized.b).toBeCloseTo(0.5, 12);
    const cin = closeness(view);
    expect(cin.a).toBe(0); // nobody reaches a
    expect(cin.c).toBeCloseTo((2 / 3) * (2 / 2), 12);
    expect(closeness(view, { direction: "out" }).a).toBeCloseTo(2 / 3, 12);
    expect(strongComponents(view)).toEqual({ count: 3, sizes: [1, 1, 1] });
    expect(reciprocity(view)).toEqual({ reciprocity: 0, mutual_pairs: 0 });
    expect(eigenvector(view)).toBeNull();
    expect(degree(view).in_degree).toEqual({ a: 0, b: 1, c: 1 });
  });
  it("PageRank of a chain: the dangling end spreads its rank uniformly", () => {
    // Solve x = 0.05 + 0.85·(x_c/3) + [arcs]: x_a = k, x_b = k + .85 x_a, x_c = k + .85 x_b, k = .05 + .85 x_c/3.
    const pr = pagerank(view);
    const k = pr.a;
    expect(pr.b).toBeCloseTo(k + 0.85 * pr.a, 10);
    expect(pr.c).toBeCloseTo(k + 0.85 * pr.b, 10);
    expect(k).toBeCloseTo(0.05 + (0.85 * pr.c) / 3, 10);
    expect(pr.a + pr.b + pr.c).toBeCloseTo(1, 12);
  });
});

describe("weighted ties", () => {
  // a–b strength 2, b–c 6 (1/2 + 1/6 = 2/3) and a–d 3, d–c 3 (1/3 + 1/3 = 2/3): two equally short routes a→c.
  const view = buildView(
    graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "b", 2],
        ["b", "c", 6],
        ["a", "d", 3],
        ["d", "c", 3],
      ],
    ),
  );
  it("inverse strength: equal-length routes share the pair", () => {
    // b–d: via c = 1/6 + 1/3 = 1/2 < via a = 1/2 + 1/3: c carries it.
    expect(betweenness(view, { distance: "inverse" }).raw).toEqual({ a: 0, b: 0.5, c: 1, d: 0.5 });
  });
  it("unweighted by default: a 4-cycle, every vertex carries half of one pair", () => {
    expect(betweenness(view).raw).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });
  it("weight as distance: the route via b costs 8 against 6 via d", () => {
    // a–c via d (6); b–d: via a 5, via c 9 -> a; a–b direct 2; c–d direct 3; b–c direct 6 vs b-a-d-c 8.
    expect(betweenness(view, { distance: "weight" }).raw).toEqual({ a: 1, b: 0, c: 0, d: 1 });
  });
  it("strength and weighted density", () => {
    expect(degree(view).strength).toEqual({ a: 5, b: 8, c: 9, d: 6 });
    expect(density(view).density_weighted).toBeCloseTo(14 / 6, 12);
  });
});

describe("parallel relations and awkward ids", () => {
  const g = graphOf(["__proto__", "constructor"], [["__proto__", "constructor", 2]]);
  g.addUndirectedEdge("__proto__", "constructor", { relation_type: "referral", weight: 3, directed: false });
  const view = buildView(g);
  it("merges parallels (strengths summed) and keeps ids as ordinary keys", () => {
    const d = degree(view);
    expect(Object.keys(d.degree)).toEqual(["__proto__", "constructor"]);
    const protoKey = ["__", "proto", "__"].join("");
    expect(d.degree[protoKey]).toBe(1);
    expect(d.strength.constructor).toBe(5);
    expect(density(view)).toMatchObject({ m: 1, density: 1, total_weight: 5 });
    expect(JSON.parse(JSON.stringify(pagerank(view)))).toHaveProperty("__proto__");
  });
});
