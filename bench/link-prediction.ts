/**
 * How well do the link scores find ties we know exist? Hides 10% of the ties (seeded, 10 repeats)
 * of the synthetic Westhoek example and of the reference networks, scores every untied pair on
 * what is left, and reports AUC and precision@k (k = number hidden) of the combined suggestion
 * score (docs/suggestions.md, across = none) against each plain score.
 * Run: npx -y pnpm@12.4.2 exec tsx bench/link-prediction.ts   -> bench/results/link-prediction.md
 * `--tune` instead runs the weight grid on separate tuning splits (seeds 1000-1009) of the
 * Westhoek example: how the default weights (SUGGESTION_WEIGHTS) were chosen.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  combinedFactory,
  defaultFactories,
  type Evaluation,
  evaluateLinkPrediction,
  plainFactory,
  type ScoreFactory,
  SUGGESTION_WEIGHTS,
} from "@ecolens/analysis";
import { DEFAULT_SEED, type EcoNetwork, importInventory } from "@ecolens/core";
import { loadReference } from "../packages/analysis/test/helpers/reference.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REPEATS = 10;
const FRACTION = 0.1;
const SEED = DEFAULT_SEED;

function westhoek(folder = "westhoek"): EcoNetwork {
  const dir = join(ROOT, "data/examples", folder);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  return importInventory(files);
}

/** A reference case as a network without side tables (it has no themes, places or barriers). */
function reference(name: string): EcoNetwork {
  const ref = loadReference(name);
  return {
    graph: ref.graph as EcoNetwork["graph"],
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

// karate-weighted has karate's ties (weights do not enter these scores); gf-tiny (6 arcs),
// edge-cases (11 ties) and the bipartite davis case (no triangles by construction) are left out.
const CASES: Array<[string, () => EcoNetwork]> = [
  ["westhoek (synthetic example)", () => westhoek()],
  ["westhoek-2025 (second round)", () => westhoek("westhoek-2025")],
  ["karate", () => reference("karate")],
  ["florentine", () => reference("florentine")],
  ["davis-women-projection", () => reference("davis-women-projection")],
  ["les-miserables", () => reference("les-miserables")],
];

const f3 = (x: number) => x.toFixed(3);

/** The weight grid on tuning splits only (never the reported seeds). */
function tune(): void {
  const grid: Record<string, ScoreFactory> = Object.create(null);
  grid.common_neighbors = plainFactory("common_neighbors");
  for (const complement of [0, 0.04, 0.1, 0.2])
    for (const geography of [0, 0.01, 0.1])
      for (const share of [0.4, 0.5, 0.6, 1]) {
        const rest = 1 - complement - geography;
        const weights = {
          structural: +(rest * share).toFixed(3),
          affinity: +(rest * (1 - share)).toFixed(3),
          themes: complement / 2,
          target_groups: complement / 4,
          barrier: complement / 4,
          geography,
        };
        grid[JSON.stringify(weights)] = combinedFactory({ across: "none", weights });
      }
  const ev = evaluateLinkPrediction(westhoek(), grid, { fraction: FRACTION, repeats: REPEATS, seed: 1000 });
  const rows = [...ev.results].sort((a, b) => b.precision_mean - a.precision_mean || b.auc_mean - a.auc_mean);
  for (const r of rows) process.stdout.write(`${f3(r.auc_mean)}  ${f3(r.precision_mean)}  ${r.score}\n`);
}
if (process.argv.includes("--tune")) {
  tune();
  process.exit(0);
}

const started = Date.now();
const sections: string[] = [];
const summary: string[] = [];
const shortfalls: string[] = [];
for (const [name, load] of CASES) {
  const t0 = Date.now();
  const network = load();
  const ev: Evaluation = evaluateLinkPrediction(network, defaultFactories({ across: "none" }), {
    fraction: FRACTION,
    repeats: REPEATS,
    seed: SEED,
  });
  const seconds = (Date.now() - t0) / 1000;
  const cn = ev.results.find((r) => r.score === "common_neighbors")!;
  const comb = ev.results.find((r) => r.score === "combined")!;
  const bestPlainAuc = Math.max(...ev.results.filter((r) => r.score !== "combined").map((r) => r.auc_mean));
  summary.push(
    `| ${name} | ${f3(comb.auc_mean)} | ${f3(cn.auc_mean)} | ${f3(bestPlainAuc)} | ${f3(comb.precision_mean)} | ${f3(cn.precision_mean)} | ${comb.auc_mean > cn.auc_mean ? "yes" : "no"} | ${comb.precision_mean > cn.precision_mean ? "yes" : "no"} |`,
  );
  if (comb.auc_mean <= cn.auc_mean || comb.precision_mean <= cn.precision_mean)
    shortfalls.push(
      `- ${name}: combined AUC ${f3(comb.auc_mean)} vs ${f3(cn.auc_mean)}, precision@k ${f3(comb.precision_mean)} ± ${f3(comb.precision_sd)} vs ${f3(cn.precision_mean)} ± ${f3(cn.precision_sd)} (k = ${ev.hidden_per_run}).`,
    );
  sections.push(
    [
      `### ${name}`,
      "",
      `n = ${ev.n}, m = ${ev.m}, hidden per run = ${ev.hidden_per_run} (k), ${ev.repeats} runs, ${seconds.toFixed(1)} s`,
      "",
      "| score | AUC mean | AUC sd | precision@k mean | precision@k sd |",
      "|---|---|---|---|---|",
      ...ev.results.map(
        (r) =>
          `| ${r.score} | ${f3(r.auc_mean)} | ${f3(r.auc_sd)} | ${f3(r.precision_mean)} | ${f3(r.precision_sd)} |`,
      ),
      "",
    ].join("\n"),
  );
  process.stderr.write(`${name}: ${seconds.toFixed(1)} s\n`);
}

const machine = `${platform()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
const md = [
  "# Link prediction: does the combined suggestion score find hidden ties?",
  "",
  `Generated by \`bench/link-prediction.ts\` on ${new Date().toISOString().slice(0, 10)} (${((Date.now() - started) / 1000).toFixed(0)} s in total).`,
  `Machine: ${machine}.`,
  "",
  `Method: hide ${FRACTION * 100}% of the ties at random (seeds ${SEED}..${SEED + REPEATS - 1}), score every pair without a`,
  "remaining tie on the rest, and compare hidden ties (positives) with pairs that are untied in the full",
  "network (negatives). AUC = chance a hidden tie outscores an untied pair (ties count 1/2);",
  "precision@k = share of hidden ties among the k best pairs, k = number hidden, pairs tied at the cut",
  "sharing the remaining places pro rata. `combined` = the suggestion score of docs/suggestions.md with",
  "its default weights and `across = none` (every pair is eligible). The reference networks carry no",
  "themes, places or barriers, so there `combined` is its structural part alone (a monotone",
  "transform of resource allocation: same AUC and precision as RA).",
  "",
  `Weights (SUGGESTION_WEIGHTS): ${JSON.stringify(SUGGESTION_WEIGHTS)}, chosen with \`--tune\` on separate`,
  "tuning splits (seeds 1000-1009) of the Westhoek example, never on the splits reported here.",
  "",
  "## Summary",
  "",
  "| network | AUC combined | AUC common neighbours | best plain AUC | P@k combined | P@k common neighbours | beats CN (AUC) | beats CN (P@k) |",
  "|---|---|---|---|---|---|---|---|",
  ...summary,
  "",
  "Where the combined score does not beat common neighbours:",
  "",
  ...(shortfalls.length > 0 ? shortfalls : ["- nowhere."]),
  "",
  "Caveat: the Westhoek example is synthetic. Its generator (scripts/generator/relations.ts) ties",
  "organisations mainly by municipality and by a type-pair homophily, which is exactly what the",
  "mixing-affinity component measures, and it does not use themes or target groups. The large gain on",
  "Westhoek therefore shows that the method recovers such structure when it exists, not that real",
  "inventories will show the same numbers. On networks without inventory attributes (the reference",
  "cases) the combined score adds nothing to resource allocation, as expected.",
  "",
  "## Per network",
  "",
  ...sections,
].join("\n");
writeFileSync(join(ROOT, "bench/results/link-prediction.md"), `${md}\n`);
process.stdout.write(`${md}\n`);
