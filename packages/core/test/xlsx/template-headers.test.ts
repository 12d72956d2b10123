/** The template's column headers speak the chosen language: Dutch headers carry no English names. */
import { describe, expect, it } from "vitest";
import { readWorkbook, templateWorkbook } from "../../src/index.ts";

function headers(lang: "nl" | "en", sheet: string): string[] {
  const wb = readWorkbook(templateWorkbook(lang), "t.xlsx");
  const found = wb.sheets.find((s) => s.name === sheet);
  expect(found, sheet).toBeDefined();
  return found!.rows[0].cells.map((c) => c?.text ?? "");
}

describe("template headers", () => {
  it("(nl) the organisations sheet has 'postcode', not the English 'postal_code'", () => {
    const h = headers("nl", "organisaties");
    expect(h).toContain("postcode");
    expect(h).not.toContain("postal_code");
  });
  it("(en) the organisations sheet keeps the canonical 'postcode'", () => {
    expect(headers("en", "organisations")).toContain("postcode");
  });
});

describe("the instructions' words", () => {
  const rows = (lang: "nl" | "en") => {
    const wb = readWorkbook(templateWorkbook(lang), "t.xlsx");
    const sheet = wb.sheets.find((s) => s.name === (lang === "nl" ? "instructies" : "instructions"));
    expect(sheet).toBeDefined();
    return sheet!.rows.map((r) => r.cells.map((c) => c?.text ?? ""));
  };
  it("(nl) the nis column asks for a 5-digit NIS code, not 'een code (tekst, zonder spaties)'", () => {
    const nis = rows("nl").filter((r) => r[1] === "nis");
    expect(nis.length).toBeGreaterThan(0);
    for (const r of nis) expect(r[3]).toContain("NIS-code van de gemeente (5 cijfers");
  });
  it("no space before a colon ('spaties) : de code')", () => {
    for (const lang of ["nl", "en"] as const)
      for (const r of rows(lang)) expect(r[3] ?? "", r.join(" | ")).not.toContain(" : ");
  });
});
