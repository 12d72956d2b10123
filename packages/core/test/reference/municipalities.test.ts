/**
 * The shipped municipality table against the facts of regions.md §5.1-5.3 (typed in by hand here,
 * not copied from the module), and the name/NIS lookups.
 */
import { describe, expect, it } from "vitest";
import {
  findMunicipalityByName,
  haversineKm,
  isCurrentMunicipality,
  MUNICIPALITIES,
  municipalitiesOfRegion,
  NEIGHBOURS,
  normaliseMunicipalityName,
  resolveNisCode,
  WESTHOEK_CENTROIDS,
  westhoekDistanceKm,
} from "../../src/reference/municipalities.ts";

const WESTHOEK_NIS =
  "32003 32006 32010 32011 32030 33011 33016 33021 33029 33037 33039 33040 33041 38002 38008 38014 38016 38025".split(
    " ",
  );

describe("municipality table", () => {
  it("has the 18 Westhoek municipalities with the regions.md populations (sum ≈ 220,047)", () => {
    const westhoek = municipalitiesOfRegion("Westhoek");
    expect(westhoek.map((m) => m.nis_code)).toEqual(WESTHOEK_NIS);
    expect(westhoek.reduce((s, m) => s + (m.population ?? 0), 0)).toBe(220047);
    expect(westhoek.every((m) => m.province === "West-Vlaanderen")).toBe(true);
    const ieper = resolveNisCode("33011")!.municipality;
    expect(ieper).toMatchObject({
      name_nl: "Ieper",
      arrondissement: "Ieper",
      population: 34995,
      population_year: 2020,
    });
    expect(resolveNisCode("38014")!.municipality).toMatchObject({ population: 21851, population_year: 2022 });
  });

  it("has 38 current Limburg municipalities (12 Maaseik, 10 Tongeren, 16 Hasselt)", () => {
    const limburg = municipalitiesOfRegion("limburg");
    expect(limburg).toHaveLength(38);
    const count = (arr: string) => limburg.filter((m) => m.arrondissement === arr).length;
    expect([count("Maaseik"), count("Tongeren"), count("Hasselt")]).toEqual([12, 10, 16]);
    // Hasselt arrondissement populations are not in regions.md: Statbel's 1/1/2020 figures fill them.
    const hasselt = limburg.filter((m) => m.arrondissement === "Hasselt");
    expect(hasselt.every((m) => m.population !== undefined && m.population_year === 2020)).toBe(true);
    expect(resolveNisCode("71016")!.municipality).toMatchObject({ name_nl: "Genk", population: 66447 });
    // Hasselt 71072 = Hasselt 78,714 + Kortessem 8,437 (data/geo/README.md spot checks).
    expect(resolveNisCode("71072")!.municipality.population).toBe(87151);
    expect(resolveNisCode("73028")!.municipality.population).toBe(79); // Herstappe
    expect(resolveNisCode("73110")!.municipality).toMatchObject({
      name_nl: "Bilzen-Hoeselt",
      population: 42288,
    });
  });

  it("keeps the 12 merged-away Limburg municipalities with valid_to and merged_into (§5.3)", () => {
    const historic = MUNICIPALITIES.filter((m) => !isCurrentMunicipality(m) && m.province === "Limburg");
    const pairs = historic.map((m) => `${m.nis_code}>${m.merged_into}`).sort();
    expect(pairs).toEqual(
      [
        "72040>72042",
        "71047>72042",
        "72025>72043",
        "72029>72043",
        "71057>71071",
        "71069>71071",
        "71022>71072",
        "73040>71072",
        "73006>73110",
        "73032>73110",
        "73083>73111",
        "73009>73111",
      ].sort(),
    );
    expect(historic.find((m) => m.nis_code === "72040")!.valid_to).toBe("2018-12-31");
    expect(historic.find((m) => m.nis_code === "73040")!.valid_to).toBe("2024-12-31");
    expect(new Set(MUNICIPALITIES.map((m) => m.nis_code)).size).toBe(MUNICIPALITIES.length);
    // All of Flanders: 285 current municipalities, 27 merged in 2025 (nis-2019-to-2025.csv), 15 in 2019.
    expect(MUNICIPALITIES.filter(isCurrentMunicipality)).toHaveLength(285);
    expect(MUNICIPALITIES).toHaveLength(285 + 27 + 15);
  });
});

