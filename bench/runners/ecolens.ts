/**
 * The ecolens runner: times each operation in this one process, on the fast path (CSV bytes ->
 * GraphView, no graphology), with worker threads for the all-pairs metrics. Prints one JSON object.
 * Usage: tsx bench/runners/ecolens.ts --edges FILE [--repeats 3] [--heavy-repeats 1]
 *        [--sample FILE_OF_SOURCE_IDS] [--values OUT.json] [--threads N] [--graphology]
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { GraphView } from "@ecolens/analysis";
import {
  betweennessSums,
  closenessFromSums,
  componentLabels,
  degreeCounts,
  eigenvectorValues,
  pagerankValues,
  parallelBetweennessAndDistanceSums,
  parallelBetweennessSums,
  parallelDistanceSums,
  sampledBetweennessValues,
  scaleBetweenness,
} from "@ecolens/analysis";
import { DEFAULT_SEED } from "@ecolens/core";
import { readEdgeListView } from "../fast/edge-list.ts";
import { louvainOnView } from "../fast/louvain-view.ts";
import { type Args, largestComponentView, median, parseArgs, timeOp } from "./common.ts";

const args: Args = parseArgs(process.argv.slice(2));
const edgesPath = String(args.edges);
const repeats = Number(args.repeats ?? 3);
const heavy = Number(args["heavy-repeats"] ?? 1);
const threads = args.threads === undefined ? undefined : Number(args.threads);
const sampleIds = args.sample ? readFileSync(String(args.sample), "utf8").split("\n").filter(Boolean) : null;
const PAGERANK = { tolerance: 1e-6 } as const; // total L1 change, as the other tools' comparable rule
const EIGEN = { tolerance: 1e-10 } as const;

const times: Record<string, number[]> = {};
const notes: Record<string, string> = {};
const values: Record<string, Record<string, number>> = {};

async function main() {
  let view: GraphView = readEdgeListView(readFileSync(edgesPath)).view;
  await timeOp(times, "read", repeats, () => {
    view = readEdgeListView(readFileSync(edgesPath)).view;
  });
  const rssAfterRead = process.memoryUsage().rss / 2 ** 20;
  await timeOp(times, "degree", repeats, () => degreeCounts(view));
  await timeOp(times, "components", repeats, () => componentLabels(view));
  let pr = pagerankValues(view, PAGERANK).values;
  await timeOp(times, "pagerank", repeats, () => {
    pr = pagerankValues(view, PAGERANK).values;
  });
  // ecolens refuses eigenvector centrality on a disconnected graph (not unique); the tools are
  // compared on the largest component, where it is defined; extracting it is part of the time.
  const linearOnly = Boolean(args["linear-only"]);
  let eig: { vertices: Int32Array; values: Float64Array | null } = {
    vertices: new Int32Array(),
    values: null,
  };
  await timeOp(times, "eigenvector", repeats, () => {
    const giant = largestComponentView(view, componentLabels(view).label);
    eig = { vertices: giant.vertices, values: eigenvectorValues(giant.view, EIGEN).values };
  });
  let clusters: { modularity: number | null; count: number } = { modularity: null, count: 0 };
  if (!linearOnly)
    await timeOp(times, "louvain", repeats, () => {
      clusters = louvainOnView(view, { seed: DEFAULT_SEED });
    });

  const n = view.n;
  const byId = (arr: ArrayLike<number>, vertices?: ArrayLike<number>) => {
    const out: Record<string, number> = Object.create(null);
    if (vertices) for (let i = 0; i < vertices.length; i++) out[view.ids[vertices[i]]] = arr[i];
    else for (let v = 0; v < n; v++) out[view.ids[v]] = arr[v];
    return out;
  };
  const deg = degreeCounts(view);
  values.degree = byId(deg);
  values.pagerank = byId(pr);
  if (eig.values) values.eigenvector = byId(eig.values, eig.vertices);

  if (linearOnly) {
    // XL: reading and the linear-time metrics only (degree, components, PageRank, eigenvector).
  } else if (sampleIds === null) {
    let sums = await parallelDistanceSums(view, {}, { threads });
    await timeOp(times, "closeness", heavy, async () => {
      sums = await parallelDistanceSums(view, {}, { threads });
    });
    values.closeness = byId(closenessFromSums(n, sums));
    let bt: Float64Array = new Float64Array(0);
    await timeOp(times, "betweenness", heavy, async () => {
      bt = await parallelBetweennessSums(view, {}, { threads });
    });
    values.betweenness = byId(scaleBetweenness(view, bt).raw);
    // The k-sources option against these exact values (the error report).
    const k = Math.min(n, Number(args.k ?? 500));
    await timeOp(times, "betweenness_k", 1, async () => {
      values.betweenness_k = byId(
        (await sampledBetweennessValues(view, { k, seed: 7 }, {}, { threads })).raw,
      );
    });
    notes.betweenness_k = `k = ${k} sampled sources (seed 7), scaled n/k`;
    if (args["one-thread"]) {
      await timeOp(times, "betweenness_1thread", 1, () => betweennessSums(view));
    }
    // The whole bench set, end to end, as one call sequence from the file.
    notes.analyse =
      "one call sequence from the file; closeness and betweenness from one breadth-first search per source, as `analyse` does on an undirected network";
    await timeOp(times, "analyse", heavy, async () => {
      const v = readEdgeListView(readFileSync(edgesPath)).view;
      degreeCounts(v);
      componentLabels(v);
      pagerankValues(v, PAGERANK);
      eigenvectorValues(largestComponentView(v, componentLabels(v).label).view, EIGEN);
      // As the product's analyseNetworkAsync: one breadth-first search per source for both.
      const both = await parallelBetweennessAndDistanceSums(v, { threads });
      closenessFromSums(v.n, both.distances);
      scaleBetweenness(v, both.sums);
      louvainOnView(v, { seed: DEFAULT_SEED });
    });
  } else {
    // Sampled sources (same ids for every tool): closeness of those vertices exactly, and
    // betweenness from those sources; one-source time x n = the estimated exact time.
    const k = sampleIds.length;
    const sources = Int32Array.from(sampleIds, (id) => view.index.get(id) as number);
    const from = { threads, sources };
    let sums = await parallelDistanceSums(view, {}, from);
    await timeOp(times, "closeness_sample", heavy, async () => {
      sums = await parallelDistanceSums(view, {}, from);
    });
    const clo = closenessFromSums(n, sums);
    values.closeness = byId(
      Array.from(sources, (v) => clo[v]),
      sources,
    );
    let bt: Float64Array = new Float64Array(0);
    await timeOp(times, "betweenness_sample", heavy, async () => {
      bt = await parallelBetweennessSums(view, {}, from);
    });
    for (const suffix of ["", "@cpu"]) {
      times[`closeness${suffix}`] = [median(times[`closeness_sample${suffix}`]) * (n / k)];
      times[`betweenness${suffix}`] = [median(times[`betweenness_sample${suffix}`]) * (n / k)];
    }
    notes.closeness = notes.betweenness = `estimated: ${k} sampled sources, time x n/k`;
    // The k-sources estimate of everyone's betweenness (scaled n/k), for the error report.
    values.betweenness_sampled = byId(
      scaleBetweenness(
        view,
        bt.map((x) => x * (n / k)),
      ).raw,
    );
    // A second, independent estimate with the public option (seeded random sources).
    await timeOp(times, "betweenness_k", 1, async () => {
      values.betweenness_k = byId(
        (await sampledBetweennessValues(view, { k, seed: 7 }, {}, { threads })).raw,
      );
    });
    notes.betweenness_k = `k = ${k} sampled sources (seed 7), scaled n/k`;
  }
  writeFileSync(
    String(args.values),
    JSON.stringify({ values, modularity: clusters.modularity, communities: clusters.count }),
  );
  const medians: Record<string, number> = {};
  for (const [op, t] of Object.entries(times)) medians[op] = median(t);
  console.log(
    JSON.stringify({
      tool: "ecolens",
      loadavg_end: (await import("node:os")).loadavg(),
      version: `node ${process.version}`,
      n,
      m: view.m,
      medians,
      times,
      notes,
      threads: threads ?? "all",
      modularity: clusters.modularity,
      rss_after_read_mb: rssAfterRead,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
