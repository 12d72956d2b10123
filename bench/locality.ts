/**
 * Betweenness and distance sums from a fixed sample of sources on one thread, with and without the
 * breadth-first relabelling of engine/locality-order.ts (ParallelOptions.locality), alternating,
 * CPU time; the results are checked bit-identical. Writes results/<date>-locality.md.
 * Usage: npx -y pnpm@12.4.2 exec tsx bench/locality.ts [--sizes M,L] [--k 400] [--repeats 2]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parallelBetweennessSums, parallelDistanceSums } from "@ecolens/analysis";
import { ensureData } from "./data.ts";
import { readEdgeListView } from "./fast/edge-list.ts";
import { median, parseArgs } from "./runners/common.ts";

const args = parseArgs(process.argv.slice(2));
const sizes = String(args.sizes ?? "M,L").split(",");
const k = Number(args.k ?? 400);
const repeats = Number(args.repeats ?? 2);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rows: string[] = [];
for (const size of sizes) {
  const view = readEdgeListView(readFileSync(ensureData(size).edges)).view;
  const sources = Int32Array.from({ length: Math.min(k, view.n) }, (_, i) => Math.floor((i * view.n) / k));
  for (const job of ["betweenness", "distance sums"] as const) {
    const times: Record<string, number[]> = { on: [], off: [] };
    const results: Record<string, Float64Array> = {};
    for (let r = 0; r < repeats; r++)
      for (const mode of r % 2 ? ["off", "on"] : ["on", "off"]) {
        const options = { threads: 1, sources, locality: mode === "on" };
        const t = cpu();
        results[mode] =
          job === "betweenness"
            ? await parallelBetweennessSums(view, {}, options)
            : (await parallelDistanceSums(view, {}, options)).total;
        times[mode].push(cpu() - t);
      }
    const same = results.on.every((x, i) => Object.is(x, results.off[i]));
    const on = median(times.on);
    const off = median(times.off);
    rows.push(
      `| ${size} (${view.n.toLocaleString("en")} / ${view.m.toLocaleString("en")}) | ${job} | ${sources.length} | ${off.toFixed(2)} | ${on.toFixed(2)} | **${(on / off).toFixed(2)}** | ${same ? "yes" : "NO"} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
}
const date = new Date().toISOString().slice(0, 10);
const md = `# Breadth-first relabelling before the all-pairs kernels

<!-- written by bench/locality.ts; rerun it to refresh -->

One thread, ${k} evenly spread sources, CPU seconds, median of ${repeats} alternating runs; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"},
Node ${process.version}; load average when done: ${loadavg()
  .map((x) => x.toFixed(1))
  .join(", ")}. "Relabelled" runs on
engine/locality-order.ts's copy (the default from 20,000 vertices on); "bit-identical" compares every value.

| graph | kernel | sources | input order (s) | relabelled (s) | ratio | bit-identical |
|---|---|---:|---:|---:|---:|---|
${rows.join("\n")}
`;
writeFileSync(fileURLToPath(new URL(`./results/${date}-locality.md`, import.meta.url)), md);
console.log(md);
