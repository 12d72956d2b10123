/** `ecolens collect`: returned partner forms -> one inventory with tie statuses; `--ties confirmed`. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const tmp = tempDir("ecolens-collect-");
const round = writeFiles(join(tmp, "round1"), {
  "organisaties.csv": [
    "organisatie_id;naam;type",
    "bib;Bibliotheek;bibliotheek",
    "cvo;CVO;cvo",
    "scouts;Scouts;jeugdbeweging",
    "museum;Museum;museum",
  ],
  "relaties.csv": [
    "van;naar;relatietype;niveau",
    "bib;cvo;overleg;2",
    "cvo;scouts;project;3",
    "scouts;museum;project;1",
  ],
});
const forms = join(tmp, "forms");

describe("ecolens collect", () => {
  it("merges the forms that came back: statuses, non-respondents, an ordinary inventory", async () => {
    expect((await runCaptured(["template", "--per-partner", forms, "--from", round])).code).toBe(0);
    // Museum does not answer.
    const back = join(tmp, "back");
    mkdirSync(back);
    for (const f of readdirSync(forms).filter((f) => !f.startsWith("museum")))
      copyFileSync(join(forms, f), join(back, f));
    const out = join(tmp, "merged.xlsx");
    const r = await runCaptured(["collect", back, "--from", round, "-o", out, "--lang", "en"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Forms returned: 3 of 4 organisations (75%)");
    expect(r.out).toContain("confirmed by both: 2 (67%)");
    expect(r.out).toContain("reported by one: 1 (33%)");
    expect(r.out).toMatch(/No form returned by:\n {2}museum {2}Museum/);

    const text = await runCaptured(["validate", out, "--lang", "nl"]);
    expect(text.out).toContain(
      "Relaties bevestigd door beide kanten: 2 van 3 (67%); gemeld door één: 1, tegenstrijdig: 0, geen antwoord: 0.",
    );
    const v = await runCaptured(["validate", out, "--json"]);
    expect(v.code).toBe(0);
    const report = JSON.parse(v.out);
    expect(report.errors).toBe(0);
    expect(report.files.find((f: { kind: string }) => f.kind === "relations").imported).toBe(3);

    // The report's data quality section says it too.
    const html = join(tmp, "merged.html");
    expect((await runCaptured(["report", out, "-o", html, "--lang", "en"])).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain(
      "Ties confirmed by both sides: 2 of 3 (67%); reported by one: 1, contradicted: 0, no response: 0.",
    );

    // --ties confirmed: the analysis sees only the two confirmed ties.
    const all = JSON.parse((await runCaptured(["analyse", out, "--json"])).out);
    const confirmed = JSON.parse((await runCaptured(["analyse", out, "--json", "--ties", "confirmed"])).out);
    expect(all.summary.m).toBe(3);
    expect(confirmed.summary.m).toBe(2);
    expect(confirmed.summary.n).toBe(4);
  });

  it("-o FOLDER writes the inventory as CSV files that read back the same", async () => {
    const out = join(tmp, "merged-csv");
    rmSync(out, { recursive: true, force: true });
    const r = await runCaptured(["collect", forms, "--from", round, "-o", out, "--lang", "nl"]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "drempel_engagementen.csv",
      "drempels.csv",
      "leerkansen.csv",
      "organisaties.csv",
      "relaties.csv",
    ]);
    expect(r.out).toContain("bevestigd door beide: 3 (100%)");
    const v = JSON.parse((await runCaptured(["validate", out, "--json"])).out);
    expect(v.errors).toBe(0);
  });

  it("a macro form (.xlsm) among the forms is named as refused, never skipped in silence", async () => {
    const withMacro = join(tmp, "with-macro");
    mkdirSync(withMacro, { recursive: true });
    for (const f of readdirSync(forms)) copyFileSync(join(forms, f), join(withMacro, f));
    const first = readdirSync(forms).sort()[0];
    copyFileSync(join(forms, first), join(withMacro, "macro-form.xlsm"));
    const r = await runCaptured([
      "collect",
      withMacro,
      "--from",
      round,
      "-o",
      join(tmp, "m.xlsx"),
      "--lang",
      "en",
    ]);
    expect(r.out).toMatch(/macro-form\.xlsm: .*macro/i);
  });

  it("--ties with another value is a usage error; collect needs --from (exit 2)", async () => {
    expect((await runCaptured(["analyse", round, "--ties", "some"])).code).toBe(2);
    expect((await runCaptured(["collect", forms, "-o", join(tmp, "x.xlsx")])).code).toBe(2);
  });
});
