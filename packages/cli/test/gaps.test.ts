import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const dir = tempDir("ecolens-gaps-");

// A Dutch inventory as a coordinator would export it from Excel (`;`, Dutch headers and codes).
writeFiles(dir, {
  "organisaties.csv": [
    "org_id;naam;type;gemeente;themas;doelgroepen",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper;lezen_mediawijsheid;jongeren|mensen_in_armoede",
    "school;Basisschool De Vlinder;basisschool;Ieper;natuur_milieu|lezen_mediawijsheid;kinderen",
    "natuur;Natuurpunt Ieper;natuurvereniging;Ieper;natuur_milieu;kinderen",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper;zorg;mensen_in_armoede",
    '=cmd;=HYPERLINK("x");sportclub;Poperinge;sport;jongeren',
  ],
  "relaties.csv": [
    "van;naar;type",
    "bib;ocmw;gezamenlijke_activiteit",
    "school;ocmw;info-uitwisseling",
    "natuur;ocmw;info-uitwisseling",
  ],
  "drempels.csv": [
    "drempel_id;drempeltype;doelgroep;gemeente;gesignaleerd_door;status",
    "d1;financieel;mensen_in_armoede;Ieper;bib;gesignaleerd",
  ],
  "drempel_engagementen.csv": ["drempel_id;organisatie;engagement", "d1;ocmw;financiering"],
});

describe("ecolens gaps", () => {
  it("prints the four sections in order, in Dutch", async () => {
    const { code, out } = await runCaptured(["gaps", dir, "--lang", "nl"]);
    expect(code).toBe(0);
    const order = [
      "Witte vlekken",
      "Drempels zonder (genoeg) partners",
      "Ontbrekende verbindingen",
      "Kritieke partners",
    ].map((h) => out.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The school and the nature club share a partner, themes and place, across the formal line.
    expect(out).toContain("Natuurpunt Ieper — Basisschool De Vlinder");
    expect(out).toContain("Als OCMW Ieper wegvalt");
  });
  it("--json gives everything, with the barrier single-partner first", async () => {
    const { code, out } = await runCaptured(["gaps", dir, "--json", "--across", "none", "--seed", "3"]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual([
      "barriers",
      "clusters",
      "departure",
      "layers",
      "organisations",
      "pathway_coverage",
      "suggestions",
      "ties",
      "white_spots",
    ]);
    expect(result.organisations).toBe(5);
    expect(result.barriers.barriers[0]).toMatchObject({
      barrier_id: "d1",
      coverage: "single_partner",
      committed_partners: ["ocmw"],
    });
    expect(result.suggestions.across).toBe("none");
    expect(result.clusters.seed).toBe(3);
    // ocmw is the only partner on d1: its departure orphans the barrier.
    const ocmw = result.departure.organisations.find((o: { id: string }) => o.id === "ocmw");
    expect(ocmw.barriers_orphaned).toEqual(["d1"]);
  });
  it("--csv writes one file per table with formulas neutralised", async () => {
    const out = join(dir, "out");
    const { code } = await runCaptured(["gaps", dir, "--csv", out, "--lang", "en"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "barrier_matrix.csv",
      "barriers.csv",
      "cluster_profiles.csv",
      "clusters.csv",
      "partner_departure.csv",
      "pathway_coverage.csv",
      "suggestions.csv",
      "white_spots.csv",
    ]);
    const departure = readFileSync(join(out, "partner_departure.csv"), "utf8");
    expect(departure.startsWith("\uFEFFrank;id;label")).toBe(true);
    expect(departure).toContain("'=cmd");
    expect(departure).not.toMatch(/;=HYPERLINK/);
  });
  it("bad options are usage errors (exit 2) with a message in the chosen language", async () => {
    const across = await runCaptured(["gaps", dir, "--across", "planet", "--lang", "en"]);
    expect(across.code).toBe(2);
    expect(across.err).toContain("unknown value 'planet' for --across");
    const top = await runCaptured(["gaps", dir, "--top", "0", "--lang", "nl"]);
    expect(top.code).toBe(2);
    expect(top.err).toContain("--top verwacht een geheel getal");
    const missing = await runCaptured(["gaps", join(dir, "nope"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(/at .*\.ts/);
  });
});

// Learning offers in the same kind of inventory: the nature club's nature walk names the school's
// nature course (formal, diploma) as its next step; the library's reading hour has no onward step
// and the library has no tie to the school, whose reading course is formal with an attest.
const pathsDir = writeFiles(join(dir, "leerpaden"), {
  "leerkansen.csv": [
    "leerkans_id;organisator;titel;leercontext;themas;doelgroepen;gemeente;erkenning;doorstroom_naar",
    "LK1;natuur;Natuurwandeling;informeel;natuur_milieu;kinderen;Ieper;geen;LK2",
    "LK2;school;Natuurstudie;formeel;natuur_milieu;kinderen;Ieper;diploma;",
    "LK3;bib;Voorleesuur;informeel;lezen_mediawijsheid;kinderen;Ieper;geen;",
    "LK4;school;Leesatelier;formeel;lezen_mediawijsheid;kinderen;Ieper;attest;",
  ],
});
for (const name of ["organisaties.csv", "relaties.csv"])
  writeFileSync(join(pathsDir, name), readFileSync(join(dir, name)));

describe("ecolens gaps: learning paths", () => {
  it("--json has pathway_coverage: a route for nature, a broken chain for reading", async () => {
    const { code, out } = await runCaptured(["gaps", pathsDir, "--json"]);
    expect(code).toBe(0);
    const cells = JSON.parse(out).pathway_coverage.cells.filter(
      (c: { scope: string }) => c.scope === "region",
    );
    const nature = cells.find((c: { theme: string }) => c.theme === "nature_environment");
    const reading = cells.find((c: { theme: string }) => c.theme === "reading_media");
    expect(nature).toMatchObject({ target_group: "children", status: "route", starts: 1, routes: 1 });
    expect(reading).toMatchObject({ target_group: "children", status: "no_route", starts: 1, routes: 0 });
    expect(reading.dead_end_starts).toEqual(["LK3"]);
  });
  it("prints 'Learning paths: where chains break' last, with the broken combination", async () => {
    const { code, out } = await runCaptured(["gaps", pathsDir, "--lang", "en"]);
    expect(code).toBe(0);
    const at = out.indexOf("Learning paths: where chains break");
    expect(at).toBeGreaterThan(out.indexOf("Critical partners"));
    expect(out.slice(at)).toMatch(/reading and media literacy\s+children\s+no route/);
    expect(out.slice(at)).not.toMatch(/nature and environment\s+children/);
  });
  it("--csv writes pathway_coverage.csv", async () => {
    const csvDir = join(pathsDir, "csv");
    const { code } = await runCaptured(["gaps", pathsDir, "--csv", csvDir]);
    expect(code).toBe(0);
    const text = readFileSync(join(csvDir, "pathway_coverage.csv"), "utf8");
    expect(text.startsWith("\uFEFFscope;municipality;theme;target_group")).toBe(true);
    expect(text).toMatch(/region;;nature_environment;children;false;route;1;1;1;1/);
  });
});
