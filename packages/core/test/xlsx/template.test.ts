/** The inventory template and partner forms: drop-downs for every vocabulary column, lossless pre-fill. */
import { describe, expect, it } from "vitest";
import {
  importInventory,
  importInventoryFiles,
  parseRef,
  partnerFileName,
  partnerFormWorkbook,
  readWorkbook,
  readZip,
  SCHEMAS,
  TEMPLATE_KINDS,
  templateWorkbook,
} from "../../src/index.ts";
import { mapColumns } from "../../src/inventory/columns.ts";
import { westhoekCsv } from "./westhoek-workbook.ts";

const dec = new TextDecoder();

/** sheet name -> (0-based column -> formula1) of its list validations. */
function validations(bytes: Uint8Array): Map<string, Map<number, string>> {
  const parts = readZip(bytes, "t.xlsx");
  const wbXml = dec.decode(parts.get("xl/workbook.xml"));
  const names = [...wbXml.matchAll(/<sheet name="([^"]+)" sheetId="(\d+)"/g)].map(
    (m) => [m[1], Number(m[2])] as const,
  );
  const out = new Map<string, Map<number, string>>();
  for (const [name, n] of names) {
    const xml = dec.decode(parts.get(`xl/worksheets/sheet${n}.xml`));
    const cols = new Map<number, string>();
    for (const m of xml.matchAll(
      /<dataValidation type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+\d+"><formula1>([^<]*)<\/formula1>/g,
    ))
      cols.set(parseRef(`${m[1]}1`)?.col ?? -1, m[2]);
    out.set(name, cols);
  }
  return out;
}

const westhoek = importInventory(westhoekCsv());

describe("ecolens template", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`(${lang}) has a data validation for every vocabulary, yes/no, municipality and reference column`, () => {
      const bytes = templateWorkbook(lang);
      const wb = readWorkbook(bytes, "t.xlsx");
      const found = validations(bytes);
      let checked = 0;
      for (const kind of TEMPLATE_KINDS) {
        const sheet = wb.sheets.find(
          (s) =>
            mapColumns(kind, s.rows[0]?.cells.map((c) => c?.text ?? "") ?? []).byField.size ===
            SCHEMAS[kind].length,
        );
        expect(sheet, kind).toBeDefined();
        const header = sheet!.rows[0].cells.map((c) => c?.text ?? "");
        const cols = found.get(sheet!.name)!;
        const map = mapColumns(kind, header);
        for (const spec of SCHEMAS[kind]) {
          const index = map.byField.get(spec.field)!.index;
          const needs =
            ["vocab", "vocabs", "ordinal", "bool"].includes(spec.type) || spec.field === "municipality";
          if (!needs) continue;
          checked++;
          expect(cols.has(index), `${kind}.${spec.field}`).toBe(true);
        }
      }
      expect(checked).toBe(33);
      // Organisation ids in the relation sheet: a drop-down from the organisations sheet.
      const rel = lang === "nl" ? "relaties" : "relations";
      expect(found.get(rel)?.get(0)).toBe(
        lang === "nl" ? "'organisaties'!$A$2:$A$2001" : "'organisations'!$A$2:$A$2001",
      );
      expect(found.get(rel)?.get(1)).toBe(found.get(rel)?.get(0));
      // The instructions sheet explains every column, with an example.
      const instr = wb.sheets.find((s) => s.name === (lang === "nl" ? "instructies" : "instructions"));
      const columnCount = TEMPLATE_KINDS.reduce((n, k) => n + SCHEMAS[k].length, 0);
      expect(instr?.rows.length).toBe(1 + 3 + 1 + columnCount);
    });
  }

  it("an empty template reads back as an inventory with no rows and no errors", () => {
    const net = importInventoryFiles([{ name: "t.xlsx", bytes: templateWorkbook("nl") }]);
    expect(net.report.errors).toBe(0);
    expect(net.organisations).toHaveLength(0);
    // Its instructions and lists sheets are named in the report (nothing is skipped silently).
    expect(net.report.findings.filter((f) => f.code === "XLSX_SHEET_SKIPPED").map((f) => f.file)).toEqual([
      "t.xlsx/instructies",
      "t.xlsx/lijsten",
    ]);
  });

  it("--from Westhoek (nl and en) reads back to the same inventory, row for row", () => {
    const strip = <T extends { file?: string; key?: string }>(r: T) => {
      const { file: _f, key: _k, ...rest } = r;
      return rest;
    };
    for (const lang of ["nl", "en"] as const) {
      const back = importInventoryFiles([{ name: "t.xlsx", bytes: templateWorkbook(lang, westhoek) }]);
      expect(back.report.errors).toBe(0);
      expect(back.organisations.map(strip)).toEqual(westhoek.organisations.map(strip));
      expect(back.relations.map(strip)).toEqual(westhoek.relations.map(strip));
      expect(back.offerings.map(strip)).toEqual(westhoek.offerings.map(strip));
      expect(back.barriers.map(strip)).toEqual(westhoek.barriers.map(strip));
      expect(back.commitments.map(strip)).toEqual(westhoek.commitments.map(strip));
    }
  });
});

describe("partner forms", () => {
  it("hold the organisation's own row, its offerings, commitments and relations with a delete column", () => {
    const id = "cvo-miras";
    const wb = readWorkbook(partnerFormWorkbook(westhoek, id, "nl"), "f.xlsx");
    const sheet = (n: string) => wb.sheets.find((s) => s.name === n)!;
    expect(sheet("organisaties").rows.map((r) => r.cells[0]?.text)).toEqual(["organisatie_id", id]);
    const rel = sheet("relaties");
    const expected = westhoek.relations.filter((r) => r.source_id === id || r.target_id === id).length;
    expect(rel.rows).toHaveLength(expected + 1);
    expect(expected).toBeGreaterThan(0);
    expect(rel.rows[0].cells.at(-1)?.text).toBe("verwijderen");
    expect(rel.rows.slice(1).every((r) => r.cells.at(-1)?.text === "nee")).toBe(true);
    expect(sheet("leerkansen").rows.length - 1).toBe(
      westhoek.offerings.filter((o) => o.org_id === id).length,
    );
    expect(sheet("formulier").hidden).toBe(true);
    // The other organisations are a drop-down in the relation sheet.
    const found = validations(partnerFormWorkbook(westhoek, id, "nl"));
    expect(found.get("relaties")?.get(1)).toMatch(/^'lijsten'!\$[A-Z]+\$1:\$[A-Z]+\$599$/);
  });

  it("file names come from the id and name, safe everywhere", () => {
    expect(partnerFileName("cvo-miras", "CVO MIRAS")).toBe("cvo-miras.xlsx");
    expect(partnerFileName("bib/ieper", "Bibliotheek Ieper: 'de Ster'")).toBe(
      "bib-ieper--bibliotheek-ieper-de-ster.xlsx",
    );
    expect(partnerFileName("../..", "")).toBe("org.xlsx");
  });
});
