/**
 * The README's tour runs as written on a fresh clone: every input file or folder a tour command
 * names exists in the repository or is written by an earlier tour command (-o, --csv,
 * --per-partner); big.csv stands for the reader's own large file, as its comment says.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const PLACEHOLDERS = new Set(["big.csv"]);
const OUTPUT_OPTIONS = new Set(["-o", "--output", "--csv", "--per-partner"]);

/** The tour's inputs that neither exist nor were written by an earlier tour command. */
function tourInputs(): { all: string[]; missing: string[] } {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const all: string[] = [];
  const missing: string[] = [];
  const written = new Set<string>();
  for (const line of readme.split("\n")) {
    if (!line.startsWith("npx -y pnpm@12.4.2 ecolens ")) continue;
    const words = line.split("#")[0].trim().split(/\s+/);
    words.forEach((w, i) => {
      if (i === 0 || w.startsWith("-")) return;
      if (OUTPUT_OPTIONS.has(words[i - 1])) {
        written.add(w);
        return;
      }
      if (!/\//.test(w) && !/\.(csv|gexf|graphml|json|xlsx)$/i.test(w)) return;
      all.push(w);
      if (!PLACEHOLDERS.has(w) && !written.has(w) && !existsSync(`${root}${w}`)) missing.push(w);
    });
  }
  return { all, missing };
}

describe("README tour", () => {
  it("names its inputs", () => {
    expect(tourInputs().all).toContain("data/examples/westhoek");
  });
  it("every input it names exists", () => {
    expect(tourInputs().missing).toEqual([]);
  });
});
