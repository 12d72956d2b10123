/**
 * The browser app's benchmark (`npx -y pnpm@12.4.2 bench:app`): builds packages/app, serves it on
 * 127.0.0.1 and drives headless Debian chromium (viz/src/browser-flags.ts) through the real page:
 *
 * - first screen: navigation to the app ready for files (median of 5 fresh pages), target <= 1 s;
 * - Westhoek: the five CSVs given to the file input until the report's map is drawn (the viewer's
 *   `rendered` probe in the report frame), median of 3, target <= 3 s;
 * - a 5,000-organisation inventory (bench/generator.ts: 5,000 organisations, 15,000 ties), the same
 *   way, target <= 10 s;
 * - the size of every built file, raw and gzip.
 *
 * Writes bench/results/<date>-app.md and its .targets.json (or the file given with --out).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { importInventoryFiles } from "@ecolens/core";
import { buildReportModel } from "@ecolens/report";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, renderReportHtml } from "@ecolens/viz";
import type { Browser, chromium as Chromium, Page } from "../packages/app/node_modules/playwright-core";
import { buildApp, DIST, serveDist } from "../packages/app/serve.ts";
import { edgeCsv, generateGraph, nodeCsvChunks } from "./generator.ts";
import { writeTargets } from "./target-rows.ts";

// bench/ is not a workspace package: load the app's own copy of playwright-core.
const require = createRequire(import.meta.url);
const { chromium } = require("../packages/app/node_modules/playwright-core") as { chromium: typeof Chromium };

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TMP = join(ROOT, "bench/tmp/app");
const OUT = process.argv.includes("--out")
  ? process.argv[process.argv.indexOf("--out") + 1]
  : join(ROOT, `bench/results/${new Date().toISOString().slice(0, 10)}-app.md`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${Math.round(x).toLocaleString("en-GB")} ms`;

function csvFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}

/** 5,000 organisations and 15,000 ties from the seeded benchmark generator, as two CSV files. */
function largeInventory(): string[] {
  const dir = join(TMP, "inventory-5000");
  mkdirSync(dir, { recursive: true });
  const g = generateGraph(5_000, 15_000);
  writeFileSync(join(dir, "organisations.csv"), [...nodeCsvChunks(g)].join(""));
  writeFileSync(join(dir, "relations.csv"), edgeCsv(g));
  return csvFiles(dir);
}

async function firstScreen(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.waitForSelector("body[data-state=idle] #files-current");
  const took = performance.now() - started;
  await page.close();
  return took;
}

/** From giving the files to the input until the report frame's map is drawn. */
async function dropToMap(
  browser: Browser,
  url: string,
  files: string[],
): Promise<{ total: number; numbers: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-state=idle]");
  const started = performance.now();
  await page.setInputFiles("#files-current", files);
  await page.waitForSelector("[data-figure=organisations]", { state: "attached", timeout: 120_000 });
  const numbers = performance.now() - started;
  const handle = await page.waitForSelector("#report-frame", { state: "attached", timeout: 300_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("no report frame");
  await frame.waitForFunction(
    () => (window as unknown as { __ecolens?: { rendered: boolean } }).__ecolens?.rendered === true,
    null,
    { timeout: 300_000 },
  );
  const total = performance.now() - started;
  await context.close();
  return { total, numbers };
}

/**
 * The same pipeline in Node at the same moment (import, report model with the layout, the page;
 * the CLI's engine without a browser): what the load of the machine does to the figures.
 */
async function nodePipeline(files: string[]): Promise<number> {
  const started = performance.now();
  const network = importInventoryFiles(
    files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) })),
  );
  const model = await buildReportModel(network, "en", {});
  await renderReportHtml(model, { lang: "en" });
  return performance.now() - started;
}

