import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const WESTHOEK = join(import.meta.dirname, "../../../data/examples/westhoek");
const dir = tempDir("ecolens-paths-");

// A tiny Dutch inventory: the nature club's youth work names the CVO course as its next step.
writeFiles(dir, {
  "organisaties.csv": [
    "org_id;naam;type;gemeente",
    "np;Natuurpunt Ieper;natuurvereniging;Ieper",
    "cvo;CVO MIRAS;cvo;Ieper",
    "ocmw;OCMW Ieper;lokaal_bestuur;Ieper",
  ],
  "relaties.csv": ["van;naar;type", "np;ocmw;info-uitwisseling"],
  "leerkansen.csv": [
    "leerkans_id;organisator;titel;leercontext;themas;doelgroepen;leeftijd_min;leeftijd_max;gemeente;kostprijs;kansentarief;erkenning;doorstroom_naar",
    "L1;np;Jeugdnatuurclub;non-formeel;natuur_milieu;jongeren;12;18;Ieper;0;;geen;L2",
    "L2;cvo;Opleiding natuurgids;formeel;natuur_milieu;volwassenen;;;Ieper;45;nee;deelcertificaat;",
  ],
  "drempels.csv": [
    "drempel_id;drempeltype;doelgroep;gemeente;status",
    "d1;financieel;jongeren;Ieper;gesignaleerd",
  ],
  "drempel_engagementen.csv": ["drempel_id;organisatie;engagement", "d1;ocmw;funding"],
});

