import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const here = new URL("..", import.meta.url).pathname;

describe("bench:exact (exact betweenness measured over every source)", () => {
  it("measures ecolens at S and writes a report whose sampled rows are checked against the exact values", () => {
    const out = mkdtempSync(join(tmpdir(), "ecolens-bench-"));
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        `${here}exact-betweenness.ts`,
        "--size",
        "S",
        "--tools",
        "ecolens",
        "--fresh",
        "--out",
        `${out}/`,
      ],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    const written = readdirSync(out).find((f) => f.endsWith("-S-exact-betweenness.json"));
    const json = JSON.parse(readFileSync(join(out, String(written)), "utf8"));
    expect(json.results.ecolens).toMatchObject({ exact: true, op: "betweenness" });
    expect(json.results.ecolens.seconds).toBeGreaterThan(0);
    // k = 2000 >= n = 1000: the k-sources option is exact there.
    const all = json.sampling.find((s: { k: number }) => s.k === 2000);
    expect(all.total_relative_error).toBeLessThan(1e-9);
    expect(json.sampling.find((s: { k: number }) => s.k === 200).spearman).toBeGreaterThan(0.9);
    expect(r.stdout).toContain("## The k-sources option against these exact values");
  });
});
