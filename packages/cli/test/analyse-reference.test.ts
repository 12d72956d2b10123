/**
 * Issue 3's bar: every per-organisation value of the undirected reference cases, through
 * `ecolens analyse --json` (the same numbers a researcher gets on the command line).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";

const REF = new URL("../../../data/reference/cases/", import.meta.url).pathname;
const lists = (name: string) => ["--nodes", `${REF}${name}/nodes.csv`, "--edges", `${REF}${name}/edges.csv`];
const reference = (name: string) => JSON.parse(readFileSync(`${REF}${name}/expected.json`, "utf8"));
const close = (a: number | null, e: number | null) =>
  e === null ? a === null : a !== null && Math.abs(a - e) <= 1e-6 * Math.max(1, Math.abs(e));

const io = captureOutput();

/** Reference key -> where analyse --json puts it (per node). */
function perNodeExpectations(
  metrics: any,
  weighted: boolean,
): Array<[string, Record<string, number | null>]> {
  const pairs: Array<[string, Record<string, number | null>]> = [
    ["degree", metrics.degree],
    ["betweenness", metrics.betweenness?.raw],
    ["betweenness_normalized", metrics.betweenness?.normalized],
    ["closeness", metrics.closeness],
    ["harmonic", metrics.harmonic],
    ["eigenvector", metrics.eigenvector],
    ["pagerank", metrics.pagerank],
    ["pagerank_weighted", metrics.pagerank_weighted],
    ["core_number", metrics.core_number],
    ["clustering", metrics.clustering],
  ];
  for (const key of ["constraint", "effective_size", "efficiency"]) {
    if (metrics.structural_holes) pairs.push([key, metrics.structural_holes[key]]);
    if (weighted && metrics.structural_holes_weighted)
      pairs.push([`${key}_weighted`, metrics.structural_holes_weighted[key]]);
  }
  if (weighted) pairs.push(["strength", metrics.strength]);
  return pairs.filter(([, values]) => values !== undefined && values !== null);
}

describe("analyse --json reproduces every per-organisation reference value", () => {
  it.each([
    "karate",
    "karate-weighted",
    "florentine",
    "davis-women-projection",
    "les-miserables",
    "edge-cases",
  ])("%s", async (name) => {
    const ref = reference(name);
    expect(await run(["analyse", ...lists(name), "--json"])).toBe(0);
    const result = JSON.parse(io.out());
    const bad: string[] = [];
    let checked = 0;
    for (const [key, values] of perNodeExpectations(ref.metrics, ref.graph.weighted)) {
      for (const [id, e] of Object.entries(values)) {
        checked++;
        const a = result.nodes[id]?.[key] ?? null;
        if (!close(a, e)) bad.push(`${key} ${id}: expected ${e}, got ${a}`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(ref.graph.n * 8);
    expect(close(result.summary.density, ref.metrics.density)).toBe(true);
    expect(close(result.summary.transitivity, ref.metrics.transitivity)).toBe(true);
    expect(close(result.summary.average_clustering, ref.metrics.average_clustering)).toBe(true);
  });
});
