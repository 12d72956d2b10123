/**
 * `ecolens export --to map-svg | map-png`: the municipality map as a file, through the real CLI
 * (packages/cli, in-process): an inventory with merged-away names (Kortessem, Borsbeek) is drawn
 * on Hasselt and Antwerpen; a PNG is a PNG; bad input gives one line and an exit code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../../cli/test/helpers/capture.ts";
import { tempDir, writeFiles } from "../../cli/test/helpers/fixtures.ts";

const dir = tempDir("ecolens-geo-export-");
const inventory = writeFiles(join(dir, "limburg"), {
  "organisaties.csv": [
    "organisatie_id,naam,type,gemeente,nis_code",
    "a,Ferm Kortessem,sociaal_cultureel,Kortessem,",
    "b,Bib Borsbeek,bibliotheek,,11007",
    "c,Chiro Genk,jeugdbeweging,Genk,",
    "d,KSA Genk,jeugdbeweging,Genk,",
    "e,School <Genk>,basisschool,Genk,",
  ],
  "relaties.csv": [
    "van,naar,relatietype",
    "a,c,gezamenlijke_activiteit",
    "c,d,gezamenlijke_activiteit",
    "d,e,gezamenlijke_activiteit",
  ],
});
const nowhere = writeFiles(join(dir, "nowhere"), {
  "organisaties.csv": ["organisatie_id,naam,type", "x,Vzw X,vzw_overig", "y,Vzw Y,jeugdhuis"],
});

describe("ecolens export --to map-svg | map-png", () => {
  it("draws the inventory's 2025 municipalities (Kortessem in Hasselt, Borsbeek in Antwerpen)", async () => {
    const out = join(dir, "map.svg");
    const r = await runCaptured(["export", inventory, "--to", "map-svg", "-o", out, "--lang", "en"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const svg = readFileSync(out, "utf8");
    expect([...svg.matchAll(/ data-nis="(\d+)"/g)].map((m) => m[1])).toEqual(["11002", "71016", "71072"]);
    expect(svg).toContain("Organisations per 10,000 inhabitants");
    expect(svg).toContain("© Statbel");
    expect(svg).not.toContain("<Genk>");
  });

  it("--figure chooses the figure; map-svg without -o writes to stdout", async () => {
    const r = await runCaptured([
      "export",
      inventory,
      "--to",
      "map-svg",
      "--figure",
      "cross_line_share",
      "--lang",
      "nl",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Aandeel organisaties met een band formeel");
    expect(r.out.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("map-png writes a PNG 1600 px wide", async () => {
    const out = join(dir, "map.png");
    const r = await runCaptured(["export", inventory, "--to", "map-png", "-o", out]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1600);
  }, 30_000);

  it("says in one line what is wrong: unknown figure (exit 2), no municipality to draw (exit 1), png without -o", async () => {
    const bad = await runCaptured([
      "export",
      inventory,
      "--to",
      "map-svg",
      "--figure",
      "nope",
      "--lang",
      "en",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    expect(bad.err).toContain("unknown figure 'nope' for --figure: choose organisations_per_10000");
    const none = await runCaptured(["export", nowhere, "--to", "map-svg", "--lang", "nl"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("er is geen kaart te tekenen");
    expect(none.err).not.toMatch(/\n\s+at /);
    const png = await runCaptured(["export", inventory, "--to", "map-png"]);
    expect(png.code).toBe(2);
    expect(png.err).toContain("-o");
  });
});
