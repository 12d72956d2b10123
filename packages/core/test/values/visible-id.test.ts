import { describe, expect, it } from "vitest";
import { cleanId, idVariantKey, looksLikeExcelScientific } from "../../src/values/id.ts";
import { codePointLabel, makeVisible } from "../../src/values/visible.ts";

describe("makeVisible", () => {
  it.each([
    ["Bib\u00A0Ieper", "Bib⟦U+00A0⟧Ieper"],
    ["a\u200Bb\u200Cc\u200Dd", "a⟦U+200B⟧b⟦U+200C⟧c⟦U+200D⟧d"],
    ["\uFEFFid", "⟦U+FEFF⟧id"],
    ["a\tb", "a⟦U+0009⟧b"],
    ["r1\r\nr2", "r1⟦U+000D⟧⟦U+000A⟧r2"],
    ["zee\u00ADdijk", "zee⟦U+00AD⟧dijk"],
    ["x\u0000y\u007F", "x⟦U+0000⟧y⟦U+007F⟧"],
    ["1\u202F234", "1⟦U+202F⟧234"],
    ["\u200Eltr", "⟦U+200E⟧ltr"],
  ])("%j", (raw, shown) => {
    expect(makeVisible(raw)).toBe(shown);
  });

  it("leaves ordinary text, spaces and accents alone", () => {
    expect(makeVisible("Café Ëlla, 3 + 4 = 7 ✓")).toBe("Café Ëlla, 3 + 4 = 7 ✓");
    expect(makeVisible("")).toBe("");
  });

  it("labels code points with at least four hex digits", () => {
    expect(codePointLabel(0x9)).toBe("U+0009");
    expect(codePointLabel(0x1f600)).toBe("U+1F600");
  });
});

describe("cleanId", () => {
  it("keeps ids as strings with leading zeros", () => {
    expect(cleanId("0012")).toEqual({ id: "0012", removed: [], controls: [], normalised: false });
  });

  it("trims ordinary whitespace without reporting it", () => {
    expect(cleanId("  bib-ieper\t\r\n")).toMatchObject({ id: "bib-ieper", removed: [] });
    expect(cleanId("\u00A0 bib ")).toMatchObject({ id: "bib", removed: ["U+00A0"] });
  });

  it("trims NBSP and removes zero-width characters anywhere, reporting each once", () => {
    expect(cleanId("\u00A0bib\u200B-ieper\u200B\u00A0")).toMatchObject({
      id: "bib-ieper",
      removed: ["U+200B", "U+00A0"],
      controls: [],
    });
    expect(cleanId("\uFEFFA1")).toMatchObject({ id: "A1", removed: ["U+FEFF"], controls: [] });
  });

  it("keeps inner ordinary spaces (they are part of the id)", () => {
    expect(cleanId(" school 3 ").id).toBe("school 3");
  });

  it("__proto__ and constructor are ordinary ids", () => {
    expect(cleanId("__proto__")).toMatchObject({ id: "__proto__", removed: [] });
    expect(cleanId(" constructor ")).toMatchObject({ id: "constructor", removed: [] });
  });

  it("an id of only invisible characters becomes empty", () => {
    expect(cleanId("\u200B\u00A0")).toMatchObject({ id: "", removed: ["U+200B", "U+00A0"] });
  });

  it("lists control and bidi characters apart; an inner tab or line break is one", () => {
    expect(cleanId("bib\u202Eieper\u001B")).toEqual({
      id: "bibieper",
      removed: ["U+202E", "U+001B"],
      controls: ["U+202E", "U+001B"],
      normalised: false,
    });
    expect(cleanId("a\tb\nc")).toMatchObject({ id: "abc", controls: ["U+0009", "U+000A"] });
    expect(cleanId("\u2066x\u2069\u200F")).toMatchObject({
      id: "x",
      controls: ["U+2066", "U+2069", "U+200F"],
    });
  });

  it("normalises to NFC and says so", () => {
    expect(cleanId("cafe\u0301")).toEqual({ id: "caf\u00E9", removed: [], controls: [], normalised: true });
    expect(cleanId("caf\u00E9").normalised).toBe(false);
  });
});

describe("looksLikeExcelScientific and idVariantKey", () => {
  it.each(["1,23457E+11", "1.23E+05", "1E+05", "4,5e-3", "-2,1E+04"])("%s is scientific notation", (id) => {
    expect(looksLikeExcelScientific(id)).toBe(true);
  });

  it.each(["123456789012", "E5", "1E5", "B1E+05x", "3 E+05", "0012"])("%s is not", (id) => {
    expect(looksLikeExcelScientific(id)).toBe(false);
  });

  it("case and spaces do not count in the variant key; accents do", () => {
    expect(idVariantKey("Bib Ieper")).toBe(idVariantKey("bibieper"));
    expect(idVariantKey("BIB\u00A0ieper")).toBe(idVariantKey("bib  ieper"));
    expect(idVariantKey("cafe\u0301")).toBe(idVariantKey("Caf\u00E9"));
    expect(idVariantKey("cafe")).not.toBe(idVariantKey("café"));
  });
});
