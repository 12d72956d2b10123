/**
 * Analysis's message catalogue: every key has a Dutch and an English phrase that fills in its
 * parameters (no "undefined" left in the sentence), every key is used by some analysis source
 * outside the catalogue, and the lookups fill in parameters per language.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ANALYSIS_MESSAGES,
  decimalMark,
  joinList,
  type Message,
  type Params,
  say,
  text,
  wholeNumber,
} from "../../src/messages/index.ts";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Parameters that answer any name: a word for most, a number for counts. */
function anyParams(value: string | number): Params {
  return new Proxy({} as Params, { get: (_t, key) => (typeof key === "string" ? value : undefined) });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    // The catalogue's own files define the keys; its lookups (index.ts) may use some.
    const catalogue = /[\\/]messages[\\/]/.test(path) && name !== "index.ts";
    return name.endsWith(".ts") && !catalogue ? [path] : [];
  });
}

describe("the message catalogue of analysis", () => {
  const entries = Object.entries(ANALYSIS_MESSAGES) as Array<[string, Message]>;

  it("has messages", () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  for (const value of ["Ieper", 1, 3]) {
    it(`every key has nl and en, filled in (parameters = ${JSON.stringify(value)})`, () => {
      const bad: string[] = [];
      for (const [code, message] of entries) {
        for (const lang of ["nl", "en"] as const) {
          const phrase = message[lang];
          const out = typeof phrase === "function" ? phrase(anyParams(value)) : phrase;
          if (typeof out !== "string" || out.length === 0 || /undefined|\[object /.test(out))
            bad.push(`${code} ${lang}: ${String(out)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it("every key is used by an analysis source outside the catalogue", () => {
    const code = sources(SRC)
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = entries.map(([key]) => key).filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});

describe("lookups", () => {
  it("say fills in the parameters of one language", () => {
    expect(say("scope.only", "nl", { parts: "gemeente: Ieper" })).toBe("Alleen gemeente: Ieper");
    expect(say("scope.only", "en", { parts: "municipality: Ieper" })).toBe("Only municipality: Ieper");
  });

  it("text takes parameters per language from a function", () => {
    expect(text("scope.only", (lang) => ({ parts: lang }))).toEqual({ nl: "Alleen nl", en: "Only en" });
  });

  it("joins lists, marks decimals and groups whole numbers by language", () => {
    expect(joinList(["a", "b", "c"], "nl")).toBe("a, b en c");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
    expect(joinList(["a"], "en")).toBe("a");
    expect(decimalMark("0.25", "nl")).toBe("0,25");
    expect(decimalMark("0.25", "en")).toBe("0.25");
    expect(wholeNumber(2122, "nl")).toBe("2.122");
    expect(wholeNumber(2122, "en")).toBe("2,122");
  });
});
