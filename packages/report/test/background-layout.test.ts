/**
 * A background layout (the CLI's worker thread) starts before the analysis and its positions are
 * the map's; one that fails falls back to the layout on this thread, with the same positions.
 */
import { computeLayout } from "@ecolens/viz";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../src/index.ts";
import { load } from "./helpers/inventory.ts";

const xy = (model: Awaited<ReturnType<typeof buildReportModel>>) => model.nodes.map((n) => [n.id, n.x, n.y]);

describe("backgroundLayout", () => {
  it("is started before the first analysis step and its positions are used", async () => {
    const network = await load();
    const events: string[] = [];
    const model = await buildReportModel(network, "en", {
      seed: 3,
      onStep: (step) => events.push(step),
      backgroundLayout: async (graph, seed) => {
        events.push("layout started");
        const positions = computeLayout(graph, { seed });
        for (const p of positions.values()) p.x += 1000;
        return positions;
      },
    });
    expect(events[0]).toBe("layout started");
    expect(events).toContain("layout");
    expect(model.nodes.every((n) => n.x >= 500)).toBe(true);
  });

  it("is awaited only after every other section, so it overlaps all of them", async () => {
    const network = await load();
    const events: string[] = [];
    let finish: (positions: Map<string, { x: number; y: number }>) => void = () => {};
    const model = await buildReportModel(network, "en", {
      seed: 3,
      // The layout ends only once the last section before the map (learning paths) has started:
      // a report that awaited it earlier would never get there.
      onStep: (step) => {
        events.push(step);
        if (step === "paths") finish(computeLayout(network.graph, { seed: 3 }));
      },
      backgroundLayout: () => new Promise((resolve) => (finish = resolve)),
    });
    expect(events.indexOf("layout")).toBe(events.length - 1);
    for (const step of ["analyse", "clusters", "gaps", "suggestions", "resilience", "paths"])
      expect(events).toContain(step);
    expect(model.nodes).toHaveLength(network.graph.order);
    expect(model.suggestions?.length ?? 0).toBeGreaterThan(0);
  });

  it("falls back to this thread's layout when the background one fails", async () => {
    const network = await load();
    const failed = await buildReportModel(network, "en", {
      seed: 3,
      backgroundLayout: () => Promise.reject(new Error("no threads here")),
    });
    const plain = await buildReportModel(network, "en", { seed: 3 });
    expect(xy(failed)).toEqual(xy(plain));
    expect(failed.failures ?? []).toEqual([]);
  });
});
