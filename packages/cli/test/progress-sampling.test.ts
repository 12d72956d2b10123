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
    expect(at.sampling?.omitted).toEqual(["closeness", "harmonic", "paths", "centralization"]);
    expect(at.sampling?.relative_error).toBeCloseTo(1 / Math.sqrt(DEFAULT_SAMPLE), 4);
    expect(at.metrics).toContain("betweenness");
    expect(at.metrics).not.toContain("closeness");
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
    expect(asked.sampling).toMatchObject({ reason: "sample", omitted: [], sources: 50 });
    expect(chooseSampling(g, { sample: 5000 }).sampling).toBeNull();
    expect(chooseSampling(g, { metrics: ["degree"] }, 10).sampling).toBeNull();
  });

  it("states the estimate and its error in both languages", () => {
    const { sampling } = chooseSampling(ring(1000), {}, 1000);
    expect(samplingNote(sampling, "en")).toMatch(/500 of 1,000 .*error about 4\.5% .*--exact/s);
    expect(samplingNote(sampling, "nl")).toMatch(/500 van 1\.000 .*fout ongeveer 4\.5% .*--exact/s);
    expect(samplingNote(null, "en")).toBe("");
  });
});

describe("ecolens analyse --sample / --exact", () => {
  it("says on the terminal and in the JSON that betweenness was estimated", async () => {
    const text = await runCaptured(["analyse", WESTHOEK, "--sample", "50"]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Betweenness estimated from 50 of 599 organisations/);
    const json = await runCaptured(["analyse", WESTHOEK, "--sample", "50", "--json"]);
    const result = JSON.parse(json.out);
    expect(result.meta.betweenness_sources).toBe(50);
    expect(result.meta.sampling).toMatchObject({ sources: 50, organisations: 599, reason: "sample" });
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
