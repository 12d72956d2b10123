/**
 * The report's layout cache: the same input and seed read back the same positions, anything the
 * layout reads (a tie, the seed, the build) makes a new key, and an unreadable file, a missing
 * build id or ECOLENS_CACHE=0 fall back to computing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeLayout } from "@ecolens/viz";
import { afterAll, describe, expect, it } from "vitest";
import { loadNetwork } from "../src/shared/input.ts";
import { buildId, cacheDir, cachedLayout, layoutKey } from "../src/shared/layout-cache.ts";

const RESEARCHER = new URL("../../../data/examples/researcher", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "ecolens-layout-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function network() {
  return loadNetwork(
    undefined,
    { nodes: join(RESEARCHER, "nodes.csv"), edges: join(RESEARCHER, "edges.csv") },
    "en",
  );
}

const files = (d: string) => (existsSync(join(d, "layout")) ? readdirSync(join(d, "layout")) : []);

describe("cachedLayout", () => {
  it("computes once, then reads the same positions back from the cache", async () => {
    const { graph } = await network();
    expect(graph.order).toBeGreaterThan(10);
    const first = cachedLayout(graph, 42, { version: "t1", dir });
    expect(first).toEqual(computeLayout(graph, { seed: 42 }));
    const [file] = files(dir);
    expect(file).toBe(`${layoutKey(graph, 42, "t1")}.json`);
    // Mark the stored positions: a second call that returns the mark read the file.
    const path = join(dir, "layout", file);
    const stored = JSON.parse(readFileSync(path, "utf8"));
    stored.x[0] = 12345;
    writeFileSync(path, JSON.stringify(stored));
    const second = cachedLayout(graph, 42, { version: "t1", dir });
    expect(second.get(stored.ids[0])?.x).toBe(12345);
    expect([...second.keys()]).toEqual([...first.keys()]);
  });

  it("keys on the seed, the build and every tie", async () => {
    const { graph } = await network();
    const key = layoutKey(graph, 42, "t1");
    expect(layoutKey(graph, 43, "t1")).not.toBe(key);
    expect(layoutKey(graph, 42, "t2")).not.toBe(key);
    const [a, b] = graph
      .nodes()
      .filter((n) => !graph.hasEdge(graph.nodes()[0], n))
      .slice(0, 2);
    graph.addEdge(graph.nodes()[0] === a ? b : a, graph.nodes()[0]);
    expect(layoutKey(graph, 42, "t1")).not.toBe(key);
  });

  it("recomputes over an unreadable file, and caches nothing without a build id or with ECOLENS_CACHE=0", async () => {
    const { graph } = await network();
    const own = mkdtempSync(join(dir, "own-"));
    cachedLayout(graph, 7, { version: "t1", dir: own });
    const [file] = files(own);
    writeFileSync(join(own, "layout", file), "{not json");
    expect(cachedLayout(graph, 7, { version: "t1", dir: own })).toEqual(computeLayout(graph, { seed: 7 }));
    const none = mkdtempSync(join(dir, "none-"));
    cachedLayout(graph, 7, { version: null, dir: none });
    cachedLayout(graph, 7, { version: "t1", dir: none, env: { ECOLENS_CACHE: "0" } });
    expect(files(none)).toEqual([]);
    expect(buildId()).toBeNull();
  });

  it("finds its folder from the environment", () => {
    expect(cacheDir({ ECOLENS_CACHE_DIR: "/x/y" })).toBe("/x/y");
    expect(cacheDir({ XDG_CACHE_HOME: "/c" })).toBe(join("/c", "ecolens"));
  });
});
