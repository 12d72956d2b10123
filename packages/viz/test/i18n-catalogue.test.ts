/**
 * viz's catalogue (src/i18n/): every entry has Dutch and English, neither empty, with the same
 * {placeholders}; every code of the charts, sections and map catalogues is used in the sources;
 * no source outside i18n/ writes an inline nl/en literal or compares a language with "nl"/"en".
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATALOGUE, NOUNS } from "../src/i18n/catalogue.ts";
import { CHART_TEXT } from "../src/i18n/charts-text.ts";
import { GEO_TEXT } from "../src/i18n/geo-text.ts";
import { SECTION_TEXT } from "../src/i18n/sections-text.ts";
import { count, fill, sayBoth } from "../src/i18n/text.ts";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("viz catalogue", () => {
  const entries = Object.entries(CATALOGUE).flatMap(([area, table]) =>
    Object.entries(table).map(([code, entry]) => ({ id: `${area}.${code}`, entry })),
  );

  it("holds every area with entries", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual(["charts", "findings", "geo", "sections", "ui"]);
    expect(entries.length).toBeGreaterThan(300);
  });

  it("has nl and en for every code, neither empty, with the same placeholders", () => {
    const bad = entries
      .filter(
        ({ entry }) =>
          typeof entry.nl !== "string" ||
          typeof entry.en !== "string" ||
          entry.nl.trim() === "" ||
          entry.en.trim() === "" ||
          placeholders(entry.nl).join() !== placeholders(entry.en).join(),
      )
      .map(({ id }) => id);
    expect(bad).toEqual([]);
  });

  it("has a one and a many form in both languages for every counted noun", () => {
    const bad = Object.entries(NOUNS)
      .filter(([, forms]) =>
        [forms.nl, forms.en].some((f) => f.length !== 2 || f.some((w) => w.trim() === "")),
      )
      .map(([code]) => code);
    expect(bad).toEqual([]);
  });

  it("uses every code of the charts, sections and map catalogues somewhere in the sources", () => {
    const code = sources(SRC)
      .filter((f) => !relative(SRC, f).startsWith("i18n"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = [
      ...Object.keys(CHART_TEXT).map((k) => ["C", k]),
      ...Object.keys(SECTION_TEXT).map((k) => ["S", k]),
      ...Object.keys(GEO_TEXT).map((k) => ["GEO_TEXT", k]),
    ]
      .filter(([, k]) => !new RegExp(`\\.${k}\\b|"${k}"`).test(code))
      .map(([area, k]) => `${area}.${k}`);
    expect(unused).toEqual([]);
  });

  it("fills placeholders once, leaves unknown ones, and picks forms by count", () => {
    expect(fill("{a} en {b} {c}", { a: "{b}", b: 2 })).toBe("{b} en 2 {c}");
    expect(sayBoth(SECTION_TEXT.spots_missing, (lang) => ({ n: 3, places: lang }))).toEqual({
      nl: "3 van nl gemeenten",
      en: "3 of en municipalities",
    });
    expect(count(1, CHART_TEXT.degree_isolates_one, CHART_TEXT.degree_isolates_many).en).toContain(
      "has none",
    );
    expect(count(2, CHART_TEXT.degree_isolates_one, CHART_TEXT.degree_isolates_many).en).toContain(
      "have none",
    );
  });

  it("no source outside i18n/ writes inline nl/en text or compares a language with a literal", () => {
    const offenders = sources(SRC)
      .filter((f) => !relative(SRC, f).startsWith("i18n"))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
          .filter(({ line }) => /\b(nl|en): *["`]|[!=]== *"(nl|en)"|"(nl|en)" *[!=]==/.test(line))
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
