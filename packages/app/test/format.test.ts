/** How the page shows file names: no bidi override turns text around, no name fills the screen. */
import { describe, expect, it } from "vitest";
import { NAME_MAX, shownName } from "../src/ui/format.ts";

describe("shownName", () => {
  it("makes override and other invisible characters visible", () => {
    expect(shownName("\u202Evsc.exe")).toBe("⟦U+202E⟧vsc.exe");
    expect(shownName("a\u2066b\u200Fc\u0000d")).toBe("a⟦U+2066⟧b⟦U+200F⟧c⟦U+0000⟧d");
    expect(shownName("gewone naam.csv")).toBe("gewone naam.csv");
  });

  it("cuts a very long name in the middle, keeping its start and its extension", () => {
    const long = `${"A".repeat(10_000)}.csv`;
    const shown = shownName(long);
    expect([...shown].length).toBeLessThanOrEqual(NAME_MAX);
    expect(shown.startsWith("AAAA")).toBe(true);
    expect(shown.endsWith("A.csv")).toBe(true);
    expect(shown).toContain("…");
    expect(shownName("x".repeat(NAME_MAX))).toBe("x".repeat(NAME_MAX));
  });
});
