/**
 * Figures per municipality (the map's numbers) and findings by place (the sentences) on a small
 * inventory of four Westhoek municipalities with the shipped populations, values worked out by
 * hand; and the agreement of every sentence with the figure it names.
 */
import { type EcoGraph, type EcoNetwork, importInventory, MUNICIPALITIES } from "@ecolens/core";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { placeFigures } from "../../src/place/place-figures.ts";
import { placeFindings } from "../../src/place/place-findings.ts";
import { inventoryNetwork } from "../helpers/records.ts";

const file = (name: string, lines: string[]) => ({
  name,
  bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
});

// Ieper 33011 (34,995 inh.), Poperinge 33021 (19,717), Mesen 33016 (1,047), Vleteren 33041 (3,653).
function inventory(extraOrgs: string[] = []): EcoNetwork {
  return importInventory([
    file("organisations.csv", [
      "org_id,name,org_type,nis_code,municipality",
      "i1,School Ieper,school_primary,33011,",
      "i2,Bib Ieper,library,33011,",
      "i3,Stad Ieper,local_government,33011,",
      "i4,Sportclub Ieper,sports_club,33011,",
      "p1,Sportclub Poperinge,sports_club,33021,",
      "p2,Chiro Poperinge,youth_movement,33021,",
      "m1,School Mesen,school_primary,33016,",
      "m2,Voetbal Mesen,sports_club,33016,",
      "v1,Gemeente Vleteren,local_government,33041,",
      ...extraOrgs,
    ]),
    file("relations.csv", [
      "source,target,relation_type",
      "i1,i2,joint_activity",
      "i3,i1,funding",
      "i3,i2,funding",
      "i3,i4,funding",
      "i3,p1,information",
      "p1,p2,joint_activity",
      "m1,m2,joint_activity",
      "v1,i3,information",
    ]),
    file("offerings.csv", ["offering_id,org_id,title", "o1,i2,Voorlezen", "o2,i2,Taalcafé", "o3,m2,Voetbal"]),
  ]);
}

describe("placeFigures", () => {
  const net = inventory();
  const f = placeFigures(net);
  const values = (id: string) => f.figures.find((x) => x.id === id)!.values;

  it("lists the inventory's municipalities with population and reference year", () => {
    expect(f.municipalities.map((m) => [m.nis_code, m.population, m.population_year])).toEqual([
      ["33011", 34995, 2020],
      ["33016", 1047, 2020],
      ["33021", 19717, 2020],
      ["33041", 3653, 2020],
    ]);
  });

  it("counts organisations (absolute and per 10,000 inhabitants) and offerings", () => {
    expect(values("organisations")).toEqual({ "33011": 4, "33016": 2, "33021": 2, "33041": 1 });
    const per = values("organisations_per_10000");
    expect(per["33011"]).toBeCloseTo(40000 / 34995, 10);
    expect(per["33016"]).toBeCloseTo(20000 / 1047, 10);
    expect(per["33021"]).toBeCloseTo(20000 / 19717, 10);
    expect(per["33041"]).toBeCloseTo(10000 / 3653, 10);
    expect(values("offerings")).toEqual({ "33011": 2, "33016": 1, "33021": 0, "33041": 0 });
  });

  it("gives the formal-informal share and the dependence on one partner", () => {
    // Ieper: i1 (formal), i2 (non-formal), i4 (informal) count; i1 and i2 share a tie: 2 of 3.
    const cross = values("cross_line_share");
    expect(cross["33011"]).toBeCloseTo(2 / 3, 12);
    expect(cross["33016"]).toBe(1);
    expect(cross["33021"]).toBe(0);
    // Ieper's 6 ties: 5 run through Stad Ieper. The others have fewer than 3 ties.
    expect(values("top_partner_share")).toEqual({
      "33011": 5 / 6,
      "33016": null,
      "33021": null,
      "33041": null,
    });
    expect(f.dependence["33011"]).toMatchObject({ partner_id: "i3", partner_name: "Stad Ieper", ties: 6 });
    expect(values("ties_within")).toEqual({ "33011": 4, "33016": 1, "33021": 1, "33041": 0 });
  });

  it("is deterministic", () => {
    expect(JSON.stringify(placeFigures(inventory()).figures)).toBe(JSON.stringify(f.figures));
  });
});

