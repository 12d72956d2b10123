/**
 * Re-renders a bench report after the separate igraph exact-betweenness run finished:
 * `tsx bench/rerender.ts bench/results/<date>-<sizes>.json`. Adds that run's time and the error of
 * ecolens's sampled betweenness against its exact values, then rewrites the .json and .md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { estimateError } from "./agreement.ts";
import { TMP_DIR } from "./data.ts";
import { renderMarkdown } from "./render.ts";

const path = process.argv[2];
const report = JSON.parse(readFileSync(path, "utf8"));
for (const [size, s] of Object.entries<any>(report.sizes)) {
  const exactFile = `${TMP_DIR}igraph-${size}-betweenness.json`;
  if (!existsSync(exactFile) || s.exact) continue;
  const { values, ...rest } = JSON.parse(readFileSync(exactFile, "utf8"));
  s.igraph_exact_betweenness = rest;
  const eco = JSON.parse(readFileSync(`${TMP_DIR}${size}-seed42/values-ecolens.json`, "utf8"));
  s.sampling = { exact_from: `bench/tmp/igraph-${size}-betweenness.json` };
  if (eco.values.betweenness_k) s.sampling.k_option = estimateError(eco.values.betweenness_k, values);
  if (eco.values.betweenness_sampled)
    s.sampling.bench_sample = estimateError(eco.values.betweenness_sampled, values);
}
writeFileSync(path, `${JSON.stringify(report, null, 1)}\n`);
writeFileSync(path.replace(/\.json$/, ".md"), renderMarkdown(report));
console.log(renderMarkdown(report));
