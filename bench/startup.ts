/**
 * Start-up of the built CLI (issue 19): `node -e 0` as the baseline in the same run, then
 * `ecolens --help`, `ecolens analyse data/examples/westhoek` end to end (output to a pipe), and a
 * worker thread from dist/worker.mjs until it answers its first message; the same from the
 * TypeScript sources through tsx, for comparison. Builds first when the build is stale.
 *
 *   npx -y pnpm@12.4.2 exec tsx bench/startup.ts [--runs 15] [--out bench/results/<date>-startup.md]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./environment.ts";
import { renderStartup, type StartupRow, summarise } from "./startup-render.ts";
import { writeTargets } from "./target-rows.ts";

interface Sample {
  wall: number;
  cpu?: number;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "packages/cli/bin/ecolens.mjs");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const SOURCE_MAIN = join(ROOT, "packages/cli/src/main.ts");
const WESTHOEK = join(ROOT, "data/examples/westhoek");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** `times` prints the shell's own and then its children's user and system time: "0m0.120s 0m0.030s". */
function childCpu(timesOutput: string): number {
  const line = timesOutput.trim().split("\n").at(-1) ?? "";
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/**
 * One process run to its end, output to /dev/null: wall seconds, and CPU seconds (user + system,
 * every thread) from bash's `times`, which a loaded machine changes far less than the wall time.
 */
function timeOnce(cmd: string, args: string[]): Sample {
  const script = '"$@" >/dev/null; code=$?; times; exit $code';
  const t0 = process.hrtime.bigint();
  const r = spawnSync("bash", ["-c", script, "bash", cmd, ...args], { cwd: ROOT, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return { wall, cpu: childCpu(r.stdout) };
}

function timeRuns(cmd: string, args: string[], runs: number): Sample[] {
  timeOnce(cmd, args); // warm the file cache; not counted
  return Array.from({ length: runs }, () => timeOnce(cmd, args));
}

/**
 * Worker start-up, measured inside one Node process: from `new Worker(file)` to the answer to a
 * first message (a chunk before init, which the worker answers with an error), for `runs` fresh
 * workers one after the other. Prints the seconds as JSON.
 */
const WORKER_PROBE = `
import { Worker } from "node:worker_threads";
const [file, runs] = [process.argv[1], Number(process.argv[2])];
const out = [];
for (let i = 0; i <= runs; i++) {
  const t0 = performance.now();
  const w = new Worker(new URL(file, "file://"), { execArgv: [] });
  await new Promise((resolve, reject) => {
    w.once("message", resolve);
    w.once("error", reject);
    w.postMessage({ type: "chunk", chunk: 0, from: 0, to: 0 });
  });
  if (i > 0) out.push((performance.now() - t0) / 1000);
  await w.terminate();
}
process.stdout.write(JSON.stringify(out));
`;

function workerRuns(file: string, runs: number): Sample[] {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", WORKER_PROBE, file, String(runs)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`worker probe failed for ${file}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as number[]).map((wall) => ({ wall }));
}

function main(): void {
  const runs = Number(arg("--runs", "15"));
  const sourceRuns = Math.max(3, Math.round(runs / 5));
  const build = spawnSync(TSX, [join(ROOT, "packages/cli/build.ts"), "--if-stale"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("the build failed");
  const machine = describeMachine();
  const rows: StartupRow[] = [];
  const add = (row: Omit<StartupRow, "stats" | "cpu">, samples: Sample[]) => {
    const stats = summarise(samples.map((s) => s.wall));
    const cpu = samples[0].cpu === undefined ? undefined : summarise(samples.map((s) => s.cpu ?? 0));
    rows.push({ ...row, stats, cpu });
    process.stderr.write(`${row.label}: median ${stats.median.toFixed(3)} s\n`);
  };
  add({ label: "node -e 0 (baseline)", kind: "process" }, timeRuns(process.execPath, ["-e", "0"], runs));
  add(
    { label: "ecolens --help", kind: "process", target: 0.3 },
    timeRuns(process.execPath, [BIN, "--help"], runs),
  );
  add(
    { label: "ecolens analyse data/examples/westhoek", kind: "process", target: 1.0 },
    timeRuns(process.execPath, [BIN, "analyse", WESTHOEK], runs),
  );
  add(
    { label: "worker ready (dist/worker.mjs)", kind: "worker", target: 0.05 },
    workerRuns(join(ROOT, "packages/cli/dist/worker.mjs"), runs),
  );
  add(
    { label: "from source: tsx main.ts --help", kind: "process" },
    timeRuns(TSX, [SOURCE_MAIN, "--help"], sourceRuns),
  );
  add(
    { label: "from source: tsx main.ts analyse westhoek", kind: "process" },
    timeRuns(TSX, [SOURCE_MAIN, "analyse", WESTHOEK], sourceRuns),
  );
  add(
    { label: "from source: worker via tsx bootstrap", kind: "worker" },
    workerRuns(join(ROOT, "packages/analysis/src/parallel/worker-bootstrap.mjs"), sourceRuns),
  );
  const out = arg("--out", join(ROOT, `bench/results/${machine.date.slice(0, 10)}-startup.md`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderStartup(rows, machine, runs));
  writeTargets(
    out,
    "npx -y pnpm@12.4.2 exec tsx bench/startup.ts",
    rows.flatMap((row) =>
      row.target === undefined
        ? []
        : [
            {
              figure: `${row.label}, median wall`,
              measured: row.stats.median,
              unit: "s" as const,
              target: row.target,
              issue: 19 as const,
            },
          ],
    ),
  );
  process.stderr.write(`written: ${out}\n`);
}

main();
