/**
 * Re-renders a bench report with the exact-betweenness runs that finished after it
 * (`bench:exact`): `tsx bench/rerender.ts bench/results/<date>-<sizes>.json`. Adds their times and
 * the error of ecolens's sampled betweenness against the exact values, then rewrites the .json
 * and .md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { TMP_DIR } from "./data.ts";
import { measuredExact, samplingErrors } from "./exact-results.ts";
import { renderMarkdown } from "./render.ts";

const path = process.argv[2];
const report = JSON.parse(readFileSync(path, "utf8"));
for (const [size, s] of Object.entries<any>(report.sizes)) {
  if (s.exact) continue;
  s.igraph_exact_betweenness = measuredExact("igraph", size);
  s.ecolens_exact_betweenness = measuredExact("ecolens", size);
  const values = `${TMP_DIR}${size}-seed42/values-ecolens.json`;
  if (existsSync(values)) s.sampling = samplingErrors(size, JSON.parse(readFileSync(values, "utf8")).values);
}
writeFileSync(path, `${JSON.stringify(report, null, 1)}\n`);
writeFileSync(path.replace(/\.json$/, ".md"), renderMarkdown(report));
console.log(renderMarkdown(report));
