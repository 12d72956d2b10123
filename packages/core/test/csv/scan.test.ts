import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { scanLogicalLines, unifiedText } from "../../src/csv/scan.ts";
import { createRng } from "../../src/util/rng.ts";

const semicolon = (ch: string) => ch === ";";

describe("scanLogicalLines", () => {
  it("splits on CRLF, LF and CR outside quotes only", () => {
    const s = scanLogicalLines('a;b\r\n"x\ry";2\n3;"p\r\nq"\r4;5', semicolon);
    expect(s.lines).toEqual(["a;b", '"x\ry";2', '3;"p\r\nq"', "4;5"]);
    expect(s.terminated).toBe(false);
    expect(s.unclosedLine).toBeUndefined();
  });

  it("a quote opens a field only at the field start", () => {
    const s = scanLogicalLines('a;b"c\nd;e\n', semicolon);
    expect(s.lines).toEqual(['a;b"c', "d;e"]);
    expect(s.terminated).toBe(true);
  });

  it("counts characters outside quotes per line", () => {
    const s = scanLogicalLines('a;b,c\n"1;2,3";4\n', semicolon, [";", ","]);
    expect(s.counts).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it("marks the line whose quote never closes", () => {
    const s = scanLogicalLines('a;b\n"x;y\nz\n', semicolon);
    expect(s.lines).toEqual(["a;b", '"x;y\nz\n']);
    expect(s.unclosedLine).toBe(1);
  });

  it("agrees with papaparse on row boundaries and unclosed quotes (seeded random texts)", () => {
    // Random mixes of quotes, delimiters, spaces and all three line ends: the scanner's lines must
    // be exactly papaparse's rows, or spreadsheet row numbers would drift.
    const rng = createRng(2024);
    const alphabet = ["a", ";", '"', '"', "\n", "\r", " ", "b", "\r\n", '""'];
    for (let t = 0; t < 5000; t++) {
      let text = "";
      const len = 1 + Math.floor(rng() * 30);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rng() * alphabet.length)];
      const scanned = scanLogicalLines(text, semicolon);
      const parsed = Papa.parse<string[]>(unifiedText(scanned), {
        delimiter: ";",
        newline: "\n",
        quoteChar: '"',
        escapeChar: '"',
      });
      const rows = parsed.data.length - (scanned.terminated ? 1 : 0);
      const unclosed = parsed.errors.filter((e) => e.code === "MissingQuotes").map((e) => e.row);
      const context = JSON.stringify(text);
      expect(rows, context).toBe(scanned.lines.length);
      expect(unclosed, context).toEqual(scanned.unclosedLine === undefined ? [] : [scanned.unclosedLine]);
    }
  });
});
