/**
 * Whole-file problems: rows in two encodings (decoded per row), a workbook or zip named `.csv`, and
 * an empty file, through readTable and through the inventory import.
 */
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/csv/decode.ts";
import { decodePerLine, workbookKind } from "../../src/csv/decode-lines.ts";
import { readTable, spreadsheetRows } from "../../src/csv/read-table.ts";
import { importInventory, readNodeEdgeLists } from "../../src/index.ts";
import { cp1252, utf8, utf8Bom } from "./bytes.ts";

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe("a file mixing UTF-8 and Windows-1252 rows", () => {
  // Rows 1-3 UTF-8 (row 2 with é), row 4 Windows-1252 (ë as EB), row 5 ASCII, row 6 Windows-1252.
  const bytes = concat(
    utf8("org_id;naam\r\ncafe;Café Ieper\r\nbib;Bib\r\n"),
    cp1252("jh;Jeugdhuis Ëlla\r\nsch;School\r\nmu;Muziek€\r\n"),
  );

  it("decodes each row in its own encoding", () => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe("utf-8+windows-1252");
    expect(d.text).toBe(
      "org_id;naam\r\ncafe;Café Ieper\r\nbib;Bib\r\njh;Jeugdhuis Ëlla\r\nsch;School\r\nmu;Muziek€\r\n",
    );
    expect(d.cp1252Lines).toEqual([4, 6]);
    expect(d.fallback).toBe(false);
  });

  it("names the Windows-1252 rows in one finding (nl and en)", () => {
    const t = readTable({ name: "organisaties.csv", bytes });
    const mixed = t.findings.filter((f) => f.code === "ENCODING_MIXED");
    expect(mixed).toMatchObject([{ severity: "warning", file: "organisaties.csv", row: 4 }]);
    expect(mixed[0].message.en).toContain("rows 4, 6");
    expect(mixed[0].message.nl).toContain("rijen 4, 6");
    expect(t.findings.filter((f) => f.code === "ENCODING_FALLBACK")).toEqual([]);
  });

  it("counts rows as the spreadsheet does: a quoted cell over two lines, a sep= line", () => {
    const withBreak = concat(utf8('sep=;\nid;naam\n1;"Café\nIeper"\n'), cp1252("2;Ëlla\n"));
    const d = decodeBytes(withBreak);
    expect(d.cp1252Lines).toEqual([5]);
    expect(spreadsheetRows(d.text, ";", d.cp1252Lines)).toEqual([4]);
    expect(readTable({ name: "x.csv", bytes: withBreak }).records.map((r) => r.row)).toEqual([3, 4]);
  });

  it("with a UTF-8 BOM, invalid rows are Windows-1252 too (no U+FFFD)", () => {
    const d = decodeBytes(concat(utf8Bom("id;naam\n"), cp1252("1;Ëlla\n")));
    expect(d.text).toBe("id;naam\n1;Ëlla\n");
    expect(d.cp1252Lines).toEqual([2]);
  });

  it("a file that is Windows-1252 throughout stays one ENCODING_FALLBACK, not a row list", () => {
    const t = readTable({ name: "o.csv", bytes: cp1252("id;naam\n1;Ëlla\n2;Café\n") });
    expect(t.encoding).toBe("windows-1252");
    expect(t.findings.map((f) => f.code)).toEqual(["ENCODING_FALLBACK"]);
  });

  it("decodePerLine keeps CR, LF and CRLF as they were", () => {
    const r = decodePerLine(concat(utf8("a\ré\n"), cp1252("é\r\n")));
    expect(r).toEqual({ text: "a\ré\né\r\n", cp1252Lines: [3], utf8NonAscii: true });
  });

  it("through the import: every row in, accents right", () => {
    const net = importInventory([{ name: "organisaties.csv", bytes }]);
    expect(net.organisations.map((o) => o.name)).toEqual([
      "Café Ieper",
      "Bib",
      "Jeugdhuis Ëlla",
      "School",
      "Muziek€",
    ]);
    expect(net.report.files[0]).toMatchObject({ encoding: "utf-8+windows-1252", dataRows: 5, imported: 5 });
  });
});

describe("a workbook or zip named .csv", () => {
  const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x3b, 0x3b]);
  const XLS = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x3b, 0x0a]);

  it("is recognised by its first bytes", () => {
    expect(workbookKind(XLSX)).toBe("zip");
    expect(workbookKind(XLS)).toBe("ole");
    expect(workbookKind(utf8("PK;x\n"))).toBeUndefined();
    expect(workbookKind(new Uint8Array())).toBeUndefined();
  });

  it.each([
    ["xlsx", XLSX, "Excel workbook (.xlsx)"],
    ["xls", XLS, "old Excel workbook (.xls)"],
  ])("%s: 'this looks like an Excel file: save it as CSV', not a missing column", (_, bytes, what) => {
    const net = importInventory([{ name: "organisaties.csv", bytes }]);
    expect(net.report.findings).toMatchObject([
      { severity: "error", code: "EXCEL_FILE", file: "organisaties.csv" },
    ]);
    const [f] = net.report.findings;
    expect(f.message.en).toContain(`This looks like an ${what}`);
    expect(f.message.en).toContain("Save As > 'CSV UTF-8");
    expect(f.message.nl).toContain("Opslaan als > 'CSV UTF-8");
    expect(f.row).toBeUndefined();
    expect(net.report.files[0]).toMatchObject({ dataRows: 0, imported: 0, rejected: 0, blank: 0 });
  });

  it("given as an edge list, the same message and nothing else", () => {
    const net = readNodeEdgeLists({ name: "edges.csv", bytes: XLSX });
    expect(net.report.findings.map((f) => f.code)).toEqual(["EXCEL_FILE"]);
    expect(net.graph.order).toBe(0);
  });

  it("under a name that says nothing, still only the one finding", () => {
    const net = importInventory([{ name: "export.csv", bytes: XLSX }]);
    expect(net.report.findings.map((f) => f.code)).toEqual(["EXCEL_FILE"]);
  });
});

describe("an empty (0-byte) file", () => {
  it("says 'the file is empty' and nothing about row 0 or missing columns", () => {
    const net = importInventory([{ name: "relaties.csv", bytes: new Uint8Array() }]);
    expect(net.report.findings).toMatchObject([
      { severity: "warning", code: "EMPTY_FILE", file: "relaties.csv" },
    ]);
    expect(net.report.findings[0].message.en).toMatch(/^The file is empty/);
    expect(net.report.findings[0].message.nl).toMatch(/^Het bestand is leeg/);
    expect(net.report.findings.some((f) => f.row === 0)).toBe(false);
    expect(net.report.files[0]).toMatchObject({ dataRows: 0, imported: 0, rejected: 0, blank: 0 });
  });

  it("next to real files, the others import as usual", () => {
    const net = importInventory([
      { name: "organisaties.csv", bytes: utf8("org_id;naam\nbib;Bib\n") },
      { name: "leeg.csv", bytes: new Uint8Array() },
    ]);
    expect(net.organisations).toHaveLength(1);
    expect(net.report.findings.filter((f) => f.severity !== "info").map((f) => [f.file, f.code])).toEqual([
      ["leeg.csv", "EMPTY_FILE"],
    ]);
  });
});
