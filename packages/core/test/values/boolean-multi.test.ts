import { describe, expect, it } from "vitest";
import { parseBoolean } from "../../src/values/boolean.ts";
import { splitMulti } from "../../src/values/multi.ts";

describe("parseBoolean", () => {
  it.each(["ja", "JA", "j", "x", "X", "1", "waar", "WAAR", "true", "True", "yes", "y", " ja "])(
    "%j is true",
    (raw) => {
      expect(parseBoolean(raw)).toEqual({ ok: true, value: true });
    },
  );
  it.each(["nee", "Nee", "n", "0", "onwaar", "ONWAAR", "false", "no", "N"])("%j is false", (raw) => {
    expect(parseBoolean(raw)).toEqual({ ok: true, value: false });
  });
  it("empty is undefined", () => {
    expect(parseBoolean("")).toEqual({ ok: true, value: undefined });
    expect(parseBoolean("  ")).toEqual({ ok: true, value: undefined });
  });
  it.each(["misschien", "2", "jaa", "-", "oui", "v"])("%j is refused", (raw) => {
    expect(parseBoolean(raw)).toEqual({ ok: false, reason: "not_a_boolean" });
  });
});

describe("splitMulti", () => {
  it("| always separates; trims, drops empties, keeps order, dedupes", () => {
    expect(splitMulti(" sport | cultuur_kunst||sport | ", ";")).toEqual(["sport", "cultuur_kunst"]);
  });
  it("; files also split on ,", () => {
    expect(splitMulti("sport, erfgoed|zorg", ";")).toEqual(["sport", "erfgoed", "zorg"]);
    expect(splitMulti("sport; erfgoed", ";")).toEqual(["sport; erfgoed"]);
  });
  it(", files also split on ;", () => {
    expect(splitMulti("sport; erfgoed|zorg", ",")).toEqual(["sport", "erfgoed", "zorg"]);
    expect(splitMulti("Ieper, centrum", ",")).toEqual(["Ieper, centrum"]);
  });
  it("tab and | files accept | ; and ,", () => {
    expect(splitMulti("a;b,c|d", "\t")).toEqual(["a", "b", "c", "d"]);
    expect(splitMulti("a;b,c", "|")).toEqual(["a", "b", "c"]);
  });
  it("empty gives no items; __proto__ is an ordinary item", () => {
    expect(splitMulti("", ";")).toEqual([]);
    expect(splitMulti(" | , ", ";")).toEqual([]);
    expect(splitMulti("__proto__|constructor|__proto__", ";")).toEqual(["__proto__", "constructor"]);
  });
  it("is case-sensitive (ids differ by case)", () => {
    expect(splitMulti("A|a", ";")).toEqual(["A", "a"]);
  });
});
