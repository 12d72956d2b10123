/**
 * Hostile workbooks (issue 16 §5): zip bombs and oversized workbooks are refused from the zip's
 * central directory before inflating; macros, encrypted (OLE/CFB) files and non-workbooks are
 * refused with what to do; external links are never opened; formulas are never evaluated.
 */
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  importInventoryFiles,
  readWorkbook,
  readZip,
  writeWorkbook,
  XLSX_LIMITS,
  XlsxError,
} from "../../src/index.ts";
import { rawWorkbook, row, str } from "./raw-workbook.ts";

function refusal(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error("not refused");
}

const small = rawWorkbook([
  { name: "organisaties", data: row(1, str("A1", "org_id")) + row(2, str("A2", "a")) },
]);

describe("hostile workbooks", () => {
  it("refuses a zip bomb (a part that inflates far beyond its compressed size) before inflating it", () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(4 * 1024 * 1024) });
    const e = refusal(() => readWorkbook(bomb, "bomb.xlsx"));
    expect(e.code).toBe("XLSX_TOO_LARGE");
    expect(e.text.en).toMatch(/bomb\.xlsx is too large to read safely .*compressed \d+x; limit 200x/);
    expect(e.text.nl).toContain("te groot");
  });

  it("a part that lies about its size cannot inflate past the size it declares", () => {
    const zip = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(2 * 1024 * 1024) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Declare 100 bytes in the local header (offset 22) and the central directory (offset 24).
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
    }
    let size = -1;
    try {
      size =
        readZip(zip, "liar.xlsx", { ...XLSX_LIMITS, maxRatio: 1e9 }).get("xl/worksheets/sheet1.xml")
          ?.length ?? -1;
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxError);
      size = 0;
    }
    expect(size).toBeGreaterThanOrEqual(0);
    expect(size).toBeLessThanOrEqual(100);
  });

  it("refuses a part larger than the documented limit, and too many parts", () => {
    const e = refusal(() => readZip(small, "s.xlsx", { ...XLSX_LIMITS, maxEntryBytes: 100 }));
    expect(e.code).toBe("XLSX_TOO_LARGE");
    expect(refusal(() => readZip(small, "s.xlsx", { ...XLSX_LIMITS, maxTotalBytes: 500 })).code).toBe(
      "XLSX_TOO_LARGE",
    );
    expect(refusal(() => readZip(small, "s.xlsx", { ...XLSX_LIMITS, maxEntries: 2 })).code).toBe(
      "XLSX_TOO_LARGE",
    );
    expect(readZip(small, "s.xlsx").size).toBeGreaterThan(2);
  });

  it("refuses a workbook with more cells than the limit", () => {
    const e = refusal(() => readWorkbook(small, "s.xlsx", { ...XLSX_LIMITS, maxCells: 1 }));
    expect(e.code).toBe("XLSX_TOO_MANY_CELLS");
    expect(e.text.en).toBe(
      "s.xlsx has 2 cells, more than the limit of 1: keep only the inventory tables in a new workbook, or save each sheet as CSV.",
    );
  });

  it("refuses .xlsm and a workbook with a macro part, saying to save as .xlsx", () => {
    expect(refusal(() => readWorkbook(small, "macro.xlsm")).code).toBe("XLSX_MACROS");
    const withVba = zipSync({
      "xl/workbook.xml": new Uint8Array(10),
      "xl/vbaProject.bin": new Uint8Array(10),
    });
    const e = refusal(() => readWorkbook(withVba, "m.xlsx"));
    expect(e.code).toBe("XLSX_MACROS");
    expect(e.text.en).toContain("Save it as 'Excel Workbook (.xlsx)'");
  });

  it("refuses an encrypted workbook (an OLE/CFB container) and says to remove the password", () => {
    const cfb = new Uint8Array(512);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = refusal(() => readWorkbook(cfb, "secret.xlsx"));
    expect(e.code).toBe("XLSX_ENCRYPTED");
    expect(e.text.en).toContain("save it as .xlsx without a password");
    expect(e.text.nl).toContain("zonder wachtwoord");
  });

  it("refuses what is not a zip, and a damaged zip, without a stack trace", () => {
    expect(refusal(() => readWorkbook(new TextEncoder().encode("a;b\n1;2"), "x.xlsx")).code).toBe(
      "XLSX_NOT_A_WORKBOOK",
    );
    const cut = small.slice(0, small.length - 30);
    expect(refusal(() => readWorkbook(cut, "cut.xlsx")).code).toBe("XLSX_BROKEN");
  });

  it("never opens external links or other parts it does not need", () => {
    const withLink = rawWorkbook(
      [{ name: "organisaties", data: row(1, str("A1", "org_id")) + row(2, str("A2", "a")) }],
      {
        extra: [
          ["xl/externalLinks/externalLink1.xml", `<externalLink><externalBook r:id="rId1"/></externalLink>`],
          [
            "xl/externalLinks/_rels/externalLink1.xml.rels",
            `<Relationships><Relationship Id="rId1" Target="http://example.invalid/x.xlsx" TargetMode="External"/></Relationships>`,
          ],
        ],
      },
    );
    const parts = readZip(withLink, "l.xlsx");
    expect([...parts.keys()].some((k) => k.includes("externalLink"))).toBe(false);
    expect(
      importInventoryFiles([{ name: "l.xlsx", bytes: withLink }]).organisations.map((o) => o.org_id),
    ).toEqual(["a"]);
  });

  it("reads formula cells as their cached values, never the formula", () => {
    const wb = readWorkbook(
      rawWorkbook([
        {
          name: "S",
          data: row(
            1,
            `<c r="A1"><f>WEBSERVICE("http://example.invalid")</f><v>41</v></c>`,
            `<c r="B1"><f>NOW()</f></c>`,
          ),
        },
      ]),
      "f.xlsx",
    );
    const cells = wb.sheets[0].rows[0].cells;
    expect(cells[0]).toMatchObject({ type: "number", text: "41" });
    // No cached value (never calculated): an empty cell, not NOW() or an evaluated formula.
    expect(cells[1]).toBeUndefined();
    expect(cells.length).toBe(1);
  });

  it("refuses a row or cell outside Excel's grid (a 1 KB file would make a table of 10^12 lines)", () => {
    const header = row(1, str("A1", "org_id"), str("B1", "naam"));
    const far = rawWorkbook([{ name: "organisaties", data: header + row(1e12, str("A1000000000000", "b")) }]);
    const e = refusal(() => readWorkbook(far, "far.xlsx"));
    expect(e.code).toBe("XLSX_BROKEN");
    expect(e.text.en).toContain('sheet "organisaties": row 1000000000000 lies outside Excel\'s grid');
    expect(e.text.nl).toContain("rij 1000000000000 valt buiten");
    const wide = rawWorkbook([{ name: "organisaties", data: header + row(2, str("ZZZ2", "x")) }]);
    expect(refusal(() => readWorkbook(wide, "w.xlsx")).text.en).toContain("cell ZZZ2 lies outside");
    // The last row and column of the grid are still read.
    const edge = rawWorkbook([{ name: "S", data: header + row(1_048_576, str("XFD1048576", "z")) }]);
    expect(readWorkbook(edge, "e.xlsx").sheets[0].rows[1]).toMatchObject({ row: 1_048_576 });
  });

  it("refuses a sheet whose grid (rows x widest row) is too large, though its cells are few", () => {
    let data = row(1, str("A1", "org_id"), str("XFD1", "far"));
    for (let r = 2; r <= 200; r++) data += row(r, str(`A${r}`, `o${r}`));
    const wb = rawWorkbook([{ name: "organisaties", data }]);
    expect(readWorkbook(wb, "g.xlsx").sheets[0].rows).toHaveLength(200);
    const e = refusal(() => readWorkbook(wb, "g.xlsx", { ...XLSX_LIMITS, maxGridCells: 1_000_000 }));
    expect(e.code).toBe("XLSX_TOO_LARGE");
    expect(e.text.en).toContain('sheet "organisaties" spans 200 rows x 16384 columns; limit 1000000 cells');
  });

  it("refuses shared strings that expand too far (many cells pointing at one long string)", () => {
    let data = row(1, str("A1", "org_id"), str("B1", "naam"));
    for (let r = 2; r <= 200; r++) data += row(r, str(`A${r}`, `o${r}`), `<c r="B${r}" t="s"><v>0</v></c>`);
    const wb = rawWorkbook([{ name: "organisaties", data }], { sharedStrings: ["x".repeat(10_000)] });
    expect(readWorkbook(wb, "s.xlsx").sheets[0].rows[1].cells[1]?.text).toHaveLength(10_000);
    const e = refusal(() => readWorkbook(wb, "s.xlsx", { ...XLSX_LIMITS, maxTextChars: 1_000_000 }));
    expect(e.code).toBe("XLSX_TOO_LARGE");
    expect(e.text.en).toMatch(/the cells hold \d+ characters together; limit 1000000/);
  });
});

