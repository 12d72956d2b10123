/**
 * Defaults live once: no seed 42 typed outside core's DEFAULT_SEED, no retyped distance-mode
 * union (WeightMode / WEIGHT_MODES in engine/lengths.ts are the one definition), and no number
 * typed as a registry option default (it must come from the kernel's constant). Scans the
 * sources of every package plus examples/, bench/ and scripts/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SEED } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { ANALYSE_METRICS, DEFAULT_WEIGHT_MODE, METRICS, WEIGHT_MODES } from "../../src/index.ts";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const SKIP = new Set(["node_modules", "dist", "tmp", "test", ".vite"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mts|mjs)$/.test(name) ? [path] : [];
  });
}

const FILES = [
  ...readdirSync(join(ROOT, "packages")).map((p) => join(ROOT, "packages", p, "src")),
  ...["examples", "bench", "scripts"].map((d) => join(ROOT, d)),
]
  .filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(sources);

/** `file:line: text` for every line matching `bad`, outside the files allowed to define it. */
function offenders(bad: (line: string) => boolean, allowed: readonly string[], files = FILES): string[] {
  return files.flatMap((file) => {
    const rel = relative(ROOT, file);
    if (allowed.includes(rel)) return [];
    return readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (bad(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
  });
}

const seed42 = (line: string) => /seed/i.test(line) && /(?<![\w.])["'`]?42["'`]?(?![\w.])/.test(line);
const modeUnion = (line: string) =>
  /["']none["']\s*[|,]\s*["']inverse["']\s*[|,]\s*["']weight["']/.test(line);

describe("defaults live once", () => {
  it("the scan sees the sources (and would see a typed seed)", () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(seed42('    .option("--seed <n>", "seed", "42")')).toBe(true);
    expect(seed42("  const analysis = analyseNetwork(network, { seed: 42 });")).toBe(true);
    expect(seed42("export function sampleOrder(n: number, k: number, seed = 42)")).toBe(true);
    expect(seed42("  seed = DEFAULT_SEED, // 420 sources")).toBe(false);
    expect(modeUnion('  distance?: "none" | "inverse" | "weight";')).toBe(true);
  });

  it("no seed 42 typed outside core's DEFAULT_SEED", () => {
    expect(DEFAULT_SEED).toBe(42);
    expect(offenders(seed42, ["packages/core/src/util/rng.ts"])).toEqual([]);
  });

  it("no retyped weight-mode union outside engine/lengths.ts", () => {
    expect([...WEIGHT_MODES]).toEqual(["none", "inverse", "weight"]);
    expect(DEFAULT_WEIGHT_MODE).toBe("none");
    expect(offenders(modeUnion, ["packages/analysis/src/engine/lengths.ts"])).toEqual([]);
  });

  it("no number typed as a registry option default", () => {
    const registry = FILES.filter((f) => relative(ROOT, f).startsWith("packages/analysis/src/registry/"));
    expect(registry.length).toBeGreaterThan(5);
    expect(offenders((line) => /\bdefault:\s*-?\d/.test(line), [], registry)).toEqual([]);
  });

  it("the registry's option defaults are the kernels' defaults", () => {
    const option = (id: string, name: string) =>
      METRICS.find((m) => m.id === id)?.options.find((o) => o.name === name)?.default;
    expect(option("ei_index", "seed")).toBe(DEFAULT_SEED);
    expect(option("clusters", "seed")).toBe(DEFAULT_SEED);
    expect(option("betweenness", "distance")).toBe(DEFAULT_WEIGHT_MODE);
    expect(ANALYSE_METRICS.length).toBeGreaterThan(20);
  });
});
