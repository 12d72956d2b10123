import { describe, expect, it } from "vitest";
import { kboChecksumValid, normaliseKbo } from "../../src/values/kbo.ts";

describe("KBO checksum", () => {
  it("accepts published numbers", () => {
    // Worked example in the Vlaamse overheid "Checksum97 op een ondernemingsnummer" page:
    // 05669882 mod 97 = 38 and 97 - 38 = 59.
    expect(kboChecksumValid("0566988259")).toBe(true);
    // Example number used by public validators: 02000657 mod 97 = 32; 97 - 32 = 65.
    expect(kboChecksumValid("0200065765")).toBe(true);
  });

  it("a body divisible by 97 needs check digits 97 (never 00)", () => {
    // 97 * 10000 = 970000 -> body 00970000, remainder 0, check 97.
    expect(kboChecksumValid("0097000097")).toBe(true);
    expect(kboChecksumValid("0097000000")).toBe(false);
  });

  it("rejects a changed digit or swapped check digits", () => {
    expect(kboChecksumValid("0566988258")).toBe(false);
    expect(kboChecksumValid("0566988295")).toBe(false);
    expect(kboChecksumValid("0566988359")).toBe(false);
  });
});

describe("normaliseKbo", () => {
  it.each([
    "0566.988.259",
    "0566988259",
    "BE0566988259",
    "be 0566 988 259",
    "BE 0566.988.259",
    "566988259", // Excel dropped the leading 0
    "566.988.259",
    " 0566-988-259 ",
  ])("%j -> 0566988259", (raw) => {
    expect(normaliseKbo(raw)).toEqual({
      ok: true,
      value: "0566988259",
      formatted: "0566.988.259",
      checksumValid: true,
    });
  });

  it("accepts the 1xxx series (since 2023) and computes its check", () => {
    // Body 10000000: 97 * 103092 = 9999924, remainder 76, check 97 - 76 = 21.
    expect(normaliseKbo("1000.000.021")).toEqual({
      ok: true,
      value: "1000000021",
      formatted: "1000.000.021",
      checksumValid: true,
    });
  });

  it("keeps a well-formed number with a bad checksum, flagged", () => {
    expect(normaliseKbo("0566.988.258")).toEqual({
      ok: true,
      value: "0566988258",
      formatted: "0566.988.258",
      checksumValid: false,
    });
  });

  it("empty is undefined (nothing to check)", () => {
    expect(normaliseKbo("")).toEqual({ ok: true, value: undefined, checksumValid: true });
  });

  it.each(["12345678", "05669882590", "2566988259", "BE05669882AB", "n.v.t.", "5,66988E+08"])(
    "%j is not an enterprise number",
    (raw) => {
      expect(normaliseKbo(raw)).toEqual({ ok: false, reason: "kbo_format" });
    },
  );
});