describe("ecolens paths on a small inventory", () => {
  it("shows the route in Dutch, with the blocking barrier and the partner working on it", async () => {
    const { code, out } = await runCaptured([
      "paths",
      dir,
      "--theme",
      "natuur",
      "--age",
      "16",
      "--municipality",
      "Ieper",
      "--barrier",
      "financieel",
      "--lang",
      "nl",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("Start bij Natuurpunt Ieper met 'Jeugdnatuurclub' (gratis, in Ieper)");
    expect(out).toContain("Daarna 'Opleiding natuurgids' bij CVO MIRAS (€45");
    expect(out).toContain("kost €45 en heeft geen kansentarief; OCMW Ieper werkt aan drempels 'financieel'");
  });

  it("--json gives the route result; English labels work as well", async () => {
    const { code, out } = await runCaptured([
      "paths",
      dir,
      "--theme",
      "Nature and environment",
      "--group",
      "young people",
      "--to",
      "formal",
      "--json",
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.learner).toMatchObject({ theme: "nature_environment", group: "youth", to: "formal" });
    expect(
      r.routes.map((x: { steps: Array<{ offering_id: string }> }) => x.steps.map((s) => s.offering_id)),
    ).toEqual([["L1", "L2"]]);
  });

  it("unknown values are usage errors (exit 2) that list the valid choices", async () => {
    const theme = await runCaptured(["paths", dir, "--theme", "astrologie", "--lang", "en"]);
    expect(theme.code).toBe(2);
    expect(theme.err).toContain("unknown value 'astrologie' for --theme");
    expect(theme.err).toContain("nature_environment (Nature and environment)");
    const barrier = await runCaptured([
      "paths",
      dir,
      "--theme",
      "sport",
      "--barrier",
      "heimwee",
      "--lang",
      "nl",
    ]);
    expect(barrier.code).toBe(2);
    expect(barrier.err).toContain("financieel (Financieel)");
    expect((await runCaptured(["paths", dir, "--theme", "sport", "--group", "marsmannen"])).code).toBe(2);
    expect((await runCaptured(["paths", dir, "--theme", "sport", "--to", "maan"])).code).toBe(2);
    expect((await runCaptured(["paths", dir, "--theme", "sport", "--age", "zestien"])).code).toBe(2);
    const place = await runCaptured([
      "paths",
      dir,
      "--theme",
      "sport",
      "--municipality",
      "Atlantis",
      "--lang",
      "en",
    ]);
    expect(place.code).toBe(2);
    expect(place.err).toContain("unknown municipality 'Atlantis'");
    const none = await runCaptured(["paths", dir, "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("give a theme with --theme");
  });

  it("--coverage prints the matrix", async () => {
    const { code, out } = await runCaptured(["paths", dir, "--coverage", "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("Pathway coverage");
    // One start (L1) with one route to L2; d1 (financial, youth, Ieper) has a partner, so it is free.
    expect(out).toMatch(/nature and environment\s+young people\s+route\s+1\s+1\s+1\s+1\s+0/);
    expect(out).toMatch(/nature and environment\s+adults\s+no start\s+0/);
  });
});

describe("ecolens paths on the Westhoek example", () => {
  const orgNames = new Set(
    readFileSync(join(WESTHOEK, "organisaties.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(";")[1])
      .filter((n) => n),
  );

  it("for a 16-year-old in Ieper who loves nature and cannot pay: a route, or where the chain breaks and who could mend it", async () => {
    const argv = [
      "paths",
      WESTHOEK,
      "--theme",
      "natuur",
      "--age",
      "16",
      "--municipality",
      "Ieper",
      "--barrier",
      "financieel",
      "--to",
      "formal",
      "--lang",
      "en",
    ];
    const text = await runCaptured(argv);
    const json = await runCaptured([...argv, "--json"]);
    expect(text.code).toBe(0);
    expect(json.code).toBe(0);
    const r = JSON.parse(json.out);
    expect(r.learner).toMatchObject({
      theme: "nature_environment",
      age: 16,
      nis_code: "33011",
      barriers: ["financial"],
    });
    if (r.routes.length > 0) {
      const best = r.routes[0];
      // A low-threshold start and a formal destination with recognition, both named organisations.
      expect(["informal", "non_formal"]).toContain(best.steps[0].learning_context);
      expect(best.steps.at(-1).learning_context).toBe("formal");
      expect(best.steps.at(-1).recognition).not.toBe("none");
      for (const s of best.steps) {
        expect(orgNames.has(s.org_name)).toBe(true);
        expect(text.out).toContain(s.org_name);
        // Each financially blocked step says who works on that barrier (or that nobody does).
        for (const c of s.checks.filter((c: { status: string }) => c.status === "blocked")) {
          expect(c.barrier_type).toBe("financial");
          expect(s.cost_eur).toBeGreaterThan(0);
          expect(s.reduced_tariff).toBe(false);
          for (const name of c.partner_names.slice(0, 1)) expect(text.out).toContain(name);
        }
      }
      expect(text.out).toContain("1. Start at");
    } else {
      expect(r.breaks.length).toBeGreaterThan(0);
      expect(text.out).toContain("Where the chain breaks");
      const menders: string[] = r.breaks.flatMap((b: { mender_names: string[] }) => b.mender_names);
      expect(menders.length).toBeGreaterThan(0);
      for (const name of menders) expect(orgNames.has(name)).toBe(true);
      expect(text.out).toContain(`Who could mend it: ${r.breaks[0].mender_names.join(", ")}`);
    }
  });

  it("coverage of the example: region rows first, every row a sentence", async () => {
    const { code, out } = await runCaptured(["paths", WESTHOEK, "--coverage", "--json"]);
    expect(code).toBe(0);
    const c = JSON.parse(out);
    expect(c.region_cells).toBeGreaterThan(0);
    const firstLocal = c.cells.findIndex((x: { scope: string }) => x.scope !== "region");
    expect(c.cells.slice(0, firstLocal).every((x: { scope: string }) => x.scope === "region")).toBe(true);
    expect(c.cells.slice(firstLocal).every((x: { scope: string }) => x.scope !== "region")).toBe(true);
    expect(
      c.cells.every((x: { sentence: { nl: string; en: string } }) => x.sentence.nl && x.sentence.en),
    ).toBe(true);
  });
});
