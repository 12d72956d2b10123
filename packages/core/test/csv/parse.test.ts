import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/parse.ts";

const rows = (text: string) => parseCsv(text).records.map((r) => [r.row, ...r.cells]);

describe("parseCsv: line ends", () => {
  const expected = [
    [2, "1", "Bib"],
    [3, "2", "School"],
  ];
  it.each([
    ["LF", "id;naam\n1;Bib\n2;School\n"],
    ["CRLF", "id;naam\r\n1;Bib\r\n2;School\r\n"],
    ["CR only (old Mac Excel)", "id;naam\r1;Bib\r2;School\r"],
    ["no final line end", "id;naam\n1;Bib\n2;School"],
    ["mixed", "id;naam\r\n1;Bib\n2;School\r"],
  ])("%s", (_label, text) => {
    const p = parseCsv(text);
    expect(p.header).toEqual(["id", "naam"]);
    expect(p.headerRow).toBe(1);
    expect(rows(text)).toEqual(expected);
    expect(p.blankRows).toEqual([]);
    expect(p.issues).toEqual([]);
  });

  it("keeps line breaks inside quoted cells as written, with CR-only files too", () => {
    expect(rows('id;notitie\r1;"a\rb"\r2;c\r')).toEqual([
      [2, "1", "a\rb"],
      [3, "2", "c"],
    ]);
  });
});

describe("parseCsv: delimiters", () => {
  it.each([";", ",", "\t", "|"])("splits on %j and reports it", (d) => {
    const p = parseCsv(`a${d}b${d}c\n1${d}"x${d}y"${d}3\n`);
    expect(p.delimiter).toBe(d);
    expect(p.records[0].cells).toEqual(["1", `x${d}y`, "3"]);
  });

  it("an explicit delimiter overrides sniffing", () => {
    const p = parseCsv("a;b,c\n1;2,3\n", { delimiter: "," });
    expect(p.delimiter).toBe(",");
    expect(p.header).toEqual(["a;b", "c"]);
  });

  it("skips a sep= line and numbers the header as row 2", () => {
    const p = parseCsv("sep=;\r\nid;naam\r\n1;Bib, Ieper\r\n");
    expect(p).toMatchObject({ delimiter: ";", sepLine: true, header: ["id", "naam"], headerRow: 2 });
    expect(p.records).toEqual([{ row: 3, cells: ["1", "Bib, Ieper"] }]);
  });

  it("skips a sep= line even with an explicit delimiter", () => {
    const p = parseCsv("sep=;\nid;naam\n1;x\n", { delimiter: ";" });
    expect(p.sepLine).toBe(true);
    expect(p.headerRow).toBe(2);
  });
});

describe("parseCsv: spreadsheet row numbers", () => {
  it("counts a multi-line quoted record as one row", () => {
    const text = 'id;omschrijving\n1;"lijn 1\nlijn 2\nlijn 3"\n2;"a\r\nb"\n3;kort\n';
    expect(parseCsv(text).records.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("reports an unclosed quote at the row where it opened, after multi-line records", () => {
    // Row 2 spans 3 lines and row 3 spans 2: physical line 7 is spreadsheet row 4.
    const text = 'id;naam;notitie\n1;A;"x\ny\nz"\n2;B;"p\nq"\n3;"C;open\n4;D;e\n5;E;f\n';
    const p = parseCsv(text);
    expect(p.issues).toEqual([{ kind: "unclosed_quote", row: 4 }]);
    // Everything after the opening quote became one cell of row 4 (papaparse's reading).
    expect(p.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(p.records[2].cells[1]).toBe("C;open\n4;D;e\n5;E;f\n");
  });

  it("an unclosed quote in the header is row 1", () => {
    expect(parseCsv('id;"naam\n1;x\n').issues).toEqual([{ kind: "unclosed_quote", row: 1 }]);
  });

  it("lists blank rows (also ;;; rows) and does not return them as records", () => {
    const p = parseCsv("\nid;naam\n1;a\n\n ; \n2;b\n;\n");
    expect(p.headerRow).toBe(2);
    expect(p.blankRows).toEqual([1, 4, 5, 7]);
    expect(p.records.map((r) => r.row)).toEqual([3, 6]);
  });

  it("strips a BOM from the first header cell and does not trim cells", () => {
    const p = parseCsv("\uFEFFid;naam\n 1 ;  Bib \n");
    expect(p.header).toEqual(["id", "naam"]);
    expect(p.records[0].cells).toEqual([" 1 ", "  Bib "]);
  });
});

describe("parseCsv: ragged rows", () => {
  it("keeps short and long rows and reports them with expected/actual counts", () => {
    const p = parseCsv("a;b;c\n1;2\n1;2;3;4\n1;2;3\n");
    expect(p.records.map((r) => r.cells.length)).toEqual([2, 4, 3]);
    expect(p.issues).toEqual([
      { kind: "ragged_short", row: 2, expected: 3, actual: 2 },
      { kind: "ragged_long", row: 3, expected: 3, actual: 4 },
    ]);
  });

  it("drops trailing empty cells beyond the header silently (a stray ; at line end)", () => {
    const p = parseCsv("a;b\n1;2;\n3;4;;\n");
    expect(p.records.map((r) => r.cells)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(p.issues).toEqual([]);
  });
});

describe("parseCsv: edge cases", () => {
  it("empty text: no header, no records", () => {
    expect(parseCsv("")).toEqual({
      delimiter: ",",
      sepLine: false,
      header: [],
      headerRow: 0,
      records: [],
      blankRows: [],
      issues: [],
    });
  });

  it("a lone line end is one blank row, no header", () => {
    expect(parseCsv("\r\n")).toMatchObject({ header: [], headerRow: 0, records: [], blankRows: [1] });
  });

  it("a closing quote followed by spaces and the final line end closes the cell", () => {
    const p = parseCsv('a;b\n1;"x" \r\n');
    expect(p.issues).toEqual([]);
    expect(p.records).toEqual([{ row: 2, cells: ["1", "x"] }]);
  });

  it("header only", () => {
    const p = parseCsv("org_id;naam\r\n");
    expect(p.header).toEqual(["org_id", "naam"]);
    expect(p.records).toEqual([]);
  });

  it("__proto__ and constructor are ordinary header names and cell values", () => {
    const p = parseCsv("__proto__;constructor\nconstructor;__proto__\n");
    expect(p.header).toEqual(["__proto__", "constructor"]);
    expect(p.records[0].cells).toEqual(["constructor", "__proto__"]);
    const byHeader = new Map(p.header.map((h, i) => [h, p.records[0].cells[i]]));
    expect(byHeader.get("__proto__")).toBe("constructor");
    expect(({} as Record<string, unknown>).constructor).toBe(Object); // nothing polluted
  });

  it("escaped quotes and quoted empties", () => {
    expect(parseCsv('a,b\n"say ""hi""",""\n').records[0].cells).toEqual(['say "hi"', ""]);
  });
});
