/**
 * Every performance target of issues 17 and 19 next to its figure, in one dated table:
 *
 *   npx -y pnpm@12.4.2 exec tsx bench/targets.ts [--date 2026-12-07]
 *
 * It measures nothing itself. It reads the results that the benchmarks wrote on this machine that
 * day: bench/run.ts's `<date>-<sizes>.json` (ecolens against igraph in the same process run) and the
 * `<date>-*.targets.json` of bench/startup.ts, bench/report-command.ts and bench/app.ts, and writes
 * bench/results/<date>-targets.md. A figure whose benchmark has not run that day is listed as
 * "not measured", never left out.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./runners/common.ts";
import { met, type TargetFile, type TargetRow } from "./target-rows.ts";

const RESULTS = fileURLToPath(new URL("results/", import.meta.url));

interface ToolRun {
  medians: Record<string, number>;
  peak_rss_mb?: number;
  loadavg_end?: number[];
}
interface RunFile {
  machine: { date: string; loadavg_at_start: number[] };
  sizes: Record<string, { results: Record<string, ToolRun | { error: string }> }>;
}

interface Sourced extends TargetRow {
  source: string;
  load: string;
}

const fmtLoad = (xs: number[] | undefined) => (xs ? xs.map((x) => x.toFixed(1)).join(" / ") : "?");

/** The run files of `date`, newest first, with the ecolens and igraph results of `size`. */
function runFor(
  dir: string,
  date: string,
  size: string,
): { name: string; eco: ToolRun; peer: ToolRun; start: number[] } | null {
  const names = readdirSync(dir)
    .filter((n) => n.startsWith(date) && n.endsWith(".json") && !n.endsWith(".targets.json"))
    .sort()
    .reverse();
  for (const name of names) {
    const file = JSON.parse(readFileSync(join(dir, name), "utf8")) as Partial<RunFile>;
    const results = file.sizes?.[size]?.results;
    const eco = results?.ecolens;
    const peer = results?.igraph;
    if (eco && peer && !("error" in eco) && !("error" in peer))
      return { name, eco, peer, start: file.machine?.loadavg_at_start ?? [] };
  }
  return null;
}

/** Issue 19's ratios against igraph, from bench/run.ts. */
export function runRows(dir: string, date: string): { rows: Sourced[]; missing: string[] } {
  const rows: Sourced[] = [];
  const missing: string[] = [];
  const ratio = (size: string, figure: string, eco: (r: ToolRun) => number | undefined, target: number) => {
    const run = runFor(dir, date, size);
    const a = run && eco(run.eco);
    const b = run && eco(run.peer);
    if (!run || a === undefined || b === undefined || a === null || b === null || !(b > 0)) {
      missing.push(`${size}: ${figure}`);
      return;
    }
    rows.push({
      figure: `${size}: ${figure}`,
      measured: a / b,
      unit: "x",
      target,
      issue: 19,
      source: run.name,
      load: `${fmtLoad(run.start)} → ${fmtLoad(run.eco.loadavg_end)}`,
    });
  };
  ratio("M", "whole analysis, CPU time / igraph's", (r) => r.medians["analyse@cpu"], 1.0);
  ratio("M", "whole analysis, wall time / igraph's", (r) => r.medians.analyse, 0.6);
  for (const size of ["L", "XL"])
    for (const [op, label] of [
      ["pagerank", "PageRank"],
      ["eigenvector", "eigenvector"],
      ["components", "components"],
    ])
      ratio(size, `${label}, CPU time / igraph's`, (r) => r.medians[`${op}@cpu`], 1.0);
  for (const size of ["M", "L"]) ratio(size, "peak memory / igraph's", (r) => r.peak_rss_mb, 1.2);
  return { rows, missing };
}

/** The rows that bench/startup.ts, bench/report-command.ts and bench/app.ts wrote that day. */
function targetFileRows(dir: string, date: string): Sourced[] {
  return readdirSync(dir)
    .filter((n) => n.startsWith(date) && n.endsWith(".targets.json"))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(dir, name), "utf8")) as TargetFile;
      return file.rows.map((row) => ({ ...row, source: name, load: `→ ${fmtLoad(file.loadavg_at_end)}` }));
    });
}

const EXPECTED = [
  ["startup", "bench/startup.ts (--help, analyse westhoek, worker ready)"],
  ["report-command", "bench/report-command.ts (the report at 20,000 organisations)"],
  ["app", "npx -y pnpm@12.4.2 bench:app (the browser app)"],
];

function fmt(row: TargetRow): string {
  const digits = row.unit === "x" ? 2 : row.measured < 0.1 ? 3 : 2;
  return `${row.measured.toFixed(digits)} ${row.unit === "x" ? "x" : row.unit}`;
}

export function renderTargets(dir: string, date: string): string {
  const { rows: ratioRows, missing } = runRows(dir, date);
  const rows = [...targetFileRows(dir, date), ...ratioRows];
  const notMeasured = [
    ...EXPECTED.filter(([kind]) => !existsSync(join(dir, `${date}-${kind}.targets.json`))).map(
      ([, what]) => what,
    ),
    ...missing.map((m) => `bench/run.ts: ${m}`),
  ];
  const lines = rows.map(
    (r) =>
      `| ${r.issue} | ${r.figure} | ${fmt(r)} | ≤ ${r.target}${r.unit === "x" ? "x" : ` ${r.unit}`} | ${met(r) ? "met" : "**missed**"} | ${r.source} | ${r.load} |`,
  );
  const metCount = rows.filter(met).length;
  return `# Performance targets, ${date}

<!-- written by bench/targets.ts from that day's results; rerun it after a benchmark -->

Every figure with a target in issues 17 and 19, as measured on this machine on ${date}; the ratios
are against igraph measured in the same run of \`bench/run.ts\`. ${metCount} of ${rows.length} met.
"Load" is the machine's load average (1 / 5 / 15 min) at the start → end of the run: on 2 cores a
load above 2 means the run shared them, which lengthens wall times (CPU times much less).

| issue | figure | measured | target | | from | load |
|---|---|---:|---:|---|---|---|
${lines.join("\n")}
${notMeasured.length ? `\nNot measured that day: ${notMeasured.join("; ")}.\n` : ""}`;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const dates = readdirSync(RESULTS)
    .map((n) => /^(\d{4}-\d{2}-\d{2})-/.exec(n)?.[1])
    .filter((d): d is string => Boolean(d))
    .sort();
  const date = String(args.date ?? dates.at(-1));
  const out = join(RESULTS, `${date}-targets.md`);
  const text = renderTargets(RESULTS, date);
  writeFileSync(out, text);
  process.stdout.write(`${text}\nwritten: ${out}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
