/**
 * The report model runs in a browser too (the app builds it in a Web Worker): no Node built-in,
 * no `process`, no `Buffer` anywhere in packages/report/src.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** The code without comments, so a comment may name what the code must not use. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");

describe("packages/report/src is browser-safe", () => {
  const sources = files(SRC);
  it("has source files to check", () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it("uses no Node built-in, process or Buffer", () => {
    const problems = sources.flatMap((file) => {
      const text = code(readFileSync(file, "utf8"));
      return [/["']node:[^"']+["']/, /\bprocess\b/, /\bBuffer\b/, /from\s+["'](fs|path|os)["']/]
        .filter((re) => re.test(text))
        .map((re) => `${file.slice(SRC.length)}: ${re.source}`);
    });
    expect(problems).toEqual([]);
  });
  it("keeps every file under 400 lines", () => {
    const long = sources.filter((f) => readFileSync(f, "utf8").split("\n").length > 400);
    expect(long).toEqual([]);
  });
});
