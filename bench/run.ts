/**
 * The benchmark harness: `npx -y pnpm@12.4.2 bench -- --sizes S,M,L`.
 * Generates seeded planted-partition graphs (bench/generator.ts), runs ecolens and, when present,
 * python-igraph and networkx, each in ONE process that times every operation (bench/runners/),
 * checks that the tools agree (Spearman rank correlation, modularity) and writes
 * bench/results/<date>-<sizes>.{json,md} with the machine description and a ratio table.
 *
 * Options: --sizes S,M,L,XL  --tools ecolens,igraph,networkx  --repeats 3  --k 200 (sampled
 * sources at L and XL)  --exact-max M (largest size with exact all-pairs metrics)
 * --nx-max M (largest size networkx runs; it needs ~8 min at M)  --threads N  --out DIR
 * --exact-betweenness L (also measure exact betweenness over every source at these sizes with
 * bench/exact-betweenness.ts first: ~45 min at L; without it, earlier such results are used)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { sampleOrder } from "@ecolens/analysis";
import { spearman } from "./agreement.ts";
import { ensureData } from "./data.ts";
import { describeMachine, pythonWith } from "./environment.ts";
import { measuredExact, samplingErrors } from "./exact-results.ts";
import { readEdgeListView } from "./fast/edge-list.ts";
import { renderMarkdown, type ToolResult } from "./render.ts";
import { bundledRunner } from "./runners/bundle.ts";
import { parseArgs } from "./runners/common.ts";

const ORDER = ["S", "M", "L", "XL"];
const args = parseArgs(process.argv.slice(2));
const sizes = String(args.sizes ?? "S,M").split(",");
const tools = String(args.tools ?? "ecolens,igraph,networkx").split(",");
const repeats = String(args.repeats ?? 3);
const k = Number(args.k ?? 200);
const exactMax = ORDER.indexOf(String(args["exact-max"] ?? "M"));
const nxMax = ORDER.indexOf(String(args["nx-max"] ?? "M"));
const here = fileURLToPath(new URL(".", import.meta.url));
const outDir = String(args.out ?? `${here}results/`);

function run(cmd: string, argv: string[]): ToolResult | { error: string } {
  const r = spawnSync(cmd, argv, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"],
    // The ecolens runner then reports its resident memory after each step (runners/common.ts).
    env: { ...process.env, ECOLENS_BENCH_MEMORY: "1" },
  });
  if (r.status !== 0)
    return { error: `${cmd} ${argv.join(" ")} failed (${r.status}): ${r.stderr.slice(-2000)}` };
  const result: ToolResult = JSON.parse(r.stdout.trim().split("\n").pop() as string);
  const profile = [...r.stderr.matchAll(/^(\S+): rss (\d+) MB, peak (\d+) MB$/gm)].map((m) => ({
    op: m[1],
    rss: Number(m[2]),
    peak: Number(m[3]),
  }));
  return profile.length ? { ...result, memory_profile: profile } : result;
}

const machine = describeMachine();
const peers: Record<string, string | null> = {
  igraph: tools.includes("igraph") ? pythonWith("igraph", String(args.python ?? "")) : null,
  networkx: tools.includes("networkx") ? pythonWith("networkx", String(args.python ?? "")) : null,
};
for (const [tool, py] of Object.entries(peers))
  if (tools.includes(tool) && py === null)
    console.log(
      `${tool}: not found, skipped. Install it with: sudo apt-get install python3-${tool === "igraph" ? "igraph" : "networkx"} ` +
        `(Debian/Ubuntu) or: python3 -m pip install ${tool === "igraph" ? "igraph" : "networkx"}`,
    );

const report: Record<string, unknown> = { machine, peers, sizes: {} };
for (const size of sizes) {
  const level = ORDER.indexOf(size);
  const data = ensureData(size);
  console.log(`\n== ${size}: ${data.edges}`);
  if (
    String(args["exact-betweenness"] ?? "")
      .split(",")
      .includes(size)
  ) {
    const extra = args.threads ? ["--threads", String(args.threads)] : [];
    spawnSync(
      process.execPath,
      ["--import", "tsx", `${here}exact-betweenness.ts`, "--size", size, "--out", outDir, ...extra],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
  }
  const linearOnly = size === "XL";
  const exact = level <= exactMax;
  let samplePath: string | null = null;
  if (!exact && !linearOnly) {
    const view = readEdgeListView(readFileSync(data.edges)).view;
    const order = sampleOrder(view.n, k, 11);
    samplePath = `${data.dir}sample-${k}.txt`;
    writeFileSync(samplePath, `${Array.from(order.subarray(0, k), (v) => view.ids[v]).join("\n")}\n`);
  }
  const common = ["--edges", data.edges, "--repeats", repeats];
  if (samplePath) common.push("--sample", samplePath);
  if (linearOnly) common.push("--linear-only");
  const results: Record<string, ToolResult | { error: string }> = {};
  const valuesOf: Record<string, any> = {};
  for (const tool of tools) {
    const valuesPath = `${data.dir}values-${tool}.json`;
    if (tool === "ecolens") {
      const extra = ["--values", valuesPath, "--k", String(Math.min(k * 2, 500))];
      if (args.threads) extra.push("--threads", String(args.threads));
      // The bundled runner, as the installed CLI runs (runners/bundle.ts), not the sources through tsx.
      results.ecolens = run(process.execPath, [
        await bundledRunner(`${here}runners/ecolens.ts`),
        ...common,
        ...extra,
      ]);
    } else {
      const py = peers[tool];
      if (!py) continue;
      if (tool === "networkx" && level > nxMax) {
        console.log(`networkx: skipped at ${size} (--nx-max ${ORDER[nxMax]})`);
        continue;
      }
      results[tool] = run(py, [`${here}runners/peer.py`, "--tool", tool, ...common, "--values", valuesPath]);
    }
    const r = results[tool];
    if ("error" in r) console.log(r.error);
    else {
      valuesOf[tool] = JSON.parse(readFileSync(valuesPath, "utf8"));
      console.log(
        `${tool}: ${Object.entries(r.medians)
          .filter(([op]) => !op.includes("@"))
          .map(([op, t]) => `${op} ${t.toFixed(3)}`)
          .join(", ")}`,
      );
    }
  }
  // Agreement with ecolens.
  const agreement: Record<string, Record<string, unknown>> = {};
  const eco = valuesOf.ecolens;
  if (eco)
    for (const tool of Object.keys(valuesOf).filter((t) => t !== "ecolens")) {
      const peer = valuesOf[tool];
      const a: Record<string, unknown> = {};
      for (const metric of ["degree", "pagerank", "eigenvector", "closeness", "betweenness"]) {
        if (!eco.values[metric] || !peer.values[metric]) continue;
        // igraph scores closeness within each component (no wf_improved scaling): compare it on
        // the largest component, where the conventions coincide.
        const only = tool === "igraph" && metric === "closeness" ? eco.values.eigenvector : undefined;
        a[metric] = spearman(eco.values[metric], peer.values[metric], only);
      }
      if (eco.modularity != null && peer.modularity != null)
        a.modularity = {
          ecolens: eco.modularity,
          [tool]: peer.modularity,
          difference: eco.modularity - peer.modularity,
        };
      agreement[tool] = a;
    }
  // Sampled betweenness against exact values (ours at S/M; igraph's separate exact run at L).
  (report.sizes as Record<string, unknown>)[size] = {
    n: (results.ecolens as ToolResult)?.n,
    m: (results.ecolens as ToolResult)?.m,
    exact,
    sample_k: samplePath ? k : null,
    results,
    agreement,
    sampling: eco ? samplingErrors(size, eco.values) : {},
    igraph_exact_betweenness: measuredExact("igraph", size),
    ecolens_exact_betweenness: measuredExact("ecolens", size),
  };
}
(report.machine as Record<string, unknown>).loadavg_at_end = loadavg();
mkdirSync(outDir, { recursive: true });
const stem = `${outDir}${machine.date.slice(0, 10)}-${sizes.join("")}`;
writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 1)}\n`);
const md = renderMarkdown(report);
writeFileSync(`${stem}.md`, md);
console.log(`\n${md}\nwritten: ${stem}.json, ${stem}.md`);
