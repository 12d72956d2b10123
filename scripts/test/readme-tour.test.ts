/**
 * The README's tour runs as written on a fresh clone: every input file or folder a tour command
 * names exists in the repository (outputs after -o are made by the command; big.csv stands for
 * the reader's own large file, as its comment says).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const PLACEHOLDERS = new Set(["big.csv"]);
const OUTPUT_OPTIONS = new Set(["-o", "--output", "--csv"]);

function tourInputs(): string[] {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const inputs: string[] = [];
  for (const line of readme.split("\n")) {
    if (!line.startsWith("npx -y pnpm@12.4.2 ecolens ")) continue;
    const words = line.split("#")[0].trim().split(/\s+/);
    words.forEach((w, i) => {
      if (i === 0 || OUTPUT_OPTIONS.has(words[i - 1]) || w.startsWith("-")) return;
      if (/\//.test(w) || /\.(csv|gexf|graphml|json|xlsx)$/i.test(w)) inputs.push(w);
    });
  }
  return inputs;
}

describe("README tour", () => {
  it("names its inputs", () => {
    expect(tourInputs()).toContain("data/examples/westhoek");
  });
  it("every input it names exists", () => {
    const missing = tourInputs().filter((p) => !PLACEHOLDERS.has(p) && !existsSync(`${root}${p}`));
    expect(missing).toEqual([]);
  });
});
