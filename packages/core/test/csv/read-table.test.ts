import { describe, expect, it } from "vitest";
import { readTable } from "../../src/csv/read-table.ts";
import type { Finding } from "../../src/model/types.ts";
import { cp1252, utf8, utf8Bom, utf16 } from "./bytes.ts";

const codes = (fs: Finding[]) => fs.map((f) => [f.code, f.severity, f.row]);

function expectBilingual(f: Finding) {
  expect(f.message.nl.length).toBeGreaterThan(20);
  expect(f.message.en.length).toBeGreaterThan(20);
  expect(f.message.nl).not.toBe(f.message.en);
}

describe("readTable", () => {
  it("reads a clean UTF-8-with-BOM ; file without findings", () => {
    const t = readTable({ name: "organisaties.csv", bytes: utf8Bom("org_id;naam\r\n0012;Bib Ieper\r\n") });
    expect(t).toMatchObject({
      file: "organisaties.csv",
      encoding: "utf-8-bom",
      delimiter: ";",
      header: ["org_id", "naam"],
      records: [{ row: 2, cells: ["0012", "Bib Ieper"] }],
      findings: [],
    });
  });

  it("reads Excel 'Unicode text' (UTF-16LE, BOM, tab-delimited)", () => {
    const t = readTable({ name: "u.txt", bytes: utf16("org_id\tnaam\r\nA\tCafé, bar\r\n", true) });
    expect(t.encoding).toBe("utf-16le");
    expect(t.delimiter).toBe("\t");
    expect(t.records[0].cells).toEqual(["A", "Café, bar"]);
    expect(t.findings).toEqual([]);
  });

  it("reads UTF-16BE", () => {
    const t = readTable({ name: "b.csv", bytes: utf16("id;naam\n1;Ëlla\n", false) });
    expect(t.encoding).toBe("utf-16be");
    expect(t.records[0].cells).toEqual(["1", "Ëlla"]);
  });

  it("warns, naming Windows-1252, when it had to fall back", () => {
    const t = readTable({ name: "oud.csv", bytes: cp1252("naam;gemeente\nCafé;Ieper\n") });
    expect(t.encoding).toBe("windows-1252");
    expect(t.records[0].cells[0]).toBe("Café");
    expect(codes(t.findings)).toEqual([["ENCODING_FALLBACK", "warning", undefined]]);
    expect(t.findings[0].message.en).toContain("Windows-1252");
    expect(t.findings[0].message.nl).toContain("Windows-1252");
    expect(t.findings[0].file).toBe("oud.csv");
  });

  it("warns about mojibake and points at the first row showing it", () => {
    const t = readTable({ name: "m.csv", bytes: utf8("id;naam\n1;Bib\n2;CafÃ©\n") });
    expect(codes(t.findings)).toEqual([["MOJIBAKE", "warning", 3]]);
    expect(t.findings[0].value).toBe("CafÃ©");
    expectBilingual(t.findings[0]);
  });

  it("reports an unclosed quote as an error at the opening row", () => {
    const t = readTable({ name: "q.csv", bytes: utf8('id;naam\n1;"twee\nlijnen"\n2;"open\n3;x\n') });
    expect(codes(t.findings)).toEqual([["UNCLOSED_QUOTE", "error", 3]]);
    expectBilingual(t.findings[0]);
  });

  it("short rows are warnings, long rows errors naming both counts", () => {
    const t = readTable({ name: "r.csv", bytes: utf8("a;b;c\n1;2\n1;2;3,5;4\n") });
    expect(codes(t.findings)).toEqual([
      ["RAGGED_ROW", "warning", 2],
      ["RAGGED_ROW", "error", 3],
    ]);
    expect(t.findings[1].message.en).toContain("4 cells");
    expect(t.findings[1].message.en).toContain("only 3");
    expect(t.findings[1].message.nl).toContain("4 cellen");
    expect(t.findings[1].message.nl).toContain("puntkomma");
    t.findings.forEach(expectBilingual);
  });

  it("duplicate headers: an error naming both column numbers and letters", () => {
    const t = readTable({ name: "d.csv", bytes: utf8("id,a,naam,b,c,d,Naam\n1,2,3,4,5,6,7\n") });
    expect(codes(t.findings)).toEqual([["DUPLICATE_HEADER", "error", 1]]);
    expect(t.findings[0].message.en).toContain("column 3 (C) and column 7 (G)");
    expect(t.findings[0].message.nl).toContain("kolom 3 (C) en kolom 7 (G)");
    expect(t.findings[0].column).toBe("Naam");
  });

  it("an empty file and a header-only file give EMPTY_FILE warnings", () => {
    const empty = readTable({ name: "e.csv", bytes: new Uint8Array() });
    expect(codes(empty.findings)).toEqual([["EMPTY_FILE", "warning", undefined]]);
    expect(empty.headerRow).toBe(0);
    const headerOnly = readTable({ name: "h.csv", bytes: utf8("org_id;naam\n\n") });
    expect(codes(headerOnly.findings)).toEqual([["EMPTY_FILE", "warning", 1]]);
    expectBilingual(headerOnly.findings[0]);
  });

  it("warns about an unnamed column that holds values, not about an unused one", () => {
    const t = readTable({ name: "n.csv", bytes: utf8("id;;naam;\n1;x;A;\n2;y;B;\n3;;C;\n") });
    expect(codes(t.findings)).toEqual([["EMPTY_HEADER", "warning", 1]]);
    expect(t.findings[0].message.en).toBe(
      "Column 2 (B) has no name in the header, but 2 rows have a value in it. Give the column a name; " +
        "otherwise ecolens cannot use those values.",
    );
    expect(t.findings[0].message.nl).toContain("Kolom 2 (B) heeft geen naam");
  });

  it("passes the delimiter option through", () => {
    const t = readTable({ name: "x.csv", bytes: utf8("a;b,c\n1;2,3\n") }, { delimiter: "," });
    expect(t.header).toEqual(["a;b", "c"]);
  });

  it("sorts findings: file-level first, then by row", () => {
    const t = readTable({ name: "s.csv", bytes: cp1252("a;a\né\n1;2;3\n") });
    expect(codes(t.findings)).toEqual([
      ["ENCODING_FALLBACK", "warning", undefined],
      ["DUPLICATE_HEADER", "error", 1],
      ["RAGGED_ROW", "warning", 2],
      ["RAGGED_ROW", "error", 3],
    ]);
  });
});
