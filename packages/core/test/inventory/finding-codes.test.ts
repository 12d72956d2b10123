/** FINDING_CODES (the documented list) covers exactly the codes the import code can emit. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../../src/index.ts";

const SRC = new URL("../../src/", import.meta.url).pathname;
const sources = [
  ...readdirSync(`${SRC}inventory`)
    .filter((f) => f.endsWith(".ts") && f !== "finding-codes.ts")
    .map((f) => `${SRC}inventory/${f}`),
  `${SRC}csv/findings.ts`,
  `${SRC}csv/file-findings.ts`,
];
const literals = new Set(
  sources.flatMap((file) =>
    // Codes are SNAKE_CASE literals; a one-word code shows up as `code: "X"`.
    [...readFileSync(file, "utf8").matchAll(/"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"|code: "([A-Z]+)"/g)].map(
      (m) => m[1] ?? m[2],
    ),
  ),
);

describe("FINDING_CODES", () => {
  it("lists every code used in the importer and the CSV layer", () => {
    expect([...literals].filter((code) => !(code in FINDING_CODES)).sort()).toEqual([]);
  });

  it("lists no code that nothing emits", () => {
    expect(Object.keys(FINDING_CODES).filter((code) => !literals.has(code))).toEqual([]);
  });

  it("gives each code at least one severity and a meaning in nl and en", () => {
    for (const info of Object.values(FINDING_CODES)) {
      expect(info.severities.length).toBeGreaterThan(0);
      expect(info.meaning.nl).not.toBe(info.meaning.en);
    }
  });
});
