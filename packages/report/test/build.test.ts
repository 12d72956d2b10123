/**
 * buildReportModel on a hand-checked 5-organisation inventory: the analysis results land in the
 * model, large networks are sampled and say so, and the same seed gives the same model.
 */
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../src/index.ts";

import { load } from "./helpers/inventory.ts";

describe("buildReportModel", () => {
  it("assembles the analysis results into the model (hand-checked on a 5-organisation inventory)", async () => {
    const network = await load();
    const model = await buildReportModel(network, "nl", { seed: 3 });
    expect(model.nodes.map((n) => n.id)).toEqual(["bib", "club", "natuur", "ocmw", "school"]);
    expect(model.edges).toHaveLength(4);
    // Formal (school) <-> non-formal/informal (bib, natuur, club); the OCMW is government, outside
    // the split. Ieper: school and natuur have a tie across the line, bib does not.
    const byPlace = new Map(
      (model.formalInformal ?? []).map((r) => [model.vocab.municipality[r.municipality]?.nl, r]),
    );
    expect(byPlace.get("Ieper")).toMatchObject({ orgs: 3, withTie: 2 });
    expect(byPlace.get("Poperinge")).toMatchObject({ orgs: 1, withTie: 0 });
    // Without the OCMW the library is cut off from the rest.
    expect(model.critical?.[0]).toMatchObject({ id: "ocmw", cutOff: 1 });
    expect(model.nodes.find((n) => n.id === "ocmw")?.metrics.degree).toBe(3);
    expect(model.metrics.find((m) => m.id === "degree")?.explanation.nl.length).toBeGreaterThan(10);
  });

  it("samples betweenness on large networks and says so; with every source sampled it is exact", async () => {
    // Threshold lowered to 3 so the 5-organisation inventory counts as large; 500 sources > 5
    // organisations, so the estimate uses every source and must equal the exact value: the OCMW
    // lies on the only paths bib-school and bib-natuur (school and natuur are tied directly) = 2.
    const model = await buildReportModel(await load(), "nl", { seed: 3, largeNetwork: 3 });
    expect(model.sampling).toEqual({
      sources: 5,
      threshold: 3,
      omitted: ["closeness", "harmonic", "paths", "centralization"],
    });
    const ocmw = model.nodes.find((n) => n.id === "ocmw");
    expect(ocmw?.metrics.betweenness).toBe(2);
    expect(ocmw?.metrics.closeness).toBeUndefined();
    expect(model.brokers?.[0]).toMatchObject({ id: "ocmw" });
    expect((await buildReportModel(await load(), "nl", { seed: 3 })).sampling).toBeUndefined();
  });

  it("gives the same model for the same seed (layout and clusters included)", async () => {
    const a = JSON.stringify(await buildReportModel(await load(), "nl", { seed: 5 }));
    const b = JSON.stringify(await buildReportModel(await load(), "nl", { seed: 5 }));
    expect(a).toBe(b);
  });
});
