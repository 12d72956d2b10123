/**
 * The `ecolens report` command end to end at scale, as a user runs it: the built CLI on a
 * synthetic inventory written as CSV (organisaties.csv + relaties.csv), timed with /usr/bin/time
 * (wall, CPU, peak memory), with the layout on a worker thread and, in the same run as the
 * baseline, on the main thread (ECOLENS_LAYOUT_THREAD=0); the layout cache is off (ECOLENS_CACHE=0)
 * except in the "cached" row, which runs the same command twice. Then headless Chromium opens the
 * report and we time from navigation to sigma's first frame (the `__ecolens.rendered` probe).
 * Usage: npx -y pnpm@12.4.2 exec tsx bench/report-command.ts [--sizes 5000,20000]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRng } from "@ecolens/core";
import { chromium } from "playwright-core";
import { parseArgs } from "./runners/common.ts";
import { type TargetRow, writeTargets } from "./target-rows.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/ecolens.mjs");
const TYPES = [
  "basisschool",
  "bibliotheek",
  "sportclub",
  "lokaal_bestuur",
  "welzijn",
  "jeugdbeweging",
  "cvo",
];
const RELS = ["info-uitwisseling", "doorverwijzing", "gezamenlijke_activiteit", "convenant"];

/** n organisations over the real Flemish municipalities (60 per municipality), 3 ties each, mostly local. */
export function writeInventory(dir: string, n: number, seed = 1): number {
  const rng = createRng(seed);
  const places = readFileSync(join(ROOT, "data/geo/population-2025.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
  const munis = Math.min(places.length, Math.max(4, Math.round(n / 60)));
  const orgs = ["organisatie_id;naam;type;gemeente;nis_code"];
  for (let i = 0; i < n; i++) {
    const [nis, name] = places[Math.floor((i / n) * munis)];
    orgs.push(`o${i};Organisatie ${i};${TYPES[Math.floor(rng() * TYPES.length)]};${name};${nis}`);
  }
  const rels = ["van;naar;relatietype;niveau"];
  for (let k = 0; k < n * 3; k++) {
    const a = Math.floor(rng() * n);
    const b = rng() < 0.85 ? (a + 1 + Math.floor(rng() * 25)) % n : Math.floor(rng() * n);
    if (a !== b)
      rels.push(`o${a};o${b};${RELS[Math.floor(rng() * RELS.length)]};${1 + Math.floor(rng() * 3)}`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "organisaties.csv"), `${orgs.join("\n")}\n`);
  writeFileSync(join(dir, "relaties.csv"), `${rels.join("\n")}\n`);
  return rels.length - 1;
}

interface Timed {
  wall: number;
  cpu: number;
  peakMb: number;
}

function timeReport(dir: string, out: string, env: Record<string, string>): Timed {
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %U %S %M", process.execPath, CLI, "report", dir, "-o", out, "--force", "--quiet"],
    { encoding: "utf8", env: { ...process.env, ...env } },
  );
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, sys, kb] = last.split(" ").map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`report failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: user + sys, peakMb: kb / 1024 };
}

async function mapDrawn(file: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader"],
  });
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const start = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as any).__ecolens?.rendered, null, { timeout: 120_000 });
    times.push((performance.now() - start) / 1000);
    await page.close();
  }
  await browser.close();
  return times.sort((a, b) => a - b);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sizes = String(args.sizes ?? "5000,20000")
    .split(",")
    .map(Number);
  const build = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "packages/cli/build.ts"), "--if-stale"],
    {
      stdio: "inherit",
    },
  );
  if (build.status !== 0) throw new Error("build failed");
  const work = mkdtempSync(join(tmpdir(), "ecolens-report-bench-"));
  const rows: string[] = [];
  const targets: TargetRow[] = [];
  const f = (x: number) => x.toFixed(2);
  try {
    for (const n of sizes) {
      const dir = join(work, `inventory-${n}`);
      const ties = writeInventory(dir, n);
      const out = join(work, `report-${n}.html`);
      const cacheDir = join(work, `cache-${n}`);
      process.stderr.write(`${n}: layout on the main thread\n`);
      const main = timeReport(dir, out, { ECOLENS_LAYOUT_THREAD: "0", ECOLENS_CACHE: "0" });
      process.stderr.write(`${n}: layout on a worker thread\n`);
      const thread = timeReport(dir, out, { ECOLENS_CACHE: "0" });
      timeReport(dir, out, { ECOLENS_CACHE_DIR: cacheDir });
      process.stderr.write(`${n}: cached layout\n`);
      const cached = timeReport(dir, out, { ECOLENS_CACHE_DIR: cacheDir });
      const drawn = await mapDrawn(out);
      const size = (statSync(out).size / 1e6).toFixed(1);
      rows.push(
        `| ${n.toLocaleString("en")} | ${ties.toLocaleString("en")} | ${f(main.wall)} / ${f(main.cpu)} / ${main.peakMb.toFixed(0)} | ${f(thread.wall)} / ${f(thread.cpu)} / ${thread.peakMb.toFixed(0)} | **${f(thread.wall / main.wall)}** | ${f(cached.wall)} | ${size} MB | ${f(drawn[1])} (${drawn.map(f).join(", ")}) |`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
      if (n === 20_000)
        targets.push(
          {
            figure: "`report` at 20,000 organisations, layout on a worker, cache off: wall",
            measured: thread.wall,
            unit: "s",
            target: 8,
            issue: 19,
          },
          {
            figure: "that report's map drawn after load (median of 3)",
            measured: drawn[1],
            unit: "s",
            target: 2,
            issue: 19,
          },
        );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const date = new Date().toISOString().slice(0, 10);
  const md = `# \`ecolens report\` at scale

<!-- written by bench/report-command.ts; rerun it to refresh -->

The built CLI (\`node packages/cli/dist/ecolens.mjs report DIR -o FILE --quiet\`) on seeded synthetic inventories
(7 organisation types over the real municipalities, 60 per municipality, 3 ties per organisation, mostly local),
${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; load average when done: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")}.
Each cell: wall s / CPU s / peak MB of the whole command (\`/usr/bin/time\`), layout cache off. "Map drawn" = headless
Chromium (SwiftShader, no GPU), median (and all) of 3 loads from file:// to sigma's first frame.

| organisations | relations | layout on the main thread | layout on a worker thread | thread / main | cached layout (s) | file | map drawn (s) |
|---|---:|---|---|---:|---:|---:|---:|
${rows.join("\n")}

Targets (issue 19): the whole \`report\` command <= 8 s at 20,000 organisations; its map drawn <= 2 s after load.
`;
  const mdPath = join(ROOT, "bench/results", `${date}-report-command.md`);
  writeFileSync(mdPath, md);
  writeTargets(mdPath, "npx -y pnpm@12.4.2 exec tsx bench/report-command.ts", targets);
  console.log(md);
}

// Run only as a script: importing writeInventory must not start the benchmark.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