function bundleRows(): string[] {
  const files = readdirSync(join(DIST, "assets")).map((f) => join("assets", f));
  return ["index.html", ...files].map((f) => {
    const bytes = readFileSync(join(DIST, f));
    return `| ${f.replace(/-[\w-]{8}\./, ".")} | ${(statSync(join(DIST, f)).size / 1024).toFixed(1)} kB | ${(gzipSync(bytes).length / 1024).toFixed(1)} kB |`;
  });
}

async function main(): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  const built = performance.now();
  await buildApp();
  const buildMs = performance.now() - built;
  const { server, url } = await serveDist(DIST, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    await firstScreen(browser, url); // warm-up: the browser's own start is not the app's
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await firstScreen(browser, url));
    const westhoek = [];
    for (let i = 0; i < 3; i++)
      westhoek.push(await dropToMap(browser, url, csvFiles(join(ROOT, "data/examples/westhoek"))));
    const large = [await dropToMap(browser, url, largeInventory())];
    await nodePipeline(csvFiles(join(ROOT, "data/examples/westhoek"))); // warm-up (the viewer bundle)
    const node = await nodePipeline(csvFiles(join(ROOT, "data/examples/westhoek")));
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(", ");
    const rows = [
      `| first screen from a local server (median of 5) | ${ms(median(first))} | <= 1,000 ms | ${median(first) <= 1000 ? "met" : "missed"} |`,
      `| Westhoek (599 organisations): drop to drawn map (median of 3) | ${ms(median(westhoek.map((w) => w.total)))} | <= 3,000 ms | ${median(westhoek.map((w) => w.total)) <= 3000 ? "met" : "missed"} |`,
      `| Westhoek: drop to headline numbers (median of 3) | ${ms(median(westhoek.map((w) => w.numbers)))} | – | – |`,
      `| Westhoek in Node at the same moment: import, report model, page (no browser) | ${ms(node)} | – | – |`,
      `| 5,000 organisations, 15,000 ties: drop to drawn map | ${ms(large[0].total)} | <= 10,000 ms | ${large[0].total <= 10_000 ? "met" : "missed"} |`,
      `| 5,000 organisations: drop to headline numbers | ${ms(large[0].numbers)} | – | – |`,
    ];
    const text = `# The browser app, measured (bench/app.ts)

Headless Debian chromium (${chromiumPath}) on this machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average at the end ${load} (the machine is shared: a high load slows every figure).
App built with Vite in ${ms(buildMs)}; served by packages/app/serve.ts on 127.0.0.1.

| what | measured | target | |
|---|---|---|---|
${rows.join("\n")}

"Drop" is the files given to the page's file input (playwright's setInputFiles); "drawn map" is the
report viewer's \`rendered\` probe (sigma's first frame) inside the report's iframe. The whole
pipeline runs in one module worker: import, analysis (betweenness exact below 5,000 organisations,
sampled from 500 sources at 5,000 and up, as the CLI's report), the report model, the layout and the
report page.

## Bundle

| file | raw | gzip |
|---|---|---|
${bundleRows().join("\n")}

The first screen needs index.html, the page's script and its styles only; the worker and the report
chunk (viz, the prebuilt sigma viewer, the report sections) load when files are dropped.

Runs: first screen ${first.map(ms).join(", ")}; Westhoek ${westhoek.map((w) => ms(w.total)).join(", ")}.
`;
    mkdirSync(join(OUT, ".."), { recursive: true });
    writeFileSync(OUT, text);
    writeTargets(OUT, "npx -y pnpm@12.4.2 bench:app", [
      {
        figure: "app: first screen from a local server (median of 5)",
        measured: median(first) / 1000,
        unit: "s",
        target: 1,
        issue: 17,
      },
      {
        figure: "app: Westhoek, drop to drawn map (median of 3)",
        measured: median(westhoek.map((w) => w.total)) / 1000,
        unit: "s",
        target: 3,
        issue: 17,
      },
      {
        figure: "app: 5,000 organisations, drop to drawn map",
        measured: large[0].total / 1000,
        unit: "s",
        target: 10,
        issue: 17,
      },
    ]);
    process.stdout.write(text);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
