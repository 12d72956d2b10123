/**
 * The municipality map without a browser: the region fitted to the inventory's municipalities
 * with their neighbours greyed, class breaks, the standalone SVG (legend, attribution, escaping),
 * and the geographic layout (every organisation inside its municipality, deterministic by seed).
 */
import { geoContains } from "d3";
import { describe, expect, it } from "vitest";
import { choroplethShapes, prepareMap, standaloneChoroplethSvg } from "../src/geo/choropleth-svg.ts";
import { choroplethScale, formatValue, NO_DATA, RAMP } from "../src/geo/classes.ts";
import { type GeoLayoutNode, geoLayout } from "../src/geo/geo-layout.ts";
import type { GeoFigure, GeoModel } from "../src/geo/model.ts";
import { flandersFeatures, mapRegion } from "../src/geo/topology.ts";

const WESTHOEK =
  "32003 32006 32010 32011 32030 33011 33016 33021 33029 33037 33039 33040 33041 38002 38008 38014 38016 38025".split(
    " ",
  );

function model(values: Record<string, number | null>): GeoModel {
  return {
    municipalities: Object.keys(values).map((nis) => ({
      nis,
      name: nis === "33011" ? "Ieper <script>" : `M${nis}`,
      population: 1000,
      population_year: 2020,
    })),
    figures: [
      {
        id: "organisations",
        title: { nl: "Organisaties", en: "Organisations" },
        format: "integer",
        higher_is_better: true,
        values,
      },
    ],
    findings: [],
  };
}

describe("shipped boundaries", () => {
  it("decode to the 285 municipalities of 2025 with NIS codes", () => {
    const features = flandersFeatures();
    expect(features).toHaveLength(285);
    expect(features.some((f) => f.properties.nis === "71072" && f.properties.name_nl === "Hasselt")).toBe(
      true,
    );
    expect(features.some((f) => f.properties.nis === "73040")).toBe(false); // Kortessem merged away
  });

  it("a region is the requested municipalities plus their neighbours for context", () => {
    const region = mapRegion([...WESTHOEK, "99999"]);
    expect(region.inside.map((f) => f.properties.nis)).toEqual(WESTHOEK);
    const context = region.context.map((f) => f.properties.nis);
    expect(context).toContain("36019"); // Staden borders Houthulst and Langemark-Poelkapelle
    expect(context).toContain("35011"); // Middelkerke borders Nieuwpoort
    expect(context.some((c) => WESTHOEK.includes(c))).toBe(false);
    expect(context).not.toContain("71016"); // Genk is far away
    expect(region.missing).toEqual(["99999"]);
  });
});

describe("class breaks", () => {
  const figure = (
    values: Record<string, number | null>,
    format: GeoFigure["format"] = "integer",
  ): GeoFigure => ({
    id: "f",
    title: { nl: "f", en: "f" },
    format,
    higher_is_better: true,
    values,
  });

  it("puts about equally many municipalities in up to five classes, darker = more", () => {
    const values = Object.fromEntries(WESTHOEK.map((c, i) => [c, i + 1]));
    const scale = choroplethScale(figure(values), WESTHOEK);
    expect(scale.classes.map((c) => [c.from, c.to, c.count])).toEqual([
      [1, 4, 4],
      [5, 8, 4],
      [9, 11, 3],
      [12, 15, 4],
      [16, 18, 3],
    ]);
    expect(scale.fill["32003"]).toBe(RAMP[0]);
    expect(scale.fill["38025"]).toBe(RAMP[4]);
  });

  it("gives missing values the no-data colour and handles a single value", () => {
    const scale = choroplethScale(figure({ a: 2, b: 2, c: null }), ["a", "b", "c"]);
    expect(scale.classes).toHaveLength(1);
    expect(scale.noData).toBe(1);
    expect(scale.fill.c).toBe(NO_DATA);
  });

  it("formats values as the legend states them", () => {
    expect(formatValue(0.375, "percent", "nl")).toBe("38%");
    expect(formatValue(12.34, "decimal", "nl")).toBe("12,3");
    expect(formatValue(12.34, "decimal", "en")).toBe("12.3");
    // A large town with one organisation: 0.02 per 10,000, not "0.0".
    expect(formatValue(10000 / 540196, "decimal", "nl")).toBe("0,02");
  });
});

