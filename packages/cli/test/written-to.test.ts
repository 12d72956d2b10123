/** `template -o`, `collect` and `export --to map-svg|map-png` say where they wrote (as export and report do). */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const tmp = tempDir("ecolens-written-");
const round = writeFiles(join(tmp, "round1"), {
  "organisaties.csv": ["organisatie_id;naam", "bib;Bibliotheek", "cvo;CVO"],
  "relaties.csv": ["van;naar;relatietype", "bib;cvo;overleg"],
});
const placed = writeFiles(join(tmp, "placed"), {
  "organisaties.csv": ["organisatie_id;naam;gemeente", "a;Chiro Genk;Genk", "b;Bib Hasselt;Hasselt"],
});

describe("where the workbook went", () => {
  it("template -o names the file it wrote (nl and en)", async () => {
    const nl = join(tmp, "sjabloon.xlsx");
    const r = await runCaptured(["template", "-o", nl, "--lang", "nl"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Sjabloon geschreven naar ${nl}\n`);
    const en = join(tmp, "template.xlsx");
    expect((await runCaptured(["template", "-o", en, "--lang", "en"])).out).toBe(
      `Template written to ${en}\n`,
    );
  });
  it("collect names the merged round and the next step", async () => {
    const forms = join(tmp, "forms");
    expect((await runCaptured(["template", "--per-partner", forms, "--from", round])).code).toBe(0);
    const out = join(tmp, "ronde.xlsx");
    const r = await runCaptured(["collect", forms, "--from", round, "-o", out, "--lang", "nl"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Samengevoegde ronde geschreven naar ${out}; controleer ze met: ecolens validate ${out}\n`,
    );
  });
  it("export --to map-svg and map-png name the file they wrote", async () => {
    for (const [to, file] of [
      ["map-svg", "kaart.svg"],
      ["map-png", "kaart.png"],
    ]) {
      const out = join(tmp, file);
      const r = await runCaptured(["export", placed, "--to", to, "-o", out, "--lang", "nl"]);
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(r.out).toBe(`Kaart geschreven naar ${out}\n`);
    }
  });
});

describe("writing a workbook a second time", () => {
  it("the refusal does not claim ecolens did not write it; it names --force", async () => {
    const out = join(tmp, "twice.xlsx");
    expect((await runCaptured(["template", "-o", out, "--lang", "nl"])).code).toBe(0);
    const r = await runCaptured(["template", "-o", out, "--lang", "nl"]);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain("geen eerdere uitvoer van ecolens");
    expect(r.err).toContain("--force");
    expect((await runCaptured(["template", "-o", out, "--lang", "nl", "--force"])).code).toBe(0);
  });
});
