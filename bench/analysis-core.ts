/**
 * Quick benchmark (run on demand, not a test): the metric engine's betweenness, closeness and
 * PageRank against graphology-metrics 2.4.2 on a seeded random graph of 10,000 organisations and
 * 50,000 ties (Erdős–Rényi G(n, m) with createRng(1), undirected, simple). Writes
 * bench/results/analysis-core.md.
 *
 *   npx tsx bench/analysis-core.ts            (about a minute: graphology's betweenness is slow)
 *   BENCH_N=2000 BENCH_M=10000 npx tsx bench/analysis-core.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { betweennessValues, buildView, closenessValues, pagerankValues } from "@ecolens/analysis";
import { createRng } from "@ecolens/core";
// graphology-metrics is what this bench compares against: a root devDependency, not the product's.
import Graph from "graphology";
import gBetweenness from "graphology-metrics/centrality/betweenness.js";
import gCloseness from "graphology-metrics/centrality/closeness.js";
import gPagerank from "graphology-metrics/centrality/pagerank.js";

const N = Number(process.env.BENCH_N ?? 10_000);
const M = Number(process.env.BENCH_M ?? 50_000);

function randomGraph(n: number, m: number): Graph {
  const rng = createRng(1);
  const g = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  while (g.size < m) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b), { weight: 1 });
  }
  return g;
}

function time<T>(fn: () => T): { seconds: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Largest relative difference between our values and graphology's (same vertex order). */
function maxRelDiff(
  ours: ArrayLike<number>,
  theirs: Record<string, number>,
  ids: readonly string[],
  scale = 1,
): number {
  let worst = 0;
  for (let i = 0; i < ids.length; i++) {
    const t = theirs[ids[i]] * scale;
    worst = Math.max(worst, Math.abs(ours[i] - t) / Math.max(1e-12, Math.abs(t)));
  }
  return worst;
}

// Warm up the JIT for both libraries on a small graph, so the timings measure the algorithms.
{
  const small = randomGraph(500, 2500);
  const v = buildView(small);
  pagerankValues(v);
  closenessValues(v);
  betweennessValues(v);
  gPagerank(small, { getEdgeWeight: null });
  gCloseness(small, { wassermanFaust: true });
  gBetweenness(small, { normalized: false, getEdgeWeight: null });
}

const graph = randomGraph(N, M);
const view = time(() => buildView(graph));
const ids = view.value.ids;
const rows: string[][] = [];
const record = (op: string, ours: number, theirs: number, agreement: string) => {
  rows.push([op, ours.toFixed(3), theirs.toFixed(3), (theirs / ours).toFixed(1), agreement]);
  console.log(`${op}: ecolens ${ours.toFixed(3)} s, graphology ${theirs.toFixed(3)} s`);
};

/**
 * Time ours and theirs alternately, `REPEAT` times, and keep each one's fastest run: on a shared
 * machine the minimum is the least disturbed measurement.
 */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 2);
function compare<A, B>(
  ours: () => A,
  theirs: () => B,
): { ours: { seconds: number; value: A }; theirs: { seconds: number; value: B } } {
  let a = time(ours);
  let b = time(theirs);
  for (let r = 1; r < REPEAT; r++) {
    const a2 = time(ours);
    const b2 = time(theirs);
    if (a2.seconds < a.seconds) a = a2;
    if (b2.seconds < b.seconds) b = b2;
  }
  return { ours: a, theirs: b };
}

const pr = compare(
  () => pagerankValues(view.value, { tolerance: 1e-6 }),
  () => gPagerank(graph, { getEdgeWeight: null, tolerance: 1e-6 }),
);
record(
  "PageRank (L1 change < 1e-6)",
  pr.ours.seconds,
  pr.theirs.seconds,
  `max rel diff ${maxRelDiff(pr.ours.value.values, pr.theirs.value, ids).toExponential(1)} (graphology stops at n × tol)`,
);

const cl = compare(
  () => closenessValues(view.value),
  () => gCloseness(graph, { wassermanFaust: true }),
);
record(
  "closeness (exact)",
  cl.ours.seconds,
  cl.theirs.seconds,
  `max rel diff ${maxRelDiff(cl.ours.value, cl.theirs.value, ids).toExponential(1)}`,
);

const bc = compare(
  () => betweennessValues(view.value),
  () => gBetweenness(graph, { normalized: false, getEdgeWeight: null }),
);
record(
  "betweenness (exact)",
  bc.ours.seconds,
  bc.theirs.seconds,
  `max rel diff ${maxRelDiff(bc.ours.value.raw, bc.theirs.value, ids).toExponential(1)}`,
);

const md = [
  "# Metric engine vs graphology-metrics",
  "",
  "<!-- written by bench/analysis-core.ts; rerun it to refresh -->",
  "",
  `Seeded random graph G(n, m): n = ${N}, m = ${M} (undirected, unweighted, createRng(1)).`,
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; one thread; fastest of ${REPEAT} alternating runs each, after a warm-up on a 500-node graph`,
  `(start-up and graph construction excluded; building the CSR view took ${view.seconds.toFixed(3)} s).`,
  "",
  "| metric | ecolens (s) | graphology-metrics 2.4.2 (s) | speed-up | agreement |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
  "",
  `Machine load average when done: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")} (other work shares the cores).`,
  "",
  "performance.md lists igraph at M (10k/50k, planted partition): closeness 3.5 s, betweenness 10.1 s.",
  "",
].join("\n");
const dir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}analysis-core.md`, md);
console.log(md);
