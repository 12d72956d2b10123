/**
 * A benchmark's figures that have a target (issues 17 and 19), written as a small JSON file next
 * to the benchmark's own Markdown so that bench/targets.ts can put every figure next to its target
 * in one dated table without parsing Markdown.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname } from "node:path";

export interface TargetRow {
  /** What was measured, in words ("ecolens --help, median wall"). */
  figure: string;
  measured: number;
  /** The measured value's unit: "s", "ms", "x" (a ratio against a peer measured in the same run). */
  unit: "s" | "ms" | "x";
  /** At most this much. */
  target: number;
  /** Which issue sets the target. */
  issue: 17 | 19;
  note?: string;
}

export interface TargetFile {
  /** The benchmark that measured the rows, as a command. */
  command: string;
  date: string;
  loadavg_at_end: number[];
  rows: TargetRow[];
}

/** `bench/results/2026-12-07-startup.md` → `bench/results/2026-12-07-startup.targets.json`. */
export function targetsPathFor(markdownPath: string): string {
  return markdownPath.replace(/\.md$/, ".targets.json");
}

export function writeTargets(markdownPath: string, command: string, rows: TargetRow[]): string {
  const file: TargetFile = {
    command,
    date: new Date().toISOString(),
    loadavg_at_end: loadavg().map((x) => +x.toFixed(2)),
    rows,
  };
  const path = targetsPathFor(markdownPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  return path;
}

export const met = (row: TargetRow): boolean => row.measured <= row.target;
