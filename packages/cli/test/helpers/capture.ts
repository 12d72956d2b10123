/**
 * What a CLI run writes to stdout/stderr, captured instead of printed, with process.exitCode reset
 * afterwards (run() sets it, and a leftover non-zero code would fail the whole test process).
 */
import { afterEach, beforeEach, vi } from "vitest";
import { run } from "../../src/main.ts";

export interface OutputSpy {
  out(): string;
  err(): string;
  restore(): void;
}

/** Starts capturing both streams now; restore() puts the real writers back. */
export function spyOnOutput(): OutputSpy {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    err += String(chunk);
    return true;
  });
  return {
    out: () => out,
    err: () => err,
    restore: () => {
      o.mockRestore();
      e.mockRestore();
    },
  };
}

/**
 * Captures the output of every test in the calling file (installs beforeEach/afterEach): the
 * getters return what the current test has written so far.
 */
export function captureOutput(): { out(): string; err(): string } {
  let spy: OutputSpy | undefined;
  beforeEach(() => {
    process.exitCode = undefined;
    spy = spyOnOutput();
  });
  afterEach(() => {
    spy?.restore();
    spy = undefined;
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  return { out: () => spy?.out() ?? "", err: () => spy?.err() ?? "" };
}

/** Runs `ecolens <argv>` once: its exit code and what this run alone wrote. */
export async function runCaptured(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const spy = spyOnOutput();
  try {
    const code = await run(argv);
    return { code, out: spy.out(), err: spy.err() };
  } finally {
    spy.restore();
    process.exitCode = undefined;
  }
}
