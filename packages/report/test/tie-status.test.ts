/**
 * The report model of a collected round (issue 16 §4): each relation on the map says whether both
 * partners confirmed it; inventories without tie statuses leave the flag out (the map as before).
 */
import { importInventory } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../src/index.ts";

const enc = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
const organisations = {
  name: "organisaties.csv",
  bytes: enc([
    "org_id;naam;type;gemeente",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper",
    "school;Basisschool De Vlinder;basisschool;Ieper",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper",
  ]),
};

describe("report model: tie statuses of a collected round", () => {
  it("marks each relation confirmed or not when the input carries tie statuses", async () => {
    const network = importInventory([
      organisations,
      {
        name: "relaties.csv",
        bytes: enc([
          "van;naar;type;bevestigd;status_relatie",
          "bib;ocmw;gezamenlijke_activiteit;ja;bevestigd door beide",
          "school;ocmw;info-uitwisseling;nee;gemeld door één",
        ]),
      },
    ]);
    const model = await buildReportModel(network, "nl", { seed: 1 });
    const flags = model.edges.map((e) => `${e.source}-${e.target}:${e.confirmed}`).sort();
    expect(flags).toEqual(["bib-ocmw:true", "school-ocmw:false"]);
    // One of the two relations confirmed by both sides, one reported by one side only.
    expect(model.dataQuality?.ties).toEqual({
      nl: "Relaties bevestigd door beide kanten: 1 van 2 (50%); gemeld door één: 1, tegenstrijdig: 0, geen antwoord: 0.",
      en: "Ties confirmed by both sides: 1 of 2 (50%); reported by one: 1, contradicted: 0, no response: 0.",
    });
  });
  it("leaves the flag out for an ordinary inventory", async () => {
    const network = importInventory([
      organisations,
      { name: "relaties.csv", bytes: enc(["van;naar;type", "bib;ocmw;gezamenlijke_activiteit"]) },
    ]);
    const model = await buildReportModel(network, "nl", { seed: 1 });
    expect(model.edges).toHaveLength(1);
    expect(model.edges.every((e) => !("confirmed" in e))).toBe(true);
    expect(model.dataQuality?.ties).toBeUndefined();
  });
});
