/**
 * The Flanders-wide municipality table against the data files it was written from
 * (data/geo/population-2025.csv, population.csv, nis-2019-to-2025.csv, the 2025 TopoJSON), and
 * the import of an inventory that still uses merged-away names or codes (Kortessem, Borsbeek).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importInventory } from "../../src/index.ts";
import {
  findMunicipalityByName,
  isCurrentMunicipality,
  MUNICIPALITIES,
  resolveNisCode,
} from "../../src/reference/municipalities.ts";

const geo = (name: string) => readFileSync(new URL(`../../../../data/geo/${name}`, import.meta.url), "utf8");
const rows = (name: string) =>
  geo(name)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));

const byNis = new Map(MUNICIPALITIES.map((m) => [m.nis_code, m]));
const PILOT_REGIONS = new Set(["Westhoek", "Limburg"]);

describe("Flanders-wide municipality table", () => {
  it("has every 2025 municipality of population-2025.csv with its name and (outside the pilots) its 2020 population", () => {
    const pop = rows("population-2025.csv");
    expect(pop).toHaveLength(285);
    for (const [nis, name, population, date] of pop) {
      const m = byNis.get(nis);
      expect(m, nis).toBeDefined();
      expect(isCurrentMunicipality(m!)).toBe(true);
      expect(m!.name_nl).toBe(name);
      expect(date).toBe("2020-01-01");
      if (!PILOT_REGIONS.has(m!.region) || m!.population_year === 2020)
        expect([nis, m!.population]).toEqual([nis, Number(population)]);
    }
    expect(MUNICIPALITIES.filter(isCurrentMunicipality).map((m) => m.nis_code)).toEqual(pop.map((r) => r[0]));
  });

  it("gives every current municipality a population and its reference year", () => {
    for (const m of MUNICIPALITIES.filter(isCurrentMunicipality)) {
      expect(m.population, m.name_nl).toBeGreaterThan(0);
      expect([2020, 2022]).toContain(m.population_year);
    }
  });

  it("follows every row of nis-2019-to-2025.csv from the old code and the old name", () => {
    const table = rows("nis-2019-to-2025.csv");
    expect(table).toHaveLength(300);
    let changed = 0;
    for (const [oldNis, oldName, newNis, newName] of table) {
      const r = resolveNisCode(oldNis);
      expect([oldNis, r?.municipality.nis_code, r?.municipality.name_nl]).toEqual([oldNis, newNis, newName]);
      const found = findMunicipalityByName(oldName)!;
      const current = resolveNisCode(found.nis_code)!.municipality;
      expect([oldName, current.nis_code]).toEqual([oldName, newNis]);
      if (oldNis !== newNis) {
        changed++;
        expect(r?.mergedFrom?.nis_code).toBe(oldNis);
      }
    }
    expect(changed).toBe(27);
  });

  it("matches the shapes of the 2025 TopoJSON one to one (NIS, arrondissement, province)", () => {
    const topo = JSON.parse(geo("flanders-municipalities-2025.topo.json"));
    const props = topo.objects.municipalities.geometries.map(
      (g: { properties: Record<string, string> }) => g.properties,
    );
    expect(props).toHaveLength(285);
    for (const p of props) {
      const m = byNis.get(p.nis);
      expect({ nis: p.nis, arr: m?.arrondissement, prov: m?.province }).toEqual({
        nis: p.nis,
        arr: p.arrondissement,
        prov: p.province,
      });
    }
  });

  it("population-2025.csv adds up to Statbel's 6,629,143 inhabitants of the Flemish Region on 1/1/2020", () => {
    const pop = new Map(rows("population-2025.csv").map((r) => [r[0], Number(r[2])]));
    const total = [...pop.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(6629143);
  });
});

describe("an inventory with merged-away names and codes", () => {
  const file = (name: string, lines: string[]) => ({
    name,
    bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
  });

  it("places Kortessem in Hasselt and Borsbeek in Antwerpen, with a MERGED_MUNICIPALITY finding per row", () => {
    const net = importInventory([
      file("organisations.csv", [
        "org_id,name,org_type,municipality,nis_code",
        "a,Ferm Kortessem,sociocultural,Kortessem,",
        "b,Bib Borsbeek,library,,11007",
        "c,Chiro Genk,youth_movement,Genk,",
        "d,Jeugdhuis Brugge,youth_centre,Brugge,",
      ]),
    ]);
    const nis = (id: string) => net.graph.getNodeAttribute(id, "nis_code");
    expect([nis("a"), nis("b"), nis("c"), nis("d")]).toEqual(["71072", "11002", "71016", "31005"]);
    expect(net.graph.getNodeAttribute("a", "municipality")).toBe("Hasselt");
    const merged = net.report.findings.filter((f) => f.code === "MERGED_MUNICIPALITY");
    expect(merged.map((f) => f.row)).toEqual([2, 3]);
    expect(merged[1].message.en).toContain("Antwerpen (11002)");
    expect(net.report.findings.filter((f) => f.code.startsWith("UNKNOWN_"))).toEqual([]);
  });
});
