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
