/**
 * Every option that takes a vocabulary value or a municipality goes through one resolver: nl and
 * en codes and labels, case and accents ignored; an unknown value is a usage error (exit 2) that
 * names the closest matches (and, for a municipality, the municipalities present in the input).
 */
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";

const WESTHOEK = "data/examples/westhoek";

async function analyseJson(...scope: string[]) {
  const r = await runCaptured(["analyse", WESTHOEK, "--json", "--metrics", "density", ...scope]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as { summary: { n: number; m: number } };
}

describe("scope options accept nl and en codes and labels", () => {
  it("--sector formeel_onderwijs gives the formal organisations, the same as the English code", async () => {
    const nl = await analyseJson("--sector", "formeel_onderwijs");
    const en = await analyseJson("--sector", "formal_education");
    const label = await analyseJson("--sector", "FORMEEL ONDERWIJS");
    const all = await analyseJson();
    expect(nl.summary.n).toBeGreaterThan(0);
    expect(nl.summary.n).toBeLessThan(all.summary.n);
    expect(en.summary).toEqual(nl.summary);
    expect(label.summary).toEqual(nl.summary);
  });

  it("--relation-type doorverwijzing is the Dutch label of referral", async () => {
    const nl = await analyseJson("--relation-type", "doorverwijzing");
    const en = await analyseJson("--relation-type", "referral");
    expect(nl.summary.m).toBeGreaterThan(0);
    expect(nl.summary).toEqual(en.summary);
  });

  it("--type takes an organisation type in either language", async () => {
    const nl = await analyseJson("--type", "bibliotheek");
    const en = await analyseJson("--type", "Library");
    expect(nl.summary.n).toBeGreaterThan(0);
    expect(nl.summary).toEqual(en.summary);
  });

  it("--municipality takes a name (any case, accents ignored), the NIS code or the French name", async () => {
    const byName = await analyseJson("--municipality", "ieper");
    const byCode = await analyseJson("--municipality", "33011");
    const french = await analyseJson("--municipality", "Ypres");
    expect(byName.summary.n).toBeGreaterThan(0);
    expect(byCode.summary).toEqual(byName.summary);
    expect(french.summary).toEqual(byName.summary);
  });
});

describe("unknown values are usage errors with the closest matches", () => {
  it("--municipality Iepr suggests Ieper", async () => {
    const r = await runCaptured(["analyse", WESTHOEK, "--municipality", "Iepr", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("did you mean 'Ieper'?");
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("--municipality Gent names the municipalities present in the input", async () => {
    const r = await runCaptured(["analyse", WESTHOEK, "--municipality", "Gent", "--lang", "nl"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Gent komt niet voor in deze invoer");
    for (const name of ["Diksmuide", "Ieper", "Poperinge", "Veurne"]) expect(r.err).toContain(name);
  });

  it("a municipality merged away in 2025 is followed to the one it merged into", async () => {
    const r = await runCaptured(["analyse", WESTHOEK, "--municipality", "Kortessem", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Kortessem (Hasselt) does not occur in this input");
  });

  it("a misspelt relation type, sector or type names the nearest codes in the user's language", async () => {
    const rel = await runCaptured(["gaps", WESTHOEK, "--relation-type", "doorverwijzingen", "--lang", "nl"]);
    expect(rel.code).toBe(2);
    expect(rel.err).toContain("bedoelde je doorverwijzing (Doorverwijzing)?");
    const sector = await runCaptured(["analyse", WESTHOEK, "--sector", "formal_educaton", "--lang", "en"]);
    expect(sector.code).toBe(2);
    expect(sector.err).toContain("did you mean formal_education (Formal education)?");
    const type = await runCaptured(["report", WESTHOEK, "--type", "bibliothek", "--lang", "en"]);
    expect(type.code).toBe(2);
    expect(type.err).toContain("library (Library)");
  });

  it("paths uses the same resolver for its municipality, theme, group and barriers", async () => {
    const place = await runCaptured(["paths", WESTHOEK, "--theme", "natuur", "--municipality", "Iepr"]);
    expect(place.code).toBe(2);
    expect(place.err).toContain("'Ieper'");
    const group = await runCaptured([
      "paths",
      WESTHOEK,
      "--theme",
      "natuur",
      "--target-group",
      "Jongeren",
      "--json",
    ]);
    expect(group.code, group.err).toBe(0);
    expect(JSON.parse(group.out).learner.group).toBe("youth");
  });
});
