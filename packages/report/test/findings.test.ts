/**
 * Key findings are computed, not templated: each test builds an inventory where the data does or
 * does not support a sentence and checks that the sentence follows the data.
 */
import { importInventory } from "@ecolens/core";
import { keyFindings, type ReportModel } from "@ecolens/viz";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../src/index.ts";

const ORG_HEAD = "org_id;naam;type;gemeente;themas;doelgroepen";

const enc = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

async function modelOf(_name: string, orgs: string[], relations: string[]): Promise<ReportModel> {
  const network = importInventory([
    { name: "organisaties.csv", bytes: enc([ORG_HEAD, ...orgs]) },
    { name: "relaties.csv", bytes: enc(["van;naar;type", ...relations]) },
  ]);
  return buildReportModel(network, "nl", { seed: 1 });
}

const org = (id: string, type: string, muni = "Ieper") =>
  `${id};Org ${id.toUpperCase()};${type};${muni};sport;jongeren`;
const find = (model: ReportModel, id: string) => keyFindings(model).find((f) => f.id === id);

describe("brokers and cut points", () => {
  it("a broker that is a cut point is named as one, with what it cuts off", async () => {
    // A hub with three leaves: the hub is the only broker and cuts off three organisations.
    const model = await modelOf(
      "star",
      [org("hub", "lokaal_bestuur"), org("a", "bibliotheek"), org("b", "basisschool"), org("c", "sportclub")],
      ["hub;a;info-uitwisseling", "hub;b;info-uitwisseling", "hub;c;info-uitwisseling"],
    );
    const f = find(model, "brokers_cut");
    expect(f?.nl).toContain("Org HUB");
    expect(f?.nl).toContain("snijpunt");
    // Of the three leaves, one stays as "the rest": two are cut off from it (analysis: articulation).
    expect(f?.nl).toContain("2 organisaties los van de rest");
    expect(find(model, "brokers")).toBeUndefined();
    expect(find(model, "cut_points")?.nl).toMatch(/^1 organisatie is een snijpunt/);
  });

  it("brokers that are not cut points are said to be replaceable, never indispensable", async () => {
    // A ring of six with one chord: every organisation has a second route, so there is no cut point.
    const ids = ["a", "b", "c", "d", "e", "f"];
    const types = [
      "bibliotheek",
      "basisschool",
      "sportclub",
      "lokaal_bestuur",
      "natuurvereniging",
      "bibliotheek",
    ];
    const model = await modelOf(
      "ring",
      ids.map((id, i) => org(id, types[i])),
      [
        ...ids.map((id, i) => `${id};${ids[(i + 1) % ids.length]};info-uitwisseling`),
        "a;d;info-uitwisseling",
      ],
    );
    const f = find(model, "brokers");
    expect(f?.nl).toContain("Geen van hen is onmisbaar");
    expect(f?.en).toContain("None of them is indispensable");
    expect(f?.nl).not.toContain("anders niet bereiken");
    expect(find(model, "brokers_cut")).toBeUndefined();
    expect(find(model, "cut_points")).toBeUndefined();
  });
});

describe("headline counts", () => {
  it("relations and pairs with a relation are both shown, with the difference explained", async () => {
    const model = await modelOf(
      "double",
      [org("a", "bibliotheek"), org("b", "basisschool"), org("c", "sportclub")],
      ["a;b;info-uitwisseling", "a;b;gezamenlijke_activiteit", "b;c;info-uitwisseling"],
    );
    const size = find(model, "size");
    expect(size?.nl).toContain("3 relaties tussen 2 paren organisaties");
    expect(size?.nl).toContain("1 relatie is een tweede soort samenwerking");
    expect(model.figures?.find((f) => f.id === "relations")?.value).toBe(3);
    expect(model.figures?.find((f) => f.id === "ties")?.value).toBe(2);
  });

  it("when every pair has one relation, one count is given", async () => {
    const model = await modelOf(
      "single",
      [org("a", "bibliotheek"), org("b", "basisschool"), org("c", "sportclub")],
      ["a;b;info-uitwisseling", "b;c;info-uitwisseling"],
    );
    expect(find(model, "size")?.nl).toBe("Het netwerk telt 3 organisaties in 1 gemeente en 2 relaties.");
  });
});

describe("shares name their denominator", () => {
  it("the formal / non-formal-informal figure says x of the y organisations", async () => {
    // School (formal) - library (non-formal): one tie across; club (informal) has none.
    const model = await modelOf(
      "line",
      [org("s", "basisschool"), org("l", "bibliotheek"), org("c", "sportclub"), org("g", "lokaal_bestuur")],
      ["s;l;info-uitwisseling", "c;g;info-uitwisseling"],
    );
    const f = find(model, "formal_informal");
    expect(f?.nl).toMatch(/^2 van de 3 organisaties \(67%\) in formeel onderwijs/);
    expect(f?.en).toMatch(/^2 of the 3 organisations \(67%\)/);
  });
});

describe("rejected rows", () => {
  it("are stated with a link to the data-quality section, and only when there are any", async () => {
    const bad = await modelOf(
      "dup",
      [org("a", "bibliotheek"), org("a", "basisschool"), org("b", "sportclub")],
      ["a;b;info-uitwisseling"],
    );
    const f = find(bad, "rejected");
    expect(f?.nl).toContain("1 van de 4 rijen uit de invoer");
    expect(f?.link?.href).toBe("#quality");
    expect(keyFindings(bad)[0].id).toBe("rejected");
    const good = await modelOf(
      "nodup",
      [org("a", "bibliotheek"), org("b", "sportclub")],
      ["a;b;info-uitwisseling"],
    );
    expect(find(good, "rejected")).toBeUndefined();
  });
});

describe("the place in the title", () => {
  it("is the region when the municipalities share one, the municipality when there is one", async () => {
    const one = await modelOf(
      "ieper",
      [org("a", "bibliotheek"), org("b", "sportclub")],
      ["a;b;info-uitwisseling"],
    );
    expect(one.meta.place).toBe("Ieper");
    const region = await modelOf(
      "region",
      [
        org("a", "bibliotheek", "Ieper"),
        org("b", "sportclub", "Poperinge"),
        org("c", "basisschool", "Veurne"),
      ],
      ["a;b;info-uitwisseling"],
    );
    expect(region.meta.place).toBe("Westhoek");
  });
});
