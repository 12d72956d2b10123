import { describe, expect, it } from "vitest";
import { readSepLine, sniffDelimiter } from "../../src/csv/sniff.ts";

describe("sniffDelimiter", () => {
  it.each([
    [";", "org_id;naam;lat\nA;Bib;50,85\nB;School;51,02\n"],
    [",", "org_id,naam,lat\nA,Bib,50.85\nB,School,51.02\n"],
    ["\t", "org_id\tnaam\tlat\nA\tBib, Ieper\t50,85\n"],
    ["|", "CD_REFNIS|TX_DESCR_NL|MS_POPULATION\n33011|Ieper|35000\n"],
  ] as const)("finds %j", (delimiter, text) => {
    expect(sniffDelimiter(text)).toEqual({ delimiter, sepLine: false });
  });

  it("prefers ; when , is equally consistent", () => {
    // One ; and one , on every line: a tie, and nl-BE Excel writes ;.
    expect(sniffDelimiter("a;b,c\n1;2,3\n4;5,6\n").delimiter).toBe(";");
    expect(sniffDelimiter("a,b;c\n1,2;3\n").delimiter).toBe(";");
  });

  it("picks the more consistent candidate, not the more frequent one", () => {
    // Commas from decimal values vary per line; the ; count is always 2.
    const text = "naam;lat;lon\nA;50,85;2,88\nB;51;3\nC;50,9;2,7\n";
    expect(sniffDelimiter(text).delimiter).toBe(";");
  });

  it("ignores delimiters inside quotes, including quoted line breaks", () => {
    const text = 'naam,omschrijving\nA,"x; y; z"\nB,"regel 1;\nregel 2; nog"\nC,gewoon\n';
    expect(sniffDelimiter(text).delimiter).toBe(",");
  });

  it("looks past leading blank lines to the header", () => {
    expect(sniffDelimiter("\n\nid|naam\n1|x\n").delimiter).toBe("|");
  });

  it("honours an Excel sep= line and reports it", () => {
    expect(sniffDelimiter("sep=;\r\na,b,c\r\n1,2,3\r\n")).toEqual({ delimiter: ";", sepLine: true });
    expect(sniffDelimiter("\uFEFFSEP=|\na|b\n")).toEqual({ delimiter: "|", sepLine: true });
  });

  it("defaults to , for a single column and for empty text", () => {
    expect(sniffDelimiter("org_id\nA\nB\n").delimiter).toBe(",");
    expect(sniffDelimiter("").delimiter).toBe(",");
  });
});

describe("readSepLine", () => {
  it("returns the delimiter and the text after the hint line", () => {
    expect(readSepLine("sep=,\r\na,b\r\n")).toEqual({ delimiter: ",", rest: "a,b\r\n" });
    expect(readSepLine("sep=\t\na\tb")).toEqual({ delimiter: "\t", rest: "a\tb" });
  });
  it("ignores other first lines and unknown delimiters", () => {
    expect(readSepLine("separator;x\n1;2")).toBeUndefined();
    expect(readSepLine("sep=#\na#b")).toBeUndefined();
  });
});