describe("a zip with two parts of one name", () => {
  /** Appends a second local entry and central record for `name` to a stored (uncompressed) zip. */
  function withDuplicate(name: string, second: string): Uint8Array {
    const enc = new TextEncoder();
    const parts = [
      ["xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`],
      ["xl/worksheets/sheet1.xml", "<worksheet/>"],
      [name, second],
    ] as const;
    const locals: number[] = [];
    const central: number[] = [];
    const u16 = (n: number) => [n & 255, n >> 8];
    const u32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
    for (const [n, text] of parts) {
      const nameBytes = [...enc.encode(n)];
      const data = [...enc.encode(text)];
      const crc = crc32(new Uint8Array(data));
      const offset = locals.length;
      const common = [
        ...u16(20),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u32(crc),
        ...u32(data.length),
        ...u32(data.length),
        ...u16(nameBytes.length),
        ...u16(0),
      ];
      locals.push(...u32(0x04034b50), ...common, ...nameBytes, ...data);
      central.push(
        ...u32(0x02014b50),
        ...u16(20),
        ...common,
        ...u16(0),
        ...u16(0),
        ...u16(0),
        ...u32(0),
        ...u32(offset),
        ...nameBytes,
      );
    }
    const end = [
      ...u32(0x06054b50),
      ...u16(0),
      ...u16(0),
      ...u16(parts.length),
      ...u16(parts.length),
      ...u32(central.length),
      ...u32(locals.length),
      ...u16(0),
    ];
    return new Uint8Array([...locals, ...central, ...end]);
  }
  function crc32(bytes: Uint8Array): number {
    let c = ~0;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  }

  it("is refused as damaged (exact or differing only in case): Excel could show one, ecolens the other", () => {
    for (const name of ["xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml"]) {
      const e = refusal(() =>
        readZip(withDuplicate(name, "<worksheet><sheetData/></worksheet>"), "dup.xlsx"),
      );
      expect(e.code).toBe("XLSX_BROKEN");
      expect(e.text.en).toContain(`dup.xlsx is a damaged workbook (two parts named "${name}")`);
      expect(e.text.nl).toContain(`twee delen heten "${name}"`);
    }
    // The same zip without the duplicate is read.
    expect(readZip(withDuplicate("xl/styles.xml", "<styleSheet/>"), "ok.xlsx").has("xl/styles.xml")).toBe(
      true,
    );
  });
});

describe("a row or cell written twice", () => {
  it("is refused as damaged (one of the two would be lost silently)", () => {
    const header = row(1, str("A1", "org_id"));
    const rows = rawWorkbook([
      { name: "organisaties", data: header + row(2, str("A2", "a")) + row(2, str("A2", "b")) },
    ]);
    const e = refusal(() => readWorkbook(rows, "r.xlsx"));
    expect(e.code).toBe("XLSX_BROKEN");
    expect(e.text.en).toContain('sheet "organisaties": row 2 is in it twice');
    const cells = rawWorkbook([{ name: "S", data: header + row(2, str("B2", "a"), str("B2", "b")) }]);
    expect(refusal(() => readWorkbook(cells, "c.xlsx")).text.nl).toContain("cel B2 staat er twee keer in");
    // Rows out of order but each once are read, in order.
    const unordered = rawWorkbook([{ name: "S", data: row(3, str("A3", "c")) + header }]);
    expect(readWorkbook(unordered, "u.xlsx").sheets[0].rows.map((r) => r.row)).toEqual([1, 3]);
  });
});

describe("a cell pointing at a shared string that does not exist", () => {
  it("is refused as damaged, naming the cell (it was read as an empty cell)", () => {
    for (const v of ["5", "-1", "__proto__", "1.5"]) {
      const wb = rawWorkbook(
        [
          {
            name: "organisaties",
            data: row(1, `<c r="A1" t="s"><v>0</v></c>`) + row(2, `<c r="A2" t="s"><v>${v}</v></c>`),
          },
        ],
        { sharedStrings: ["org_id", "a"] },
      );
      const e = refusal(() => readWorkbook(wb, "s.xlsx"));
      expect(e.text.en).toContain(
        `sheet "organisaties": cell A2 points at text "${v}", which does not exist`,
      );
    }
    const ok = rawWorkbook([{ name: "S", data: row(1, `<c r="A1" t="s"><v>1</v></c>`) }], {
      sharedStrings: ["x", "y"],
    });
    expect(readWorkbook(ok, "ok.xlsx").sheets[0].rows[0].cells[0]?.text).toBe("y");
  });
});

describe("writing text longer than an Excel cell holds", () => {
  it("cuts it at 32,767 characters ending in '…' (Excel calls a longer cell a damaged workbook)", () => {
    const long = "x".repeat(40_000);
    const bytes = writeWorkbook([{ name: "S", columns: [{ header: "naam" }], rows: [[long], ["short"]] }]);
    const rows = readWorkbook(bytes, "w.xlsx").sheets[0].rows;
    const text = rows[1].cells[0]?.text ?? "";
    expect(text).toHaveLength(32_767);
    expect(text.endsWith("x…")).toBe(true);
    expect(rows[2].cells[0]?.text).toBe("short");
  });
});