describe("findMunicipalityByName", () => {
  it("ignores case, accents, spaces and hyphens", () => {
    expect(findMunicipalityByName("lo reninge")?.nis_code).toBe("32030");
    expect(findMunicipalityByName("LANGEMARK POELKAPELLE")?.nis_code).toBe("33040");
    expect(findMunicipalityByName("  de-panne ")?.nis_code).toBe("38008");
    expect(findMunicipalityByName("Hamont Achel")?.nis_code).toBe("72037");
    expect(findMunicipalityByName("Ypres")?.nis_code).toBe("33011");
    expect(findMunicipalityByName("bourg leopold")?.nis_code).toBe("71034");
  });
  it("prefers the current municipality and still finds merged-away names", () => {
    expect(findMunicipalityByName("Hasselt")?.nis_code).toBe("71072");
    expect(findMunicipalityByName("Kortessem")).toMatchObject({ nis_code: "73040", merged_into: "71072" });
  });
  it("returns undefined for unknown or empty names", () => {
    expect(findMunicipalityByName("Atlantis")).toBeUndefined();
    expect(findMunicipalityByName(" - ")).toBeUndefined();
    expect(findMunicipalityByName("__proto__")).toBeUndefined();
  });
  it("normalises names as documented", () => {
    expect(normaliseMunicipalityName("Sint-Truiden ")).toBe("sinttruiden");
    expect(normaliseMunicipalityName("Bourg-Léopold")).toBe("bourgleopold");
  });
});

describe("resolveNisCode", () => {
  it("maps an old code to today's municipality", () => {
    const r = resolveNisCode("73040")!;
    expect(r.municipality.nis_code).toBe("71072");
    expect(r.mergedFrom?.name_nl).toBe("Kortessem");
    expect(resolveNisCode("71047")!.municipality.name_nl).toBe("Oudsbergen");
    expect(resolveNisCode(" 72025 ")!.municipality.name_nl).toBe("Pelt");
  });
  it("returns a current code as is and unknown codes as undefined", () => {
    const r = resolveNisCode("33021")!;
    expect(r.municipality.name_nl).toBe("Poperinge");
    expect(r.mergedFrom).toBeUndefined();
    expect(resolveNisCode("99999")).toBeUndefined();
    expect(resolveNisCode("")).toBeUndefined();
    expect(resolveNisCode("constructor")).toBeUndefined();
  });
});

describe("Westhoek geography", () => {
  it("has symmetric neighbours within the 18, no self-neighbours, everybody connected", () => {
    expect(Object.keys(NEIGHBOURS).sort()).toEqual(WESTHOEK_NIS);
    for (const [nis, list] of Object.entries(NEIGHBOURS)) {
      expect(list).not.toContain(nis);
      for (const other of list) {
        expect(WESTHOEK_NIS).toContain(other);
        expect(NEIGHBOURS[other]).toContain(nis);
      }
    }
    // Hand-checked facts: Mesen touches only Heuvelland among the 18; Ieper borders Poperinge.
    expect(NEIGHBOURS["33016"]).toEqual(["33039"]);
    expect(NEIGHBOURS["33011"]).toContain("33021");
    // One connected region: breadth-first search from Ieper reaches all 18.
    const seen = new Set(["33011"]);
    const queue = ["33011"];
    while (queue.length)
      for (const n of NEIGHBOURS[queue.shift()!]) if (!seen.has(n) && seen.add(n)) queue.push(n);
    expect(seen.size).toBe(18);
  });

  it("has a centroid inside the Westhoek box for each municipality", () => {
    for (const nis of WESTHOEK_NIS) {
      const c = WESTHOEK_CENTROIDS[nis];
      expect(c.lat).toBeGreaterThan(50.7);
      expect(c.lat).toBeLessThan(51.2);
      expect(c.lon).toBeGreaterThan(2.5);
      expect(c.lon).toBeLessThan(3.1);
    }
  });

  it("computes great-circle distances", () => {
    // One degree of latitude is 6371·π/180 ≈ 111.19 km.
    expect(haversineKm({ lat: 50, lon: 3 }, { lat: 51, lon: 3 })).toBeCloseTo(111.19, 1);
    expect(haversineKm({ lat: 51, lon: 2.7 }, { lat: 51, lon: 2.7 })).toBe(0);
    // Ieper - Poperinge is about 11 km by road sign; De Panne - Wervik spans the region (≈ 40 km).
    expect(westhoekDistanceKm("33011", "33021")).toBeGreaterThan(9);
    expect(westhoekDistanceKm("33011", "33021")).toBeLessThan(14);
    expect(westhoekDistanceKm("38008", "33029")).toBeGreaterThan(35);
    expect(westhoekDistanceKm("33011", "71016")).toBeUndefined();
  });
});
