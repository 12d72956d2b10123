/**
 * `template --per-partner DIR` into a folder where a form may not be replaced: refused before any
 * form is made (on Westhoek that is seconds of work thrown away), and nothing is written.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const made = vi.hoisted(() => ({ forms: 0 }));
vi.mock("@ecolens/core", async (original) => {
  const core = await original<typeof import("@ecolens/core")>();
  return {
    ...core,
    partnerFormWorkbook: (...args: Parameters<typeof core.partnerFormWorkbook>) => {
      made.forms++;
      return core.partnerFormWorkbook(...args);
    },
  };
});

const tmp = tempDir("ecolens-refuse-early-");
const round = writeFiles(join(tmp, "round1"), {
  "organisaties.csv": ["organisatie_id;naam", "bib;Bibliotheek", "cvo;CVO"],
  "relaties.csv": ["van;naar;relatietype", "bib;cvo;overleg"],
});

describe("template --per-partner into a folder with a file it may not replace", () => {
  it("is refused before a single form is made; the file stays", async () => {
    const forms = writeFiles(join(tmp, "forms"), { "cvo.xlsx": ["my own notes"] });
    const r = await runCaptured(["template", "--per-partner", forms, "--from", round, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cvo.xlsx");
    expect(made.forms).toBe(0);
    expect(readFileSync(join(forms, "cvo.xlsx"), "utf8")).toBe("my own notes");
  });
  it("with --force the forms are made and written", async () => {
    const forms = join(tmp, "forms");
    writeFileSync(join(forms, "cvo.xlsx"), "my own notes\n");
    const r = await runCaptured(["template", "--per-partner", forms, "--from", round, "--force"]);
    expect(r.code).toBe(0);
    expect(made.forms).toBe(2);
  });
});
