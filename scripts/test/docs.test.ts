/** Generated docs must match the code they come from (stale check). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCliDoc } from "../docs/cli.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("generated docs are up to date (run `npx -y pnpm@12.4.2 gen-docs` when this fails)", () => {
  it("docs/cli.md matches the commander definitions", () => {
    expect(readFileSync(`${root}docs/cli.md`, "utf8")).toBe(renderCliDoc());
  });

  it("every command in the program is documented with its options", () => {
    const doc = renderCliDoc();
    expect(doc).toMatch(/## `ecolens /);
  });
});
