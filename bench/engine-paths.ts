/**
 * The product's path against the bench's typed-array loader and Louvain (bench/fast), on the
 * generated graphs: why the product keeps core's reader and graphology-communities-louvain, and
 * what the typed-array path would gain (docs/decisions/0007-one-engine.md). Each step runs in its
 * own child process so its peak memory is its own; the order alternates over the repeats.
 * Usage: npx -y pnpm@12.4.2 exec tsx bench/engine-paths.ts [--sizes S,M] [--repeats 3]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { buildView, detectClusters } from "@ecolens/analysis";
import { DEFAULT_SEED, readNodeEdgeLists } from "@ecolens/core";
import { ensureData } from "./data.ts";
import { readEdgeListView } from "./fast/edge-list.ts";
import { louvainOnView } from "./fast/louvain-view.ts";
import { median, parseArgs } from "./runners/common.ts";

const STEPS = {
  /** What `ecolens analyse edges.csv` does: every row checked and kept, then the typed view. */
  read_product: (path: string) => {
    const network = readNodeEdgeLists({ name: "edges.csv", bytes: readFileSync(path) });
    return buildView(network.graph).n;
  },
  read_bench: (path: string) => readEdgeListView(readFileSync(path)).view.n,
  louvain_product: (path: string) => {
    const network = readNodeEdgeLists({ name: "edges.csv", bytes: readFileSync(path) });
    const t = performance.now();
    const c = detectClusters(network.graph, { seed: DEFAULT_SEED });
    return { seconds: (performance.now() - t) / 1000, modularity: c.modularity };
  },
  louvain_bench: (path: string) => {
    const view = readEdgeListView(readFileSync(path)).view;
    const t = performance.now();
    const c = louvainOnView(view, { seed: DEFAULT_SEED });
    return { seconds: (performance.now() - t) / 1000, modularity: c.modularity };
  },
} as const;
type Step = keyof typeof STEPS;

/** Child mode: run one step, print its time, own peak memory and result. */
async function child(step: Step, path: string) {
  const t = performance.now();
  const result = STEPS[step](path);
  const seconds = (performance.now() - t) / 1000;
  const timed = typeof result === "object" ? result : { seconds, value: result };
  console.log(JSON.stringify({ ...timed, peak_mb: process.resourceUsage().maxRSS / 1024 }));
}

function runChild(step: Step, path: string) {
  const here = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--import", "tsx", here, "--child", step, "--edges", path], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${step}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.child) return child(String(args.child) as Step, String(args.edges));
  const sizes = String(args.sizes ?? "S,M").split(",");
  const repeats = Number(args.repeats ?? 3);
  const rows: string[] = [];
  for (const size of sizes) {
    const data = ensureData(size);
    const runs: Record<string, { seconds: number[]; peak: number[]; modularity?: number | null }> = {};
    for (let r = 0; r < repeats; r++) {
      const order = (Object.keys(STEPS) as Step[]).slice();
      if (r % 2) order.reverse();
      for (const step of order) {
        process.stderr.write(`${size} ${step} run ${r + 1}/${repeats}\n`);
        const out = runChild(step, data.edges);
        runs[step] ??= { seconds: [], peak: [] };
        runs[step].seconds.push(out.seconds);
        runs[step].peak.push(out.peak_mb);
        runs[step].modularity = out.modularity;
      }
    }
    const m = (s: Step) => median(runs[s].seconds);
    const p = (s: Step) => median(runs[s].peak);
    const q = (s: Step) => (runs[s].modularity == null ? "" : ` (Q ${runs[s].modularity?.toFixed(4)})`);
    rows.push(
      `| ${size} | read: core reader + buildView (product) | ${m("read_product").toFixed(3)} | ${p("read_product").toFixed(0)} |`,
      `| ${size} | read: typed-array loader (bench/fast) | ${m("read_bench").toFixed(3)} | ${p("read_bench").toFixed(0)} |`,
      `| ${size} | **read ratio product / bench** | **${(m("read_product") / m("read_bench")).toFixed(1)}x** | **${(p("read_product") / p("read_bench")).toFixed(1)}x** |`,
      `| ${size} | Louvain: graphology-communities-louvain (product)${q("louvain_product")} | ${m("louvain_product").toFixed(3)} | ${p("louvain_product").toFixed(0)} |`,
      `| ${size} | Louvain: CSR (bench/fast)${q("louvain_bench")} | ${m("louvain_bench").toFixed(3)} | ${p("louvain_bench").toFixed(0)} |`,
      `| ${size} | **Louvain ratio product / bench** | **${(m("louvain_product") / m("louvain_bench")).toFixed(1)}x** | |`,
    );
  }
  const date = new Date().toISOString().slice(0, 10);
  const text = [
    "# The product's path against the bench's typed-array path",
    "",
    "<!-- written by bench/engine-paths.ts; rerun it to refresh -->",
    "",
    `Generated planted-partition graphs (bench/generator.ts, seed ${DEFAULT_SEED}); median of ${repeats} runs, each step in its own process (peak = that process's max RSS, including Node's ~45 MB).`,
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; load average when done: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ", ",
      )} (other work shares the cores: read the ratios, measured in the same run, not the absolute times).`,
    "Louvain times exclude reading. The product's Louvain runs on a simple weighted graphology copy; the bench's on the view's typed arrays.",
    "",
    "| size | step | seconds | peak MB |",
    "|---|---|---:|---:|",
    ...rows,
    "",
  ].join("\n");
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${date}-engine-paths.md`, text);
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
