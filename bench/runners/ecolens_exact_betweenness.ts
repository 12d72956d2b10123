/**
 * Exact betweenness with ecolens on one generated graph, all sources, every core, timed once
 * (about 20 min at L on two cores): the counterpart of igraph_exact_betweenness.py.
 * It then times the k-sources option (--k 200,500,2000; seed 7) so its error against these exact
 * values can be reported.
 * Usage: tsx bench/runners/ecolens_exact_betweenness.ts EDGES.csv OUT.json [--threads N] [--k LIST]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import {
  closeWorkers,
  createEta,
  parallelBetweennessSums,
  sampledBetweennessValues,
  scaleBetweenness,
} from "@ecolens/analysis";
import { readEdgeListView } from "../fast/edge-list.ts";
import { cpuSeconds, parseArgs } from "./common.ts";

const [path, out] = process.argv.slice(2);
const args = parseArgs(process.argv.slice(4));
const threads = args.threads === undefined ? undefined : Number(args.threads);
const view = readEdgeListView(readFileSync(path)).view;
const start = performance.now();
const cpu = cpuSeconds();
const eta = createEta();
let shown = 0;
const sums = await parallelBetweennessSums(
  view,
  {},
  {
    threads,
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - shown < 5000 || done >= total) return;
      shown = now;
      const left = eta.update(done, total);
      const about = left === null ? "" : `, about ${Math.round(left / 60)} min left`;
      process.stderr.write(`ecolens exact betweenness: ${done}/${total} sources${about}\n`);
    },
  },
);
const seconds = (performance.now() - start) / 1000;
const cpuUsed = cpuSeconds() - cpu;
const byId = (raw: Float64Array) => {
  const out: Record<string, number> = Object.create(null);
  for (let v = 0; v < view.n; v++) out[view.ids[v]] = raw[v];
  return out;
};
const values = byId(scaleBetweenness(view, sums).raw);
const sampled = [];
for (const k of String(args.k ?? "200,500,2000")
  .split(",")
  .map(Number)) {
  const t = performance.now();
  const estimate = await sampledBetweennessValues(view, { k, seed: 7 }, {}, { threads });
  sampled.push({ k, seed: 7, seconds: (performance.now() - t) / 1000, values: byId(estimate.raw) });
}
await closeWorkers();
writeFileSync(
  out,
  JSON.stringify({
    tool: "ecolens",
    version: `node ${process.version}`,
    op: "betweenness",
    exact: true,
    threads: threads ?? "all",
    seconds,
    cpu_seconds: cpuUsed,
    loadavg: loadavg(),
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    values,
    sampled,
  }),
);
console.error(`ecolens exact betweenness: ${seconds.toFixed(1)} s wall, ${cpuUsed.toFixed(1)} s cpu`);
