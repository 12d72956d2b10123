import { describe, expect, it } from "vitest";
import { excelSerialToIso, parseDate } from "../../src/values/date.ts";

describe("parseDate", () => {
  it.each([
    ["1/02/2024", "2024-02-01"], // nl-BE short date d/mm/yyyy: day first
    ["01/02/2024", "2024-02-01"],
    ["1/2/2024", "2024-02-01"],
    ["31/12/2023", "2023-12-31"],
    ["31-12-2023", "2023-12-31"],
    ["31.12.2023", "2023-12-31"],
    ["2024-03-09", "2024-03-09"],
    ["2024/3/9", "2024-03-09"],
    ["29/02/2024", "2024-02-29"], // leap year
    ["29/02/2000", "2000-02-29"], // divisible by 400
    ["1/02/2024 0:00", "2024-02-01"], // Excel's date-time export
    ["2024-03-09T10:15:00Z", "2024-03-09"],
    ["1/2/24", "2024-02-01"], // Excel two-digit cut-off: 00-29 -> 20xx
    ["1/2/45", "1945-02-01"],
    [" 5/5/2025 ", "2025-05-05"],
  ])("%j -> %s", (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it("reads Excel serial numbers (1900 system)", () => {
    // 2024-01-01 is serial 45292. Hand check: 1900-01-01 -> 2024-01-01 is 124 * 365 + 30 leap days
    // (1904..2020) = 45290 days; serial 1 is 1900-01-01 and Excel's phantom 1900-02-29 adds one.
    // 45351 = 45292 + 31 (January) + 28 -> 2024-02-29.
    expect(parseDate("45292")).toEqual({ ok: true, value: "2024-01-01" });
    expect(parseDate("45351")).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseDate("45292,75")).toEqual({ ok: true, value: "2024-01-01" }); // time of day ignored
  });

  it("empty gives undefined", () => {
    expect(parseDate("")).toEqual({ ok: true, value: undefined });
  });

  it.each(["31/02/2024", "29/02/2023", "29/02/1900", "0/1/2024", "1/13/2024", "32/01/2024", "2024-02-30"])(
    "%j is an impossible date",
    (raw) => {
      expect(parseDate(raw)).toEqual({ ok: false, reason: "impossible_date" });
    },
  );

  it.each(["gisteren", "2024", "1/2", "2024-1", "12/31/2023x", "1234", "1-2/2024", "123456"])(
    "%j is not a date",
    (raw) => {
      expect(parseDate(raw)).toEqual({ ok: false, reason: "not_a_date" });
    },
  );
});

describe("excelSerialToIso", () => {
  it("handles Excel's phantom 1900-02-29 (serial 60)", () => {
    expect(excelSerialToIso(1)).toEqual({ ok: true, value: "1900-01-01" });
    expect(excelSerialToIso(59)).toEqual({ ok: true, value: "1900-02-28" });
    expect(excelSerialToIso(60)).toEqual({ ok: false, reason: "impossible_date" });
    expect(excelSerialToIso(61)).toEqual({ ok: true, value: "1900-03-01" });
    expect(excelSerialToIso(0)).toEqual({ ok: false, reason: "impossible_date" });
  });
});
