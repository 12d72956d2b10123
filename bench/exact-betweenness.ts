/**
 * Exact betweenness at one size, measured for real with every tool (not extrapolated from sampled
 * sources): `npx -y pnpm@12.4.2 bench:exact -- --size L`. At L each tool needs 20-30 minutes, so
 * this is its own command; the tools run one after the other, never side by side. A result
 * already in bench/tmp/<tool>-<size>-betweenness.json that is newer than the graph is reused
 * (say --fresh to measure again).
 *
 * Writes bench/results/<date>-<size>-exact-betweenness.{json,md}: wall and CPU time, the ratio
 * ecolens / igraph, agreement of the two exact results, and the error of ecolens's k-sources
 * option against the exact values. bench/run.ts shows the measured row too when the files exist.
 * Options: --size L  --threads N  --tools ecolens,igraph  --fresh  --out DIR
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { estimateError, spearman } from "./agreement.ts";
import { ensureData } from "./data.ts";
import { describeMachine, pythonWith } from "./environment.ts";
import { exactResultFile } from "./exact-results.ts";
import { renderExactBetweenness } from "./render-exact.ts";
import { bundledRunner } from "./runners/bundle.ts";
import { parseArgs } from "./runners/common.ts";

const args = parseArgs(process.argv.slice(2));
const size = String(args.size ?? "L");
const tools = String(args.tools ?? "ecolens,igraph").split(",");
const here = fileURLToPath(new URL(".", import.meta.url));
const outDir = String(args.out ?? `${here}results/`);
const machine = describeMachine();
const data = ensureData(size);

// The bundled runner, as the installed CLI runs (runners/bundle.ts), not the sources through tsx.
const EXACT_RUNNER = await bundledRunner(`${here}runners/ecolens_exact_betweenness.ts`);

function measure(tool: string): Record<string, any> | null {
  const file = exactResultFile(tool, size);
  if (!args.fresh && existsSync(file) && statSync(file).mtimeMs > statSync(data.edges).mtimeMs) {
    console.log(`${tool}: reusing ${file.replace(here, "bench/")} (--fresh measures again)`);
    return { ...JSON.parse(readFileSync(file, "utf8")), measured_at: statSync(file).mtime.toISOString() };
  }
  let cmd: string;
  let argv: string[];
  if (tool === "ecolens") {
    cmd = process.execPath;
    argv = [EXACT_RUNNER, data.edges, file];
    if (args.threads) argv.push("--threads", String(args.threads));
  } else {
    const py = pythonWith("igraph", String(args.python ?? ""));
    if (!py) {
      console.log("igraph: not found, skipped. Install it with: sudo apt-get install python3-igraph");
      return null;
    }
    cmd = py;
    argv = [`${here}runners/igraph_exact_betweenness.py`, data.edges, file];
  }
  console.log(`${tool}: exact betweenness on ${data.edges.replace(here, "bench/")} (this takes a while)`);
  const r = spawnSync(cmd, argv, { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) {
    console.log(`${tool}: failed (exit ${r.status})`);
    return null;
  }
  return { ...JSON.parse(readFileSync(file, "utf8")), measured_at: new Date().toISOString() };
}

const results: Record<string, Record<string, any>> = {};
for (const tool of tools) {
  const r = measure(tool);
  if (r) results[tool] = r;
}
const eco = results.ecolens;
const ig = results.igraph;
const report = {
  machine: { ...machine, loadavg_at_end: loadavg() },
  size,
  edges: data.edges.replace(here, "bench/"),
  results: Object.fromEntries(
    Object.entries(results).map(([tool, { values: _v, sampled, ...rest }]) => [
      tool,
      { ...rest, sampled: sampled?.map(({ values: _s, ...k }: Record<string, unknown>) => k) },
    ]),
  ),
  agreement: eco && ig ? agreementOf(eco.values, ig.values) : null,
  sampling: eco?.sampled?.map((s: any) => ({
    k: s.k,
    seed: s.seed,
    seconds: s.seconds,
    ...estimateError(s.values, eco.values),
  })),
};

function agreementOf(a: Record<string, number>, b: Record<string, number>) {
  let worst = 0;
  for (const id of Object.keys(b))
    if (id in a) worst = Math.max(worst, Math.abs(a[id] - b[id]) / Math.max(1, Math.abs(b[id])));
  return { ...spearman(a, b), max_relative_difference: worst };
}

mkdirSync(outDir, { recursive: true });
const stem = `${outDir}${machine.date.slice(0, 10)}-${size}-exact-betweenness`;
writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 1)}\n`);
const md = renderExactBetweenness(report);
writeFileSync(`${stem}.md`, md);
console.log(`\n${md}\nwritten: ${stem}.json, ${stem}.md`);
