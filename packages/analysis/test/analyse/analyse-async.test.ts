/**
 * analyseNetworkAsync (worker threads, sampling, cancelling) must give exactly what the
 * single-threaded analyseNetwork gives, on every reference case.
 */
import { afterAll, describe, expect, it } from "vitest";
import { analyseNetwork, analyseNetworkAsync, closeWorkers } from "../../src/index.ts";
import { loadReference, REFERENCE_CASES } from "../helpers/reference.ts";
import { networkOf } from "../helpers/small-graphs.ts";

afterAll(async () => {
  await closeWorkers();
});

const networkFor = (name: string) => networkOf(loadReference(name).graph);

/**
 * Chunked summation over threads adds the same numbers in a fixed but different grouping than
 * one loop, so values agree to rounding (1e-12 relative), not always bit for bit.
 */
function differences(a: Record<string, Record<string, unknown>>, b: Record<string, Record<string, unknown>>) {
  const out: string[] = [];
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const id of Object.keys(b)) {
    expect(Object.keys(a[id])).toEqual(Object.keys(b[id]));
    for (const [key, e] of Object.entries(b[id])) {
      const v = a[id][key];
      if (typeof e === "number" && typeof v === "number") {
        if (Math.abs(v - e) > 1e-12 * Math.max(1, Math.abs(e))) out.push(`${id}.${key}: ${v} vs ${e}`);
      } else if (JSON.stringify(v) !== JSON.stringify(e)) out.push(`${id}.${key}: ${v} vs ${e}`);
    }
  }
  return out;
}

describe("analyseNetworkAsync", () => {
  for (const name of REFERENCE_CASES) {
    it(`equals analyseNetwork on ${name} with 2 threads`, async () => {
      const network = networkFor(name);
      const sync = analyseNetwork(network);
      // Small graphs stay on this thread (workers start above ~0.5 s of work): this checks the
      // assembly; the thread split itself is tested in test/parallel.
      const parallel = await analyseNetworkAsync(network, { threads: 2 });
      expect(differences(parallel.nodes, sync.nodes)).toEqual([]);
      expect(Object.keys(parallel.summary)).toEqual(Object.keys(sync.summary));
      expect(parallel.summary.components).toEqual(sync.summary.components);
      expect(parallel.meta.betweenness_sources).toBeNull();
    });
  }

  it("an undirected network: betweenness and distances from one search per source; a directed one: separate passes", async () => {
    const steps = async (name: string) => {
      const seen = new Set<string>();
      await analyseNetworkAsync(networkFor(name), { onProgress: (step) => seen.add(step) });
      return [...seen].filter((s) => s.includes("betweenness") || s.includes("distances")).sort();
    };
    expect(await steps("karate")).toEqual(["betweenness and distances"]);
    expect(await steps("gf-tiny")).toEqual([
      "betweenness",
      "distances",
      "distances (out)",
      "distances (undirected)",
    ]);
  });

  it("weighted distances go through the same transform as the sync path", async () => {
    const network = networkFor("karate-weighted");
    const sync = analyseNetwork(network, { distance: "inverse", metrics: ["betweenness", "closeness"] });
    const parallel = await analyseNetworkAsync(network, {
      distance: "inverse",
      metrics: ["betweenness", "closeness"],
    });
    expect(differences(parallel.nodes, sync.nodes)).toEqual([]);
  });

  it("sampling every source gives the exact betweenness; fewer sources are stated in meta", async () => {
    const network = networkFor("les-miserables");
    const exact = analyseNetwork(network, { metrics: ["betweenness"] });
    const all = await analyseNetworkAsync(network, { metrics: ["betweenness"], sampleSources: 1000 });
    expect(all.meta.betweenness_sources).toBeNull();
    expect(differences(all.nodes, exact.nodes)).toEqual([]);
    const some = await analyseNetworkAsync(network, { metrics: ["betweenness"], sampleSources: 30, seed: 3 });
    expect(some.meta.betweenness_sources).toBe(30);
    const again = await analyseNetworkAsync(network, {
      metrics: ["betweenness"],
      sampleSources: 30,
      seed: 3,
    });
    expect(again.nodes).toEqual(some.nodes);
    expect(some.nodes).not.toEqual(exact.nodes);
    // The estimate still finds the main broker.
    const top = (r: typeof exact) =>
      Object.entries(r.nodes).sort((a, b) => Number(b[1].betweenness) - Number(a[1].betweenness))[0][0];
    expect(top(some)).toBe(top(exact));
  });

  it("rejects when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(analyseNetworkAsync(networkFor("karate"), { signal: controller.signal })).rejects.toThrow();
  });
});
