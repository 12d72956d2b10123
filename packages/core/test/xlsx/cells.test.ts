/** Workbook cells keep their meaning: dates, numbers, booleans, text ids, formulas' cached values. */
import { describe, expect, it } from "vitest";
import { importInventoryFiles, readWorkbook } from "../../src/index.ts";
import { rawWorkbook, row, str } from "./raw-workbook.ts";

// cellXfs: 0 general, 1 built-in date (14), 2 custom date format, 3 custom number format.
const STYLES = `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; d&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>`;

const ORGS = [
  row(
    1,
    str("A1", "org_id"),
    str("B1", "naam"),
    str("C1", "toegetreden_op"),
    str("D1", "uitpas"),
    str("E1", "vrijwilligers"),
    str("F1", "personeel_vte"),
  ),
  row(
    2,
    str("A2", "007"),
    str("B2", "Bib"),
    `<c r="C2" s="1"><v>45292</v></c>`,
    `<c r="D2" t="b"><v>1</v></c>`,
    `<c r="E2"><v>12</v></c>`,
    `<c r="F2" s="3"><v>2.5</v></c>`,
  ),
  row(
    3,
    `<c r="A3"><v>8</v></c>`,
    str("B3", "Scouts"),
    `<c r="C3" s="2"><v>45000.75</v></c>`,
    `<c r="D3" t="b"><v>0</v></c>`,
  ),
  // A formula: its cached value is read; the formula is never evaluated.
  row(
    5,
    str("A5", "k3"),
    `<c r="B5" t="str"><f>HYPERLINK("http://example.invalid/x","Jeugdhuis")</f><v>Jeugdhuis</v></c>`,
    `<c r="E5"><f>1/0</f><v>3</v></c>`,
  ),
  row(6, str("A6", "k4"), `<c r="B6" t="e"><f>#REF!</f><v>#REF!</v></c>`),
].join("");

describe("workbook cells", () => {
  const bytes = rawWorkbook([{ name: "Organisaties", data: ORGS }], { styles: STYLES });
  const net = importInventoryFiles([{ name: "round.xlsx", bytes }]);
  const org = (id: string) => net.organisations.find((o) => o.org_id === id);

  it("a date cell is a date (built-in and custom date formats), a number with another format a number", () => {
    expect(org("007")?.joined_on).toBe("2024-01-01");
    expect(org("8")?.joined_on).toBe("2023-03-15");
    expect(org("007")?.staff_fte).toBe(2.5);
    expect(org("007")?.volunteers).toBe(12);
  });

  it("a workbook in the 1904 date system (old Mac Excel) gives the same dates, not four years earlier", () => {
    const data =
      row(1, str("A1", "org_id"), str("B1", "toegetreden_op")) +
      row(2, str("A2", "m"), `<c r="B2" s="1"><v>43830</v></c>`);
    const book = (pr: string) =>
      readWorkbook(
        rawWorkbook([{ name: "S", data }], {
          styles: STYLES,
          extra: [
            [
              "xl/workbook.xml",
              `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
            ],
          ],
        }),
        "mac.xlsx",
      ).sheets[0].rows[1].cells[1]?.text;
    // Serial 43830 is 2024-01-01 counted from 1904-01-01, and 2019-12-31 counted from 1900.
    expect(book(`<workbookPr date1904="1"/>`)).toBe("2024-01-01");
    expect(book(`<workbookPr date1904="false"/>`)).toBe("2019-12-31");
    expect(book("")).toBe("2019-12-31");
  });

  it("booleans are booleans", () => {
    expect(org("007")?.uitpas).toBe(true);
    expect(org("8")?.uitpas).toBe(false);
  });

  it("an id typed as text keeps its leading zeros; a number cell used as an id is reported", () => {
    expect(org("007")).toBeDefined();
    const f = net.report.findings.find((x) => x.code === "XLSX_NUMBER_AS_ID");
    expect(f).toMatchObject({ file: "round.xlsx/Organisaties", row: 3, column: "org_id (A)", value: "8" });
  });

  it("a formula gives its cached value; an error value is read as empty and reported", () => {
    expect(org("k3")?.name).toBe("Jeugdhuis");
    expect(org("k3")?.volunteers).toBe(3);
    // The name was an error value, so it is empty: the importer rejects the row (name is required).
    expect(org("k4")).toBeUndefined();
    const f = net.report.findings.find((x) => x.code === "XLSX_ERROR_CELL");
    expect(f).toMatchObject({ row: 6, column: "naam (B)", value: "#REF!" });
  });

  it("counts Excel's rows: a missing row inside the data is a blank row", () => {
    const file = net.report.files[0];
    expect(file).toMatchObject({
      file: "round.xlsx/Organisaties",
      kind: "organisations",
      dataRows: 5,
      imported: 3,
      rejected: 1,
      blank: 1,
    });
  });

  it("reads shared strings, rich text and cells without a reference in order", () => {
    const wb = readWorkbook(
      rawWorkbook(
        [
          {
            name: "S",
            data: `<row><c t="s"><v>1</v></c><c t="s"><v>0</v></c></row><row><c t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>`,
          },
        ],
        { sharedStrings: ["x", "y"] },
      ),
      "s.xlsx",
    );
    expect(wb.sheets[0].rows.map((r) => r.cells.map((c) => c?.text))).toEqual([["y", "x"], ["ab"]]);
    expect(wb.sheets[0].rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it("finds the table's kind from the sheet name with the nl/en aliases, and says the column letter", () => {
    const rel = rawWorkbook([
      {
        name: "Organisations",
        data: row(1, str("A1", "org_id")) + row(2, str("A2", "a")) + row(3, str("A3", "b")),
      },
      {
        name: "relaties",
        data:
          row(1, str("A1", "van"), str("B1", "naar"), str("C1", "soort_relatie")) +
          row(2, str("A2", "a"), str("B2", "zz"), str("C2", "overleg")),
      },
    ]);
    const n = importInventoryFiles([{ name: "r.xlsx", bytes: rel }]);
    expect(n.report.files.map((f) => [f.file, f.kind])).toEqual([
      ["r.xlsx/Organisations", "organisations"],
      ["r.xlsx/relaties", "relations"],
    ]);
    const unknown = n.report.findings.find((f) => f.code === "UNKNOWN_ORGANISATION");
    expect(unknown).toMatchObject({ file: "r.xlsx/relaties", row: 2, column: "naar (B)", value: "zz" });
  });
});
