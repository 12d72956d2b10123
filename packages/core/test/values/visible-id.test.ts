import { describe, expect, it } from "vitest";
import { cleanId } from "../../src/values/id.ts";
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
    expect(cleanId("0012")).toEqual({ id: "0012", removed: [] });
  });

  it("trims ordinary whitespace without reporting it", () => {
    expect(cleanId("  bib-ieper\t\r\n")).toEqual({ id: "bib-ieper", removed: [] });
  });

  it("trims NBSP and removes zero-width characters anywhere, reporting each once", () => {
    expect(cleanId("\u00A0bib\u200B-ieper\u200B\u00A0")).toEqual({
      id: "bib-ieper",
      removed: ["U+200B", "U+00A0"],
    });
    expect(cleanId("\uFEFFA1")).toEqual({ id: "A1", removed: ["U+FEFF"] });
  });

  it("keeps inner ordinary spaces (they are part of the id)", () => {
    expect(cleanId(" school 3 ").id).toBe("school 3");
  });

  it("__proto__ and constructor are ordinary ids", () => {
    expect(cleanId("__proto__")).toEqual({ id: "__proto__", removed: [] });
    expect(cleanId(" constructor ")).toEqual({ id: "constructor", removed: [] });
  });

  it("an id of only invisible characters becomes empty", () => {
    expect(cleanId("\u200B\u00A0")).toEqual({ id: "", removed: ["U+200B", "U+00A0"] });
  });
});
