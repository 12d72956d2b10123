/**
 * Report benchmark (on demand): `npx -y pnpm@12.4.2 exec tsx bench/report.ts [--sizes 1000,5000,20000]`.
 * For each size, a seeded synthetic inventory network (sectors, municipalities, themes, local ties
 * plus random ones, about 3 ties per organisation) goes through the real pipeline: buildReportModel
 * (analyses + layout), renderReportHtml; then headless Chromium opens the file and we time the
 * first drawn map (the viewer's `rendered` probe after sigma's first render). Writes
 * bench/results/report.md. Target: a 5,000-organisation report shows its map within 3 s.
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRng, type EcoNetwork, SECTORS } from "@ecolens/core";
import { buildReportModel } from "@ecolens/report";
import { renderReportHtml } from "@ecolens/viz";
import type { MultiGraph as MultiGraphClass } from "../packages/viz/node_modules/graphology";
import type { chromium as Chromium } from "../packages/viz/node_modules/playwright-core";

// bench/ is not a workspace package: load viz's own copies (plain Node cannot import a folder).
const require = createRequire(import.meta.url);
const { MultiGraph } = require("../packages/viz/node_modules/graphology") as {
  MultiGraph: typeof MultiGraphClass;
};
const { chromium } = require("../packages/viz/node_modules/playwright-core") as { chromium: typeof Chromium };

const TYPES = [
  "school_primary",
  "library",
  "sports_club",
  "local_government",
  "welfare_service",
  "employer_business",
  "intermediary",
];
const THEMES = ["sport", "culture_arts", "reading_media", "technology_stem", "health_wellbeing", "care"];
const GROUPS = ["children", "youth", "adults", "seniors", "people_in_poverty", "non_native_newcomers"];
const RELS = ["information_sharing", "referral", "joint_activity", "formal_agreement"];

export function syntheticNetwork(n: number, seed = 1): EcoNetwork {
  const rng = createRng(seed);
  const graph = new MultiGraph() as unknown as EcoNetwork["graph"];
  graph.setAttribute("name", `synthetic-${n}`);
  const munis = Math.max(4, Math.round(n / 60));
  for (let i = 0; i < n; i++) {
    const s = Math.floor(rng() * SECTORS.length);
    graph.addNode(`o${i}`, {
      label: `Organisatie ${i}`,
      sector: SECTORS[s],
      org_type: TYPES[s],
      nis_code: `9${String(Math.floor((i / n) * munis)).padStart(4, "0")}`,
      themes: [THEMES[Math.floor(rng() * THEMES.length)]],
      target_groups: [GROUPS[Math.floor(rng() * GROUPS.length)]],
    });
  }
  for (let k = 0; k < n * 3; k++) {
    const a = Math.floor(rng() * n);
    const b = rng() < 0.85 ? (a + 1 + Math.floor(rng() * 25)) % n : Math.floor(rng() * n);
    if (a === b) continue;
    const type = RELS[Math.floor(rng() * RELS.length)];
    const attrs = { relation_type: type, weight: 1 + Math.floor(rng() * 3), directed: type === "referral" };
    if (attrs.directed) graph.addDirectedEdge(`o${a}`, `o${b}`, attrs);
    else graph.addUndirectedEdge(`o${a}`, `o${b}`, attrs);
  }
  return {
    graph,
    organisations: [],
    relations: [],
    offerings: [],
    barriers: [],
    commitments: [],
    municipalities: [],
    report: { files: [], findings: [], errors: 0, warnings: 0 },
    source: { kind: "lists", files: [] },
  };
}

const sizes = (
  process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ??
  process.argv[process.argv.indexOf("--sizes") + 1] ??
  "1000,5000,20000"
)
  .split(",")
  .map(Number)
  .filter((x) => Number.isInteger(x) && x > 0);
const outDir = join(import.meta.dirname ?? ".", "tmp");
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-unsafe-swiftshader",
  ],
});
const rows: string[] = [];
for (const n of sizes) {
  const network = syntheticNetwork(n);
  const steps: Record<string, number> = {};
  let last = performance.now();
  let current = "";
  const t0 = performance.now();
  const model = await buildReportModel(network, "en", {
    seed: 1,
    onStep: (s) => {
      const now = performance.now();
      if (current) steps[current] = (steps[current] ?? 0) + now - last;
      current = s;
      last = now;
    },
  });
  const t1 = performance.now();
  if (current) steps[current] = (steps[current] ?? 0) + t1 - last;
  const html = await renderReportHtml(model, { lang: "en" });
  const t2 = performance.now();
  const file = join(outDir, `report-${n}.html`);
  writeFileSync(file, html);
  const opens: number[] = [];
  for (let r = 0; r < 3; r++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const start = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as any).__ecolens?.rendered, null, { timeout: 120_000 });
    opens.push(performance.now() - start);
    await page.close();
  }
  opens.sort((a, b) => a - b);
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const detail = Object.entries(steps)
    .map(([k, v]) => `${k} ${s(v)}`)
    .join(", ");
  rows.push(
    `| ${n.toLocaleString("en")} | ${network.graph.size.toLocaleString("en")} | ${s(t1 - t0)} (${detail}) | ${s(t2 - t1)} | ${(statSync(file).size / 1e6).toFixed(2)} MB | ${s(opens[1])} |`,
  );
  process.stdout.write(`${rows[rows.length - 1]}\n`);
}
await browser.close();
const md = `# Report benchmark

\`npx -y pnpm@12.4.2 exec tsx bench/report.ts --sizes ${sizes.join(",")}\` on ${cpus().length} × ${cpus()[0]?.model ?? "cpu"},
${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Debian chromium headless (WebGL via SwiftShader, no GPU).
Seeded synthetic inventories (7 sectors, ~60 organisations per municipality, 3 ties per organisation,
mostly local). "Model" = every analysis of the report (helicopter view with exact betweenness and
closeness, clusters, gaps, suggestions, partner departure) plus the ForceAtlas2 layout; "render" =
charts, tables and the inline viewer bundle (esbuild, cached after the first report); "map drawn" =
median of 3 page loads from file:// until sigma's first frame (the \`__ecolens.rendered\` probe).

| organisations | relations | model (s) | render (s) | file | map drawn (s) |
|---:|---:|---|---:|---:|---:|
${rows.join("\n")}

Target: a 5,000-organisation report draws its map within 3 s in headless Chromium.
`;
writeFileSync(join(import.meta.dirname ?? ".", "results", "report.md"), md);
process.stdout.write("written bench/results/report.md\n");
