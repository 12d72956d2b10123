import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run } from "../src/main.ts";

const dir = mkdtempSync(join(tmpdir(), "ecolens-gaps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A Dutch inventory as a coordinator would export it from Excel (`;`, Dutch headers and codes).
writeFileSync(
  join(dir, "organisaties.csv"),
  [
    "org_id;naam;type;gemeente;themas;doelgroepen",
    "bib;Bibliotheek Ieper;bibliotheek;Ieper;lezen_mediawijsheid;jongeren|mensen_in_armoede",
    "school;Basisschool De Vlinder;basisschool;Ieper;natuur_milieu|lezen_mediawijsheid;kinderen",
    "natuur;Natuurpunt Ieper;natuurvereniging;Ieper;natuur_milieu;kinderen",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper;zorg;mensen_in_armoede",
    '=cmd;=HYPERLINK("x");sportclub;Poperinge;sport;jongeren',
  ].join("\n"),
);
writeFileSync(
  join(dir, "relaties.csv"),
  [
    "van;naar;type",
    "bib;ocmw;gezamenlijke_activiteit",
    "school;ocmw;info-uitwisseling",
    "natuur;ocmw;info-uitwisseling",
  ].join("\n"),
);
writeFileSync(
  join(dir, "drempels.csv"),
  [
    "drempel_id;drempeltype;doelgroep;gemeente;gesignaleerd_door;status",
    "d1;financieel;mensen_in_armoede;Ieper;bib;gesignaleerd",
  ].join("\n"),
);
writeFileSync(
  join(dir, "drempel_engagementen.csv"),
  ["drempel_id;organisatie;engagement", "d1;ocmw;financiering"].join("\n"),
);

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await run(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe("ecolens gaps", () => {
  it("prints the four sections in order, in Dutch", async () => {
    const { code, out } = await capture(["gaps", dir, "--lang", "nl"]);
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
    const { code, out } = await capture(["gaps", dir, "--json", "--across", "none", "--seed", "3"]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual([
      "barriers",
      "clusters",
      "departure",
      "organisations",
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
    const { code } = await capture(["gaps", dir, "--csv", out, "--lang", "en"]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "barrier_matrix.csv",
      "barriers.csv",
      "cluster_profiles.csv",
      "clusters.csv",
      "partner_departure.csv",
      "suggestions.csv",
      "white_spots.csv",
    ]);
    const departure = readFileSync(join(out, "partner_departure.csv"), "utf8");
    expect(departure.startsWith("\uFEFFrank;id;label")).toBe(true);
    expect(departure).toContain("'=cmd");
    expect(departure).not.toMatch(/;=HYPERLINK/);
  });
  it("bad options are usage errors (exit 2) with a message in the chosen language", async () => {
    const across = await capture(["gaps", dir, "--across", "planet", "--lang", "en"]);
    expect(across.code).toBe(2);
    expect(across.err).toContain("unknown value 'planet' for --across");
    const top = await capture(["gaps", dir, "--top", "0", "--lang", "nl"]);
    expect(top.code).toBe(2);
    expect(top.err).toContain("--top verwacht een geheel getal");
    const missing = await capture(["gaps", join(dir, "nope"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(/at .*\.ts/);
  });
});
