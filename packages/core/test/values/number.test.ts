import { describe, expect, it } from "vitest";
import { inferDecimalComma, parseInteger, parseNumber } from "../../src/values/number.ts";

const comma = { decimalComma: true };
const point = { decimalComma: false };

describe("parseNumber with decimal comma (; files, nl-BE)", () => {
  it.each([
    ["1.234,56", 1234.56],
    ["3,5", 3.5],
    ["1 234,5", 1234.5],
    ["1\u00A0234,5", 1234.5],
    ["1\u202F234\u202F567", 1234567],
    ["1.234", 1234],
    ["1.234.567", 1234567],
    ["3.5", 3.5], // cannot be a thousands group
    ["0.123", 0.123], // a group cannot lead with a lone 0
    ["12.3456", 12.3456],
    ["1,234", 1.234],
    ["-2,5", -2.5],
    ["+7", 7],
    ["\u22124", -4],
    [",5", 0.5],
    ["0", 0],
    ["-0", 0],
    ["€ 12,50", 12.5],
    ["12,50 €", 12.5],
    ["1,5E+3", 1500],
    ["1,1E2", 110],
    ["  42  ", 42],
    ["1.234,", 1234],
  ])("%j -> %d", (raw, value) => {
    expect(parseNumber(raw, comma)).toEqual({ ok: true, value });
  });
});

describe("parseNumber with decimal point", () => {
  it.each([
    ["1234.5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234", 1.234],
    ["1,234", 1234],
    ["1,234,567", 1234567],
    ["3,5", 3.5], // cannot be a thousands group: a decimal comma after all
    ["1.234,56", 1234.56], // both marks: the last one is decimal
    ["50.85", 50.85],
  ])("%j -> %d", (raw, value) => {
    expect(parseNumber(raw, point)).toEqual({ ok: true, value });
  });
});

describe("parseNumber: empty and bad values", () => {
  it("empty and whitespace give undefined", () => {
    expect(parseNumber("", comma)).toEqual({ ok: true, value: undefined });
    expect(parseNumber(" \u00A0", point)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    "abc",
    "12a",
    "1.23.4",
    "1,23,4",
    "12 34",
    "1.234.5,6",
    ".",
    ",",
    "--1",
    "1 2 3",
    "3,5,7.1",
    "NaN",
    "Infinity",
    "0x10",
    "1e999",
    "5%",
  ])("%j is not a number", (raw) => {
    expect(parseNumber(raw, comma)).toEqual({ ok: false, reason: "not_a_number" });
  });
});

describe("parseInteger", () => {
  it.each([
    ["12", 12],
    ["1.234", 1234],
    ["3,0", 3],
    ["-5", -5],
    ["0012", 12],
  ])("%j -> %d", (raw, value) => {
    expect(parseInteger(raw, comma)).toEqual({ ok: true, value });
  });

  it("refuses fractions and keeps empty as undefined", () => {
    expect(parseInteger("3,5", comma)).toEqual({ ok: false, reason: "not_an_integer" });
    expect(parseInteger("3.5", comma)).toEqual({ ok: false, reason: "not_an_integer" });
    expect(parseInteger("1.234", point)).toEqual({ ok: false, reason: "not_an_integer" });
    expect(parseInteger("", point)).toEqual({ ok: true, value: undefined });
    expect(parseInteger("twaalf", point)).toEqual({ ok: false, reason: "not_a_number" });
  });

  it("refuses integers beyond exact floating point range", () => {
    expect(parseInteger("12345678901234567890", point)).toEqual({ ok: false, reason: "not_an_integer" });
  });
});

describe("inferDecimalComma (per column)", () => {
  it.each([
    ["; file, plain decimal commas", ["3,5", "12", "0,25"], ";", true],
    ["; file, dots that cannot group thousands", ["50.85", "51.02"], ";", false],
    ["; file, dotted thousands", ["1.234", "35.000"], ";", true],
    ["; file, one dot breaks the thousands reading", ["1.234", "3.5"], ";", false],
    ["; file, whole numbers", ["1", "2"], ";", true],
    ["tab file (Excel Unicode text)", ["3,5"], "\t", true],
    [", file, quoted decimal commas", ["3,5", "2"], ",", true],
    [", file, comma thousands", ["1,234", "12,000"], ",", false],
    [", file, decimal points", ["50.85"], ",", false],
    ["both marks, comma last", ["1.234,5"], ",", true],
    ["both marks, dot last", ["1,234.5"], ";", false],
    ["empty column", [], ";", true],
    ["| file default", ["12"], "|", false],
  ] as const)("%s", (_label, values, delimiter, want) => {
    expect(inferDecimalComma(values, delimiter)).toBe(want);
  });

  it("the inferred mark reads the column consistently", () => {
    const column = ["1.234", "3.5"];
    const decimalComma = inferDecimalComma(column, ";");
    expect(column.map((v) => parseNumber(v, { decimalComma }))).toEqual([
      { ok: true, value: 1.234 },
      { ok: true, value: 3.5 },
    ]);
  });
});
