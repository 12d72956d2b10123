/** The app's one catalogue: every code in both languages, with the same placeholders. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { browserLang, CATALOGUE, type Code, t } from "../src/i18n/catalogue.ts";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

describe("catalogue", () => {
  it("has every code in Dutch and English, non-empty, with the same placeholders", () => {
    const codes = Object.keys(CATALOGUE) as Code[];
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes) {
      const { nl, en } = CATALOGUE[code];
      expect(nl.trim(), code).not.toBe("");
      expect(en.trim(), code).not.toBe("");
      expect(placeholders(nl), code).toEqual(placeholders(en));
    }
  });

  it("speaks as the report does: no '(s)' plurals, no graph jargon in English", () => {
    for (const code of Object.keys(CATALOGUE) as Code[]) {
      const { nl, en } = CATALOGUE[code];
      expect(`${nl} ${en}`, code).not.toMatch(/\w\((s|en)\)/);
      expect(en, code).not.toMatch(/\bcomponents?\b/i);
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("drop.chosen", "nl", { count: 2, names: "a.csv, b.csv" })).toBe("Bestanden (2): a.csv, b.csv");
    expect(t("drop.chosen", "en", { count: 1 })).toBe("Files (1): {names}");
  });

  it("takes the browser's first language ecolens speaks", () => {
    expect(browserLang(["nl-BE", "en"])).toBe("nl");
    expect(browserLang(["fr-BE", "en-GB", "nl"])).toBe("en");
    expect(browserLang(["de"])).toBe("en");
  });

  it("every code the sources ask for exists", () => {
    const asked = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([\w.]+)"/g)) asked.add(m[1]);
      for (const m of text.matchAll(/data-t="([\w.]+)"/g)) asked.add(m[1]);
    }
    const html = readFileSync(join(SRC, "../index.html"), "utf8");
    for (const m of html.matchAll(/data-t="([\w.]+)"/g)) asked.add(m[1]);
    expect(asked.size).toBeGreaterThan(10);
    expect([...asked].filter((code) => !(code in CATALOGUE))).toEqual([]);
  });
});
