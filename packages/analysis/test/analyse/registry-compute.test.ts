/**
 * The registry computes: `analyseNetwork` runs exactly the shared passes the requested
 * descriptors name (traced through `onPass`), each once; every registered descriptor computes and
 * each of its outputs lands where its placement says; a descriptor that reads a pass it did not
 * name, or returns a key it does not declare, is refused.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type EcoNetwork, importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { computeMetric, createPassRunner } from "../../src/analyse/pass-runner.ts";
import {
  ANALYSE_METRICS,
  type AnalyseMetric,
  type AnalysisResult,
  analyseNetwork,
  analyseNetworkAsync,
  buildView,
  PASS_ORDER,
  type PassId,
  passClosure,
} from "../../src/index.ts";
import { graphOf, networkOf } from "../helpers/small-graphs.ts";

const DIR = fileURLToPath(new URL("../../../../data/examples/westhoek/", import.meta.url));
const westhoek = importInventory(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${DIR}${f}`)) })),
);

/** A small directed, weighted network with sectors: the directed-only outputs show up here. */
function directedNetwork(): EcoNetwork {
  const g = graphOf(
    ["school", "club", "library", "town", "youth", "alone"],
    [
      ["school", "club", 2],
      ["club", "school", 1],
      ["school", "library", 3],
      ["library", "club", 1],
      ["town", "school", 2],
      ["youth", "town", 1],
      ["club", "youth", 2],
    ],
    { directed: true },
  );
  const sectors: Record<string, string> = {
    school: "formal_education",
    club: "informal_community",
    library: "non_formal",
    town: "government",
    youth: "non_formal",
  };
  for (const [id, sector] of Object.entries(sectors)) g.setNodeAttribute(id, "sector", sector);
  return networkOf(g);
}
const directed = directedNetwork();

function traced(network: EcoNetwork, metrics?: string[]): { passes: PassId[]; result: AnalysisResult } {
  const passes: PassId[] = [];
  const result = analyseNetwork(network, { metrics, onPass: (p) => passes.push(p) });
  return { passes, result };
}

describe("analyseNetwork runs the passes the requested descriptors name", () => {
  it("one metric: only passes it names (or what they read), each at most once", () => {
    for (const m of ANALYSE_METRICS) {
      for (const network of [directed, westhoek]) {
        const { passes, result } = traced(network, [m.id]);
        expect(result.meta.metrics).toEqual([m.id]);
        expect(new Set(passes).size, m.id).toBe(passes.length);
        const allowed = passClosure(m.passes);
        expect(
          passes.filter((p) => !allowed.includes(p)),
          m.id,
        ).toEqual([]);
      }
    }
  });

  it("betweenness runs the Brandes pass alone; density no shared pass; distances one distance-sum pass", () => {
    expect(traced(directed, ["betweenness"]).passes).toEqual(["betweenness"]);
    expect(traced(directed, ["density"]).passes).toEqual([]);
    expect(traced(directed, ["closeness", "harmonic", "paths"]).passes.sort()).toEqual([
      "distance_sums",
      "undirected",
    ]);
    expect(traced(westhoek, ["brokerage", "ei_index"]).passes.sort()).toEqual([
      "binary_view",
      "vertex_groups",
    ]);
  });

  it("the async variant too: its worker passes only when a requested descriptor names them", async () => {
    const progress: string[] = [];
    const passes: PassId[] = [];
    const options = {
      threads: 1,
      onPass: (p: PassId) => passes.push(p),
      onProgress: (s: string) => progress.push(s),
    };
    const degree = await analyseNetworkAsync(directed, { ...options, metrics: ["degree"] });
    expect(passes).toEqual(["degrees"]);
    expect(progress).not.toContain("betweenness");
    expect(progress).not.toContain("distances");
    passes.length = 0;
    const both = await analyseNetworkAsync(directed, { ...options, metrics: ["betweenness", "closeness"] });
    expect(passes.sort()).toEqual(["betweenness", "distance_sums", "undirected"]);
    expect(both.nodes.school.betweenness).toBe(analyseNetwork(directed).nodes.school.betweenness);
    expect(degree.nodes.school.degree).toBe(4);
  });

  it("all metrics: every shared pass once, and each one some descriptor needs", () => {
    const { passes } = traced(westhoek);
    expect(new Set(passes).size).toBe(passes.length);
    expect([...passes].sort()).toEqual([...PASS_ORDER].sort());
  });
});

/** Where an output of `m` lands in `r`, or undefined. */
function landed(m: AnalyseMetric, key: string, r: AnalysisResult): unknown {
  const dig = (o: unknown, path: string[]): unknown =>
    path.reduce<unknown>((x, k) => (x !== null && typeof x === "object" ? (x as never)[k] : undefined), o);
  const p = m.placement;
  if (p.section === "nodes") return Object.values(r.nodes).find((row) => key in row)?.[key];
  if (p.section === "groups") return dig(r.groups, [m.id, ...key.split(".")]);
  return dig(r.summary, [...(p.under ? [p.under] : []), ...key.split(".")]);
}

describe("every registered descriptor computes and lands in the result", () => {
  const results = [analyseNetwork(westhoek), analyseNetwork(directed)];

  it.each(ANALYSE_METRICS.map((m) => [m.id, m] as const))("%s", (_id, m) => {
    const missing = m.outputs
      .map((o) => o.key)
      .filter((key) => results.every((r) => landed(m, key, r) === undefined));
    expect(missing).toEqual([]);
  });
});

describe("the registry stays the truth", () => {
  const view = buildView(directed.graph);
  const env = { network: directed, view, distance: "none" as const, onProgress: () => {} };
  const base = { network: directed, view, distance: "none" as const, seed: 1 };
  const fake = (over: Partial<AnalyseMetric>): AnalyseMetric => ({
    id: "fake",
    level: "node",
    title: { nl: "x", en: "x" },
    explanation: { nl: "x", en: "x" },
    weight: "none",
    options: [],
    outputs: [{ key: "fake", type: "number", description: { nl: "x", en: "x" } }],
    placement: { section: "nodes" },
    passes: [],
    compute: () => ({ columns: { fake: new Float64Array(view.n) } }),
    ...over,
  });

  it("a descriptor reading a pass it did not name throws", () => {
    const m = fake({ compute: (ctx) => ({ columns: { fake: ctx.pass("degrees").degree } }) });
    const runner = createPassRunner(env, PASS_ORDER);
    expect(() => computeMetric(m, base, runner)).toThrow(/reads pass 'degrees' without naming it/);
    expect(computeMetric({ ...m, passes: ["degrees"] }, base, runner).columns?.fake).toHaveLength(view.n);
  });

  it("a descriptor returning a key it does not declare, or in another section, throws", () => {
    const runner = createPassRunner(env, []);
    const extra = fake({ compute: () => ({ columns: { other: new Float64Array(view.n) } }) });
    expect(() => computeMetric(extra, base, runner)).toThrow(/returned nodes.other/);
    const elsewhere = fake({ compute: () => ({ summary: { transitivity: 1 } }) });
    expect(() => computeMetric(elsewhere, base, runner)).toThrow(/returned summary.transitivity/);
  });

  it("the runner refuses a pass outside the plan", () => {
    const runner = createPassRunner(env, ["degrees"]);
    expect(() => runner.get("betweenness")).toThrow(/not in the plan/);
  });
});
