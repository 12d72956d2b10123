/**
 * A researcher's round trip: GEXF in -> metrics -> CSV and GEXF out -> checked against networkx.
 *
 * 1. Make the input: the core partnership of the Westhoek example (data/examples/researcher,
 *    Gephi node/edge tables) written as GEXF 1.3, as `ecolens export --to gexf` would write it.
 *    Replace `input.gexf` by your own Gephi file to analyse that instead.
 * 2. Import the GEXF (readGexf) and look at the import report.
 * 3. Compute every metric (analyseNetwork) and write them: one CSV row per organisation
 *    (R / pandas style), the edges, a GEXF with the metrics as node attributes (open it in Gephi
 *    and size nodes by betweenness), and the whole-network summary as JSON.
 * 4. When python3 with networkx is installed, check_networkx.py recomputes the metrics from the
 *    written GEXF with networkx and compares them (tolerance 1e-6).
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/researcher-gexf/run.ts [outDir]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type AnalysisResult, analyseNetwork } from "@ecolens/analysis";
import {
  DEFAULT_SEED,
  type EcoNetwork,
  type InputFile,
  type MetricColumns,
  readGexf,
  readNodeEdgeLists,
  writeCsvTables,
  writeGexf,
} from "@ecolens/core";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LISTS = join(ROOT, "data/examples/researcher");
const CHECK_SCRIPT = fileURLToPath(new URL("./check_networkx.py", import.meta.url));
export const DEFAULT_OUT = join(ROOT, "examples/out/researcher-gexf");

/** What the example wrote and found (also what the test checks). */
export interface ResearcherResult {
  files: {
    input: string;
    nodesCsv: string;
    edgesCsv: string;
    gexf: string;
    summary: string;
    networkxCheck: string | null;
  };
  imported: { nodes: number; edges: number; errors: number; warnings: number };
  analysis: AnalysisResult;
  /** null when python3 + networkx are not available. */
  networkx: NetworkxCheck | null;
}

export interface NetworkxCheck {
  networkx_version: string;
  tolerance: number;
  checks: Array<{
    metric: string;
    level: "node" | "network";
    compared: number;
    max_abs_diff: number;
    ok: boolean;
  }>;
  all_ok: boolean;
}

const readInput = (path: string, name = path): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(path)),
});

/** Step 1: a GEXF file from the Gephi node/edge tables (what a researcher's Gephi project saves). */
export function writeInputGexf(path: string): void {
  const lists = readNodeEdgeLists(
    readInput(join(LISTS, "edges.csv"), "edges.csv"),
    readInput(join(LISTS, "nodes.csv"), "nodes.csv"),
  );
  writeFileSync(path, writeGexf(lists));
}

/** analyseNetwork's per-node rows turned around: metric -> (node id -> value), for the writers. */
export function metricColumns(result: AnalysisResult): MetricColumns {
  const columns: MetricColumns = Object.create(null);
  for (const [id, row] of Object.entries(result.nodes))
    for (const [metric, value] of Object.entries(row)) {
      columns[metric] ??= Object.create(null);
      columns[metric][id] = value;
    }
  return columns;
}

/** Runs check_networkx.py on the written GEXF; null when python3 or networkx is missing. */
export function checkWithNetworkx(gexfPath: string): NetworkxCheck | null {
  const probe = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return null;
  const run = spawnSync("python3", [CHECK_SCRIPT, gexfPath], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`check_networkx.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as NetworkxCheck;
}

export async function main(outDir: string = DEFAULT_OUT): Promise<ResearcherResult> {
  mkdirSync(outDir, { recursive: true });
  const input = join(outDir, "input.gexf");
  writeInputGexf(input);

  // Step 2: import. Problems would be findings in network.report, never exceptions.
  const network: EcoNetwork = readGexf(readInput(input, "input.gexf"));
  const { report } = network;

  // Step 3: every registry metric (docs/metrics.md); a fixed seed keeps permutation tests stable.
  const analysis = analyseNetwork(network, { seed: DEFAULT_SEED });
  const metrics = metricColumns(analysis);
  // plain = comma, no BOM, LF, decimal point: what R's read.csv and pandas expect.
  const tables = writeCsvTables(network, { metrics, plain: true });
  const files = {
    input,
    nodesCsv: join(outDir, "nodes-with-metrics.csv"),
    edgesCsv: join(outDir, "edges.csv"),
    gexf: join(outDir, "network-with-metrics.gexf"),
    summary: join(outDir, "summary.json"),
    networkxCheck: null as string | null,
  };
  writeFileSync(files.nodesCsv, tables.nodes);
  writeFileSync(files.edgesCsv, tables.edges);
  writeFileSync(files.gexf, writeGexf(network, { metrics }));
  writeFileSync(
    files.summary,
    `${JSON.stringify({ meta: analysis.meta, summary: analysis.summary, top: analysis.top }, null, 2)}\n`,
  );

  // Step 4: an independent check of the numbers, from the file a colleague would receive.
  const networkx = checkWithNetworkx(files.gexf);
  if (networkx) {
    files.networkxCheck = join(outDir, "networkx-check.json");
    writeFileSync(files.networkxCheck, `${JSON.stringify(networkx, null, 2)}\n`);
  }

  return {
    files,
    imported: {
      nodes: network.graph.order,
      edges: network.graph.size,
      errors: report.errors,
      warnings: report.warnings,
    },
    analysis,
    networkx,
  };
}

function printSummary(result: ResearcherResult): void {
  const s = result.analysis.summary;
  const lines = [
    `Imported ${result.imported.nodes} organisations and ${result.imported.edges} ties from ${result.files.input}`,
    `(${result.imported.errors} errors, ${result.imported.warnings} warnings).`,
    `Density ${s.density?.toFixed(3)}, transitivity ${s.transitivity?.toFixed(3)}, ` +
      `average distance ${typeof s.average_shortest_path_length === "number" ? s.average_shortest_path_length.toFixed(2) : "-"}.`,
    `Top broker: ${result.analysis.top.brokers[0]?.label ?? "-"}.`,
    `Written: ${result.files.nodesCsv}, ${result.files.edgesCsv}, ${result.files.gexf}, ${result.files.summary}`,
  ];
  if (result.networkx) {
    lines.push(`networkx ${result.networkx.networkx_version}:`);
    for (const c of result.networkx.checks)
      lines.push(
        `  ${c.ok ? "ok  " : "DIFF"} ${c.metric} (${c.compared} value(s), max |diff| ${c.max_abs_diff.toExponential(1)})`,
      );
  } else lines.push("python3 with networkx not found: the networkx check was skipped.");
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await main(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT);
  printSummary(result);
  if (result.networkx && !result.networkx.all_ok) process.exitCode = 1;
}
