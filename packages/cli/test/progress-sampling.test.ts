/**
 * `analyse` on large networks: from 10^5 ties on betweenness is sampled and the all-pairs metrics
 * are left out unless --exact; --sample k at any size; the choice is stated on the terminal and in
 * the JSON (meta.sampling), and --exact with --sample is a usage error.
 */
import { describe, expect, it } from "vitest";
import { chooseSampling, DEFAULT_SAMPLE, samplingNote, tieCount } from "../src/shared/sampling.ts";
import { runCaptured } from "./helpers/capture.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek", import.meta.url).pathname;

/** n organisations in a ring, each tie twice (two relation types), as the graph's neighbour lists. */
function ring(n: number) {
  const id = (i: number) => `o${(i + n) % n}`;
  return {
    order: n,
    size: 2 * n,
    forEachNode: (cb: (node: string) => void) => {
      for (let i = 0; i < n; i++) cb(id(i));
    },
    neighbors: (node: string) => {
      const i = Number(node.slice(1));
      return [id(i - 1), id(i + 1)];
    },
  };
}

describe("chooseSampling", () => {
  it("counts a pair with several relations as one tie", () => {
    const g = ring(10);
    expect(g.size).toBe(20);
    expect(tieCount(g)).toBe(10);
  });

  it("samples betweenness and leaves out the all-pairs metrics from the threshold on", () => {
    const g = ring(1000);
    const below = chooseSampling(g, {}, 1001);
    expect(below).toEqual({ metrics: undefined, sampling: null });
    const at = chooseSampling(g, {}, 1000);
    expect(at.sampleSources).toBe(DEFAULT_SAMPLE);
    expect(at.sampling).toMatchObject({ sources: DEFAULT_SAMPLE, organisations: 1000, ties: 1000 });
    expect(at.sampling?.reason).toBe("default");
    expect(at.sampling?.estimated).toEqual(["betweenness", "closeness", "harmonic"]);
    expect(at.sampleCloseness).toBe(true);
    expect(at.sampling?.omitted).toEqual(["paths", "centralization"]);
    expect(at.sampling?.betweenness_relative_error).toBeCloseTo(1 / Math.sqrt(DEFAULT_SAMPLE), 4);
    expect(at.metrics).toContain("betweenness");
    expect(at.metrics).toContain("closeness");
    expect(at.metrics).not.toContain("paths");
    // Weighted distances: closeness cannot be sampled (BFS only), so it is left out too.
    const weighted = chooseSampling(g, { distance: "inverse" }, 1000);
    expect(weighted.sampleCloseness).toBe(false);
    expect(weighted.sampling?.omitted).toEqual(["closeness", "harmonic", "paths", "centralization"]);
  });

  it("computes all pairs with --exact, and refuses --exact with --sample", () => {
    const g = ring(1000);
    expect(chooseSampling(g, { exact: true }, 10)).toEqual({ metrics: undefined, sampling: null });
    expect(() => chooseSampling(g, { exact: true, sample: 5 }, 10)).toThrow(/--exact/);
  });

  it("samples k sources when asked at any size, and not at all when k covers the network", () => {
    const g = ring(1000);
    const asked = chooseSampling(g, { sample: 50 });
    expect(asked.sampleSources).toBe(50);
    expect(asked.sampling).toMatchObject({
      reason: "sample",
      omitted: ["paths", "centralization"],
      sources: 50,
    });
    expect(chooseSampling(g, { sample: 5000 }).sampling).toBeNull();
    expect(chooseSampling(g, { metrics: ["degree"] }, 10).sampling).toBeNull();
  });

  it("states the estimate and its error in both languages", () => {
    const { sampling } = chooseSampling(ring(1000), {}, 1000);
    if (sampling) sampling.closeness_relative_error = 0.0123;
    const en = samplingNote(sampling, "en");
    expect(en).toMatch(/500 of 1,000 .*betweenness.*error about 4\.5% of the total/s);
    expect(en).toMatch(/closeness and harmonic .*standard error 1\.2%/);
    expect(en).toMatch(/Left out, as they need every pair: paths, centralization\..*--exact/s);
    const nl = samplingNote(sampling, "nl");
    expect(nl).toMatch(/500 van 1\.000 .*fout ongeveer 4,5% .*standaardfout 1,2% .*--exact/s);
    expect(samplingNote(null, "en")).toBe("");
  });
});

describe("ecolens analyse --sample / --exact", () => {
  it("says on the terminal and in the JSON that betweenness was estimated", async () => {
    const text = await runCaptured(["analyse", WESTHOEK, "--sample", "50"]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /Estimated from a sample of 50 of 599 organisations as sources: betweenness, closeness, harmonic/,
    );
    expect(text.out).toMatch(/closeness and harmonic .*measured standard error \d/);
    const json = await runCaptured(["analyse", WESTHOEK, "--sample", "50", "--json"]);
    const result = JSON.parse(json.out);
    expect(result.meta.betweenness_sources).toBe(50);
    expect(result.meta.sampling).toMatchObject({ sources: 50, organisations: 599, reason: "sample" });
    expect(result.meta.sampling.closeness_relative_error).toBeGreaterThan(0);
    expect(result.meta.sampling.closeness_relative_error).toBeLessThan(0.2);
    expect(result.meta.metrics).toContain("closeness");
    expect(result.meta.metrics).not.toContain("paths");
    expect(json.err).toBe("");
  });

  it("gives exact results without a note when the network is small", async () => {
    const r = await runCaptured(["analyse", WESTHOEK, "--json"]);
    const result = JSON.parse(r.out);
    expect(result.meta.betweenness_sources).toBeNull();
    expect(result.meta.sampling).toBeUndefined();
  });

  it("refuses --exact with --sample in one line, exit code 2", async () => {
    const r = await runCaptured(["analyse", WESTHOEK, "--exact", "--sample", "5", "--lang", "nl"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("ecolens: --exact en --sample sluiten elkaar uit: kies één van beide\n");
  });
});
