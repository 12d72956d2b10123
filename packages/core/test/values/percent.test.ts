import { describe, expect, it } from "vitest";
import { percentText } from "../../src/values/percent.ts";

describe("percentText", () => {
  it("never rounds a non-zero share to 0% nor a share below one to 100%", () => {
    for (const share of [1e-9, 0.0001, 0.000999, 0.001, 0.004, 0.0049, 0.005, 0.0099]) {
      const text = percentText(share);
      expect(text, String(share)).not.toBe("0%");
      expect(text).not.toMatch(/^0(\.0)?%$/);
    }
    for (const share of [0.99, 0.995, 0.999, 0.9995, 1 - 1e-9]) {
      const text = percentText(share);
      expect(text, String(share)).not.toMatch(/^100(\.0)?%$/);
    }
  });

  it("writes the edges as <0.1% and >99.9%, in both languages", () => {
    expect(percentText(0.0004)).toBe("<0.1%");
    expect(percentText(0.0004, "nl")).toBe("<0,1%");
    expect(percentText(0.99999)).toBe(">99.9%");
    expect(percentText(0.004)).toBe("0.4%");
    expect(percentText(0.004, "nl")).toBe("0,4%");
    expect(percentText(0.996)).toBe("99.6%");
  });

  it("keeps whole percents in the middle and the exact ends", () => {
    expect(percentText(0)).toBe("0%");
    expect(percentText(1)).toBe("100%");
    expect(percentText(0.374)).toBe("37%");
    expect(percentText(0.015)).toBe("2%");
    expect(percentText(-0.0004)).toBe("-<0.1%");
    expect(percentText(null)).toBe("–");
    expect(percentText(Number.NaN)).toBe("–");
  });
});
