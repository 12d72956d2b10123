/** A printed template: the instructions sheet prints landscape, one page wide (not cut over six pages). */
import { describe, expect, it } from "vitest";
import { readZip, templateWorkbook } from "../../src/index.ts";

const dec = new TextDecoder();

function sheetXml(lang: "nl" | "en", name: string): string {
  const parts = readZip(templateWorkbook(lang), "t.xlsx");
  const wb = dec.decode(parts.get("xl/workbook.xml"));
  const id = new RegExp(`<sheet name="${name}" sheetId="(\\d+)"`).exec(wb)?.[1];
  expect(id, name).toBeDefined();
  return dec.decode(parts.get(`xl/worksheets/sheet${id}.xml`));
}

describe("template print setup", () => {
  for (const [lang, name] of [
    ["nl", "instructies"],
    ["en", "instructions"],
  ] as const)
    it(`(${lang}) the ${name} sheet is fitted to one page wide, landscape`, () => {
      const xml = sheetXml(lang, name);
      expect(xml).toMatch(/<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><dimension /);
      expect(xml).toMatch(
        /<pageMargins [^>]*\/><pageSetup [^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"\/><\/worksheet>$/,
      );
    });
  it("a data sheet keeps the default print setup (no shrinking of a wide table)", () => {
    expect(sheetXml("nl", "organisaties")).not.toContain("fitToPage");
  });
});
