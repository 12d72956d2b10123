/** `ecolens template`: the workbook to send out, pre-filled with --from, and one form per partner. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, readZip } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek", import.meta.url).pathname;
const tmp = tempDir("ecolens-template-");
const small = writeFiles(join(tmp, "small"), {
  "organisaties.csv": [
    "organisatie_id;naam;type",
    "bib;Bibliotheek;bibliotheek",
    "cvo;CVO;cvo",
    "scouts;Scouts;jeugdbeweging",
  ],
  "relaties.csv": ["van;naar;relatietype;niveau", "bib;cvo;overleg;2", "cvo;scouts;project;3"],
});

describe("ecolens template", () => {
  it("-o writes the Dutch template: a sheet per table, instructions and drop-down lists", async () => {
    const out = join(tmp, "inventaris.xlsx");
    const r = await runCaptured(["template", "-o", out, "--lang", "nl"]);
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(readWorkbook(bytes, out).sheets.map((s) => s.name)).toEqual([
      "instructies",
      "organisaties",
      "relaties",
      "leerkansen",
      "drempels",
      "drempel_engagementen",
      "lijsten",
    ]);
    const relaties = new TextDecoder().decode(readZip(bytes, out).get("xl/worksheets/sheet3.xml"));
    expect(relaties.match(/<dataValidation /g)?.length).toBeGreaterThan(5);
  });

  it("--from the Westhoek example: the template reads back with the same counts as the CSV folder", async () => {
    const out = join(tmp, "westhoek.xlsx");
    expect((await runCaptured(["template", "-o", out, "--from", WESTHOEK, "--lang", "en"])).code).toBe(0);
    const a = await runCaptured(["validate", out, "--json"]);
    const b = await runCaptured(["validate", WESTHOEK, "--json"]);
    const counts = (json: string) =>
      JSON.parse(json)
        .files.map(
          (f: { kind: string; imported: number; rejected: number }) =>
            `${f.kind}:${f.imported}:${f.rejected}`,
        )
        .sort();
    expect(counts(a.out)).toEqual(counts(b.out));
    expect(JSON.parse(a.out).errors).toBe(0);
  });

  it("--per-partner DIR writes one form per organisation, named by id and name", async () => {
    const dir = join(tmp, "forms");
    const r = await runCaptured(["template", "--per-partner", dir, "--from", small, "--lang", "nl"]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["bib--bibliotheek.xlsx", "cvo.xlsx", "scouts.xlsx"]);
    expect(r.out).toContain("3 formulieren");
  });

  it("usage errors: no output, --per-partner without --from, a non-.xlsx name (exit 2, nothing written)", async () => {
    expect((await runCaptured(["template"])).code).toBe(2);
    const noFrom = await runCaptured(["template", "--per-partner", join(tmp, "x")]);
    expect(noFrom.code).toBe(2);
    expect(noFrom.err).toContain("--from");
    expect((await runCaptured(["template", "-o", join(tmp, "t.csv")])).code).toBe(2);
    expect(existsSync(join(tmp, "x"))).toBe(false);
  });
});
