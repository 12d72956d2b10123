/**
 * The report's analysis computes only what the report reads (reportMetricIds: every node metric
 * and REPORT_READS): the model must be exactly the one built on an analysis of every registry
 * metric. Fails when a section starts reading a metric that is not computed for it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { ANALYSE_METRICS, analyseNetworkAsync } from "@ecolens/analysis";
import { type EcoNetwork, importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { buildReportModel, REPORT_READS, reportMetricIds } from "../src/index.ts";
import { load } from "./helpers/inventory.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek/", import.meta.url);

function westhoek(): EcoNetwork {
  return importInventory(
    readdirSync(WESTHOEK)
      .filter((name) => name.endsWith(".csv"))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(new URL(name, WESTHOEK)) })),
  );
}

async function bothModels(network: EcoNetwork) {
  const layout = (graph: EcoNetwork["graph"]) => new Map(graph.nodes().map((id) => [id, { x: 1, y: 2 }]));
  const everything = await analyseNetworkAsync(network, { seed: 5 });
  const full = await buildReportModel(network, "en", { seed: 5, layout, analysis: { analysis: everything } });
  const own = await buildReportModel(network, "en", { seed: 5, layout });
  return { full, own, everything };
}

describe("the report's metrics", () => {
  it("are the node metrics and what the report reads besides them, fewer than the registry's", () => {
    const ids = reportMetricIds();
    expect(ids).toEqual(expect.arrayContaining(["degree", "betweenness", "closeness", ...REPORT_READS]));
    expect(ids).not.toContain("ei_index");
    expect(ids.length).toBeLessThan(ANALYSE_METRICS.length);
    expect(reportMetricIds(["closeness"])).not.toContain("closeness");
  });

  it("give the model an analysis of every metric gives (5 organisations)", async () => {
    const { full, own } = await bothModels(load());
    expect(own).toEqual(full);
  });

  it("give the model an analysis of every metric gives (Westhoek, 599 organisations)", async () => {
    const { full, own, everything } = await bothModels(westhoek());
    expect(everything.groups.ei_index).toBeDefined();
    expect(own).toEqual(full);
    // Key order too (the page embeds the model as JSON).
    expect(JSON.stringify(own) === JSON.stringify(full)).toBe(true);
  });
});
