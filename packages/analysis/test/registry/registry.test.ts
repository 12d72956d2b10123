import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMetricsDoc } from "../../../../scripts/docs/metrics.ts";
import { CORE_METRICS, GROUP_METRICS, getMetric, METRICS, metricIds } from "../../src/index.ts";

describe("metric registry", () => {
  it("holds the engine's and the group metrics, each id once", () => {
    const ids = metricIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of [...CORE_METRICS, ...GROUP_METRICS]) expect(ids).toContain(m.id);
    expect(getMetric("betweenness")?.equivalent).toBe("networkx.betweenness_centrality");
    expect(getMetric("no_such_metric")).toBeUndefined();
  });

  it("explains every metric, option and output in nl and en", () => {
    const missing: string[] = [];
    for (const m of METRICS) {
      const texts = [
        m.title,
        m.explanation,
        ...m.options.map((o) => o.description),
        ...m.outputs.map((o) => o.description),
      ];
      texts.forEach((t, i) => {
        if (!t.nl.trim() || !t.en.trim()) missing.push(`${m.id} text ${i}`);
      });
      if (m.outputs.length === 0) missing.push(`${m.id}: no outputs`);
      for (const o of m.options)
        if (o.type === "enum" && o.default !== null && !o.values?.includes(String(o.default)))
          missing.push(`${m.id}.${o.name}: default not among values`);
    }
    expect(missing).toEqual([]);
  });

  it("states what the weight means for every metric", () => {
    for (const m of METRICS) expect(["none", "strength", "distance-from-strength"]).toContain(m.weight);
  });
});

describe("docs/metrics.md is up to date (run `npx -y pnpm@12.4.2 gen-docs` when this fails)", () => {
  it("matches the registry", () => {
    const root = fileURLToPath(new URL("../../../../", import.meta.url));
    expect(readFileSync(`${root}docs/metrics.md`, "utf8")).toBe(renderMetricsDoc());
  });
});
