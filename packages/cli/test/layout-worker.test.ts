/**
 * The report's layout on a worker thread gives exactly the positions of computeLayout (the same
 * ForceAtlas2 on the same input), from source through the tsx bootstrap; the cache works the same
 * way; a bad input is an error, not a hang.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeLayout, layoutFromInput, layoutInput, positionsById } from "@ecolens/viz";
import { afterAll, describe, expect, it } from "vitest";
import { loadNetwork } from "../src/shared/input.ts";
import { cachedLayoutOnThread } from "../src/shared/layout-cache.ts";
import { layoutOnThread } from "../src/shared/layout-worker.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "ecolens-layout-thread-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("layout on a worker thread", () => {
  it("layoutInput + layoutFromInput is computeLayout, split so the work can cross to a thread", async () => {
    const { graph } = await loadNetwork(WESTHOEK, {}, "en");
    const input = layoutInput(graph);
    expect(input.ids).toHaveLength(graph.order);
    expect(input.sources.length).toBeGreaterThan(0);
    expect(positionsById(input.ids, layoutFromInput(input, { seed: 7 }))).toEqual(
      computeLayout(graph, { seed: 7 }),
    );
  });

  it("gives the same positions on a thread as on the main thread (Westhoek, 599 organisations)", async () => {
    const { graph } = await loadNetwork(WESTHOEK, {}, "en");
    const onThread = await layoutOnThread(graph, 42, 0);
    expect(onThread.size).toBe(599);
    expect(onThread).toEqual(computeLayout(graph, { seed: 42 }));
  });

  it("caches what the thread computed, and a second call reads it back", async () => {
    const { graph } = await loadNetwork(WESTHOEK, {}, "en");
    const first = await cachedLayoutOnThread(graph, 3, { version: "t", dir, minOrder: 0 });
    expect(readdirSync(join(dir, "layout"))).toHaveLength(1);
    const second = await cachedLayoutOnThread(graph, 3, { version: "t", dir, minOrder: 0 });
    expect(second).toEqual(first);
    expect(first).toEqual(computeLayout(graph, { seed: 3 }));
  });
});
