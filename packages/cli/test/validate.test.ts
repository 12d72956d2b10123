/**
 * `ecolens validate` through run([...]): exit codes 0/1/2, the report in nl and en, --json, the
 * example inventories, and one-line usage errors without stack traces.
 */
import { describe, expect, it } from "vitest";
import { run } from "../src/main.ts";
import { captureOutput } from "./helpers/capture.ts";

const FIX = new URL("./fixtures/", import.meta.url).pathname;
const DATA = new URL("../../../data/examples/", import.meta.url).pathname;

const io = captureOutput();

describe("ecolens validate on a clean inventory", () => {
  it("exits 0 and prints the counts per file in Dutch", async () => {
    expect(await run(["validate", `${FIX}validate-ok`, "--lang", "nl"])).toBe(0);
    expect(io.out()).toContain("Inleesrapport");
    const line = io
      .out()
      .split("\n")
      .find((l) => l.includes("organisaties.csv"));
    // file, kind, encoding, delimiter, rows, imported, rejected, blank
    expect(line?.split(/\s{2,}/).slice(1)).toEqual([
      "organisaties",
      "utf-8-bom",
      "; (puntkomma)",
      "3",
      "3",
      "0",
      "0",
    ]);
    expect(io.out()).toContain("0 fouten, 0 waarschuwingen, 0 info");
    expect(io.out()).toContain("geen fouten");
    expect(io.err()).toBe("");
  });

  it("speaks English with --lang en", async () => {
    expect(await run(["validate", `${FIX}validate-ok`, "--lang", "en"])).toBe(0);
    expect(io.out()).toContain("Import report");
    expect(io.out()).toContain("0 errors, 0 warnings, 0 info");
  });

  it("reads a single file", async () => {
    expect(await run(["validate", `${FIX}validate-ok/organisaties.csv`, "--lang", "en"])).toBe(0);
    expect(io.out()).toMatch(/organisaties\.csv\s+organisations/);
  });
});

describe("ecolens validate on an inventory with errors", () => {
  it("exits 1 and lists each finding under its file and row", async () => {
    expect(await run(["validate", `${FIX}validate-errors`, "--lang", "en"])).toBe(1);
    expect(io.out()).toMatch(/organisations\.csv\s+organisations\s+utf-8\s+, \(comma\)\s+3\s+1\s+2\s+0/);
    expect(io.out()).toMatch(/row 3:\n\s+ERROR DUPLICATE_ID \(column "org_id", value "bib"\)/);
    expect(io.out()).toMatch(/row 4:\n\s+ERROR MISSING_REQUIRED \(column "name"\)/);
    expect(io.out()).toMatch(/row 3:\n\s+warning SELF_LOOP/);
    expect(io.out()).toContain("3 errors, 2 warnings, 0 info");
  });

  it("in Dutch the same findings read in Dutch", async () => {
    expect(await run(["validate", `${FIX}validate-errors`, "--lang", "nl"])).toBe(1);
    expect(io.out()).toMatch(/rij 4:\n\s+FOUT MISSING_REQUIRED \(kolom "name"\)/);
    expect(io.out()).toContain("De rij is niet ingelezen.");
    expect(io.out()).not.toContain("The row was not imported.");
  });

  it("never lets terminal control characters from the data through", async () => {
    await run(["validate", `${FIX}validate-errors`, "--lang", "en"]);
    expect(io.out()).not.toContain("\u001b");
    expect(io.out()).toContain("ghost⟦U+001B⟧[31m");
  });

  it("--json prints the ImportReport", async () => {
    expect(await run(["validate", `${FIX}validate-errors`, "--json"])).toBe(1);
    const report = JSON.parse(io.out());
    expect(report.errors).toBe(3);
    expect(report.files.map((f: { kind: string }) => f.kind)).toEqual(["organisations", "relations"]);
    const codes = report.findings.map((f: { code: string; row: number }) => `${f.code}@${f.row}`);
    expect(codes).toEqual([
      "DUPLICATE_ID@3",
      "MISSING_REQUIRED@4",
      "CONTROL_CHARACTER@2", // the ESC character in the target id
      "UNKNOWN_ORGANISATION@2",
      "SELF_LOOP@3",
    ]);
  });
});

describe("ecolens validate on the example data", () => {
  it("the Westhoek inventory: exit 0", async () => {
    expect(await run(["validate", `${DATA}westhoek`, "--json"])).toBe(0);
    expect(JSON.parse(io.out()).errors).toBe(0);
  });

  it("the messy inventory: exit 1, with the planted mistakes", async () => {
    expect(await run(["validate", `${DATA}messy`, "--lang", "en"])).toBe(1);
    for (const code of [
      "ENCODING_FALLBACK",
      "DUPLICATE_ID",
      "INVISIBLE_CHARACTER",
      "UNCLOSED_QUOTE",
      "SELF_LOOP",
    ])
      expect(io.out()).toContain(code);
  });
});

describe("usage errors: exit 2, one line, no stack trace", () => {
  it.each([
    [["validate", "/does/not/exist"], /does not exist/],
    [["validate", `${FIX}validate-ok`, "--lang", "fr"], /unknown language 'fr'/],
    [["validate"], /give an input/],
    [["validate", `${FIX}validate-ok`, "--bogus"], /unknown option/],
  ])("%j", async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split("\n")).toHaveLength(1);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.out()).toBe("");
  });

  it("the usage error is in Dutch with --lang nl", async () => {
    expect(await run(["validate", "/does/not/exist", "--lang", "nl"])).toBe(2);
    expect(io.err()).toContain("bestaat niet");
  });
});
