import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTargets, runRows } from "../targets.ts";

const tool = (analyseCpu: number, peak: number) => ({
  medians: {
    analyse: analyseCpu / 2,
    "analyse@cpu": analyseCpu,
    "pagerank@cpu": 1,
    "eigenvector@cpu": 2,
    "components@cpu": 3,
  },
  peak_rss_mb: peak,
  loadavg_end: [0.5, 0.4, 0.3],
});

function resultsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ecolens-targets-"));
  const run = {
    machine: { date: "2026-01-02T10:00:00Z", loadavg_at_start: [0.1, 0.1, 0.1] },
    sizes: {
      M: { results: { ecolens: tool(12, 130), igraph: tool(10, 100) } },
      L: { results: { ecolens: tool(5, 100), igraph: { error: "igraph failed" } } },
    },
  };
  writeFileSync(join(dir, "2026-01-02-M.json"), JSON.stringify(run));
  writeFileSync(
    join(dir, "2026-01-02-startup.targets.json"),
    JSON.stringify({
      command: "startup",
      date: "2026-01-02T10:00:00Z",
      loadavg_at_end: [0.2, 0.2, 0.2],
      rows: [{ figure: "ecolens --help, median wall", measured: 0.15, unit: "s", target: 0.3, issue: 19 }],
    }),
  );
  return dir;
}

describe("bench/targets: every figure next to its target", () => {
  it("computes ratios against igraph from the same run and judges them against the target", () => {
    const { rows, missing } = runRows(resultsDir(), "2026-01-02");
    const cpu = rows.find((r) => r.figure === "M: whole analysis, CPU time / igraph's");
    expect(cpu?.measured).toBeCloseTo(1.2, 12);
    const memory = rows.find((r) => r.figure === "M: peak memory / igraph's");
    expect(memory?.measured).toBeCloseTo(1.3, 12);
    // L's igraph run failed and XL never ran: listed as missing, not dropped.
    expect(missing).toContain("L: PageRank, CPU time / igraph's");
    expect(missing).toContain("XL: eigenvector, CPU time / igraph's");
  });

  it("marks missed targets, met ones and the benchmarks that did not run that day", () => {
    const text = renderTargets(resultsDir(), "2026-01-02");
    expect(text).toMatch(
      /\| M: whole analysis, CPU time \/ igraph's \| 1\.20 x \| ≤ 1x \| \*\*missed\*\* \|/,
    );
    expect(text).toMatch(/\| ecolens --help, median wall \| 0\.15 s \| ≤ 0\.3 s \| met \|/);
    expect(text).toContain("Not measured that day: bench/report-command.ts");
    expect(text).not.toContain("Not measured that day: bench/startup.ts");
    expect(text).toMatch(/1 of 4 met/); // --help met; M CPU, wall and memory missed
  });
});
