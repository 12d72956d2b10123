/**
 * The report's map of places reuses the analysis's by-place overview instead of computing it a
 * second time (0.3-0.4 s at 20,000 organisations): the same figures when it is the same overview,
 * and the given one is what the figures are read from.
 */
import { analyseNetwork, placeOverview } from "@ecolens/analysis";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../src/index.ts";
import { geoModel } from "../src/sections/geo.ts";
import { load } from "./helpers/inventory.ts";

const tiesWithin = (geo: ReturnType<typeof geoModel>) =>
  geo?.figures.find((f) => f.id === "ties_within")?.values;

describe("geoModel with the analysis's overview", () => {
  it("gives the same section as computing the overview itself", () => {
    const network = load();
    const overview = analyseNetwork(network, { metrics: ["place"] }).groups.place;
    expect(overview).toBeDefined();
    expect(geoModel(network, overview)).toEqual(geoModel(network));
  });

  it("reads its figures from the overview it is given", () => {
    const network = load();
    const overview = placeOverview(network);
    const before = tiesWithin(geoModel(network, overview));
    const row = overview.municipalities.find((r) => r.ties_within > 0);
    expect(row).toBeDefined();
    if (row) row.ties_within += 100;
    const after = tiesWithin(geoModel(network, overview));
    expect(after).not.toEqual(before);
  });

  it("leaves the report's map of places as it was", async () => {
    const network = load();
    const model = await buildReportModel(network, "en", { seed: 3 });
    expect(model.geo).toEqual(geoModel(network));
  });
});
