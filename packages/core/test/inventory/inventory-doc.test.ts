/** docs/inventory-format.md: its generated tables match the code (run `npx -y pnpm@12.4.2 gen-docs`). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyGenerated } from "../../../../scripts/docs/inventory-format.ts";
import { FINDING_CODES, SCHEMAS, VOCAB_NAMES } from "../../src/index.ts";

const doc = readFileSync(new URL("../../../../docs/inventory-format.md", import.meta.url), "utf8");

describe("docs/inventory-format.md", () => {
  it("is up to date with the schemas, vocabularies and finding codes", () => {
    expect(doc).toBe(applyGenerated(doc));
  });

  it("mentions every column, vocabulary and finding code", () => {
    for (const specs of Object.values(SCHEMAS))
      for (const s of specs) expect(doc).toContain(`\`${s.field}\``);
    for (const name of VOCAB_NAMES) expect(doc).toContain(`id="vocab-${name}"`);
    for (const code of Object.keys(FINDING_CODES)) expect(doc).toContain(`\`${code}\``);
  });
});