describe("placeFindings", () => {
  it("says which municipalities have the fewest organisations per inhabitant, no bridge, one partner", () => {
    const net = inventory();
    const sentences = placeFindings(net, placeFigures(net));
    const byCode = new Map(sentences.map((s) => [s.code, s]));
    expect(byCode.get("FEWEST_PER_10000")!.places).toEqual(["33021", "33011", "33041"]);
    expect(byCode.get("FEWEST_PER_10000")!.message.en).toBe(
      "Fewest organisations per 10,000 inhabitants: Poperinge (1.0), Ieper (1.1) and Vleteren (2.7); the middle municipality has 1.9.",
    );
    expect(byCode.get("FEWEST_PER_10000")!.message.nl).toContain(
      "Poperinge (1,0), Ieper (1,1) en Vleteren (2,7)",
    );
    expect(byCode.get("NO_CROSS_LINE_TIES")!.places).toEqual(["33021"]);
    expect(byCode.get("MOST_DEPENDENT")!.message.en).toContain("Ieper (83% of the ties through Stad Ieper)");
    expect(byCode.has("MERGED_NAMES")).toBe(false);
  });

  it("says once that merged-away names and codes were mapped to their 2025 municipality", () => {
    const net = inventory([
      "k1,Ferm Kortessem,sociocultural,,Kortessem",
      "k2,KVLV Kortessem,sociocultural,73040,",
      "b1,Bib Borsbeek,library,11007,",
    ]);
    const merged = placeFindings(net, placeFigures(net)).filter((s) => s.code === "MERGED_NAMES");
    expect(merged).toHaveLength(1);
    expect(merged[0].places).toEqual(["11002", "71072"]);
    expect(merged[0].message.en).toContain("Borsbeek (11007) → Antwerpen (11002), 1 row");
    expect(merged[0].message.en).toContain("Kortessem (73040) → Hasselt (71072), 2 rows");
    expect(merged[0].message.nl).toContain("Kortessem (73040) → Hasselt (71072), 2 rijen");
  });

  it("agrees with the map: every municipality it names has the extreme value of the figure it names", () => {
    for (const net of [inventory(), inventory(["x1,School Poperinge,school_primary,33021,"])]) {
      const figures = placeFigures(net);
      for (const s of placeFindings(net, figures)) {
        if (s.figure === null || s.code === "NO_POPULATION") continue;
        const figure = figures.figures.find((x) => x.id === s.figure)!;
        const numbers = Object.entries(figure.values).filter((e): e is [string, number] => e[1] !== null);
        const named = new Set(s.places);
        const namedValues = numbers.filter(([c]) => named.has(c)).map(([, v]) => v);
        const otherValues = numbers.filter(([c]) => !named.has(c)).map(([, v]) => v);
        expect(namedValues).toHaveLength(s.places.length);
        if (figure.higher_is_better)
          expect(Math.max(...namedValues)).toBeLessThanOrEqual(Math.min(...otherValues));
        else expect(Math.min(...namedValues)).toBeGreaterThanOrEqual(Math.max(...otherValues));
        if (s.code === "NO_CROSS_LINE_TIES") expect(namedValues.every((v) => v === 0)).toBe(true);
      }
    }
  });
});

describe("a research graph with merged-away places (no importer in between)", () => {
  it("counts a 2019-2024 code or name with its 2025 municipality", () => {
    const graph = new MultiGraph({ type: "mixed" }) as EcoGraph;
    graph.addNode("a", { label: "A", nis_code: "73040" }); // Kortessem
    graph.addNode("b", { label: "B", municipality: "Borsbeek" });
    graph.addNode("c", { label: "C", municipality: "Hasselt" });
    graph.addNode("d", { label: "D", municipality: "Tielt" }); // Tielt 37015 merged into Tielt 37022
    const f = placeFigures(
      inventoryNetwork(graph, { organisations: [], relations: [], municipalities: MUNICIPALITIES }),
    );
    expect(f.municipalities.map((m) => m.nis_code)).toEqual(["11002", "37022", "71072"]);
    expect(f.figures.find((x) => x.id === "organisations")!.values).toEqual({
      "11002": 1,
      "37022": 1,
      "71072": 2,
    });
  });
});
