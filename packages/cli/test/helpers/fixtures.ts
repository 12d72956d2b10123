/** Temporary folders with small hand-written inventories for the CLI tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** A fresh folder under the system temp dir, removed after the calling test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes each file (name -> its lines, joined by "\n") into folder, creating it; returns folder. */
export function writeFiles(folder: string, files: Record<string, string[]>): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(folder, name), lines.join("\n"));
  return folder;
}