describe("choropleth SVG", () => {
  const values = Object.fromEntries(WESTHOEK.map((c, i) => [c, i === 3 ? null : i * 2]));

  it("draws one data-nis shape per inventory municipality and greys the neighbours", () => {
    const map = prepareMap(model(values))!;
    const scale = choroplethScale(model(values).figures[0], map.codes);
    const svg = choroplethShapes(map, scale, new Map([["33011", "Ieper <script>"]]));
    expect([...svg.matchAll(/ data-nis="(\d+)"/g)].map((m) => m[1])).toEqual(WESTHOEK);
    expect(svg).toContain('data-context-nis="36019"');
    expect(svg).toContain("Ieper &#60;script&#62;");
    expect(svg).not.toContain("<script>");
  });

  it("exports a standalone SVG with the class breaks, the attribution and no external reference", () => {
    const svg = standaloneChoroplethSvg(model(values), "organisations", "nl", "Westhoek")!;
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).toContain("Westhoek — Organisaties");
    expect(svg).toContain("0 – 8 (4)"); // 0, 2, 4, 8: the first fifth of 17 values
    expect(svg).toContain("geen gegevens (1)");
    expect(svg).toContain("© Statbel");
    expect(svg).not.toMatch(/href=|url\(/);
    expect(standaloneChoroplethSvg(model(values), "nope", "nl")).toBeNull();
  });
});

describe("geographic layout", () => {
  const map = prepareMap(model(Object.fromEntries(WESTHOEK.map((c) => [c, 1]))))!;
  const nodes: GeoLayoutNode[] = [
    ...WESTHOEK.flatMap((nis) =>
      Array.from({ length: 12 }, (_, k) => ({ id: `${nis}-${k}`, nis_code: nis })),
    ),
    { id: "vdab" },
    { id: "far", nis_code: "71016" },
    { id: "gps", nis_code: "33011" },
    { id: "gps-wrong", nis_code: "33011" },
  ];
  const coordinates: Record<string, [number, number]> = { gps: [2.885, 50.851], "gps-wrong": [2.6, 51.1] };
  const layout = geoLayout(map, nodes, coordinates, 7);
  const features = new Map(map.region.inside.map((f) => [f.properties.nis, f]));

  it("puts every organisation with a drawn municipality inside its shape", () => {
    nodes.forEach((n, i) => {
      const f = n.nis_code ? features.get(n.nis_code) : undefined;
      if (!f) return;
      const lonLat = map.frame.projection.invert!([layout.x[i], layout.y[i]])!;
      expect([n.id, geoContains(f, lonLat)]).toEqual([n.id, true]);
    });
  });

  it("uses inventory coordinates inside the municipality, spreads the others, bands the rest", () => {
    const at = (id: string) => nodes.findIndex((n) => n.id === id);
    expect(layout.placed[at("gps")]).toBe("coordinates");
    const [px, py] = map.frame.projection([2.885, 50.851])!;
    expect(layout.x[at("gps")]).toBeCloseTo(px, 0);
    expect(layout.y[at("gps")]).toBeCloseTo(py, 0);
    expect(layout.placed[at("gps-wrong")]).toBe("municipality"); // De Panne's dunes are not in Ieper
    expect(layout.placed[at("vdab")]).toBe("region");
    expect(layout.placed[at("far")]).toBe("region");
    expect(layout.y[at("vdab")]).toBeGreaterThan(map.frame.height - 46);
    const ieper = nodes.map((_, i) => i).filter((i) => nodes[i].nis_code === "33011");
    expect(new Set(ieper.map((i) => `${layout.x[i]},${layout.y[i]}`)).size).toBe(ieper.length);
  });

  it("is the same for the same seed and differs for another", () => {
    expect(geoLayout(map, nodes, coordinates, 7)).toEqual(layout);
    expect(geoLayout(map, nodes, coordinates, 8).x).not.toEqual(layout.x);
  });
});
