/**
 * Progress for long work, always on stderr, so stdout (JSON, CSV, tables) stays clean:
 *
 * - a terminal: one line redrawn in place (step, share done, time left), once the run has
 *   lasted `delayMs`, wiped at the end;
 * - not a terminal (a log, CI): one line per step that lasts `delayMs`: while it runs when it
 *   reports progress (share done, time left), else when it ends (with its time);
 * - nothing with `--quiet`, or with `--json` when stdout is not a terminal (a pipe or a file).
 *
 * Quick runs print nothing at all. Step ids from analysis ("betweenness", "distances") are shown
 * in the user's language; other labels are passed in already translated.
 */
import { createEta } from "@ecolens/analysis";
import type { Lang } from "@ecolens/core";
import { formatNumber } from "../messages/format.ts";
import { type MessageCode, msg } from "../messages/index.ts";
import { writeControl } from "./terminal-text.ts";

export interface Progress {
  /** Start a named step; `total` enables a percentage. */
  step(label: string, total?: number): void;
  /** Work done in the current step; `total` when it changed since the step began. */
  tick(done: number, total?: number): void;
  done(): void;
}

export type ProgressMode = "terminal" | "lines" | "off";

export interface ProgressOptions {
  /** Where progress goes (default process.stderr). */
  stream?: Pick<NodeJS.WriteStream, "write"> & { isTTY?: boolean };
  /** `--quiet`: no progress at all. */
  quiet?: boolean;
  /** `--json`: silent unless stdout is a terminal too. */
  json?: boolean;
  /** Whether stdout is a terminal (default process.stdout.isTTY). */
  stdoutIsTTY?: boolean;
  lang?: Lang;
  /** Milliseconds a step runs before it is shown (default 700). */
  delayMs?: number;
  /** Clock in milliseconds (tests). */
  now?: () => number;
  /** CI=true: lines, never a redrawn line. */
  env?: Record<string, string | undefined>;
}

export function progressMode(options: ProgressOptions = {}): ProgressMode {
  const stream = options.stream ?? process.stderr;
  const stdoutIsTTY = options.stdoutIsTTY ?? Boolean(process.stdout.isTTY);
  if (options.quiet || (options.json && !stdoutIsTTY)) return "off";
  const env = options.env ?? process.env;
  return stream.isTTY && env.CI !== "true" ? "terminal" : "lines";
}

/** The analysis step ids and their message; other labels are shown as given (already in the user's language). */
const STEPS: Record<string, MessageCode> = {
  betweenness: "progress.betweenness",
  "betweenness and distances": "progress.betweenness_distances",
  distances: "progress.distances",
  "distances (out)": "progress.distances_out",
  "distances (undirected)": "progress.distances_undirected",
  "local metrics": "progress.local_metrics",
  groups: "progress.groups",
};

export function stepName(label: string, lang: Lang): string {
  return Object.hasOwn(STEPS, label) ? msg(STEPS[label], lang) : label;
}

/** "betweenness 40% (about 12 s left)" / "tussenpositie 40% (nog ongeveer 12 s)". */
export function progressText(
  label: string,
  lang: Lang,
  done?: number,
  total?: number,
  secondsLeft?: number | null,
): string {
  let text = stepName(label, lang);
  // A step of one unit ("local metrics") has no share worth showing.
  if (total && total > 1 && done !== undefined) {
    text += ` ${Math.floor((Math.min(done, total) / total) * 100)}%`;
    if (secondsLeft !== null && secondsLeft !== undefined && done < total) {
      const left = formatSeconds(secondsLeft);
      text += msg("progress.left", lang, { value: left });
    }
  }
  return text;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.max(1, Math.ceil(s))} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, "0")} s`;
}

export function createProgress(options: ProgressOptions = {}): Progress {
  const mode = progressMode(options);
  const stream = options.stream ?? process.stderr;
  const lang = options.lang ?? "en";
  const delayMs = options.delayMs ?? 700;
  const now = options.now ?? (() => performance.now());
  const runStart = now();
  let label = "";
  let total = 0;
  let stepStart = runStart;
  let eta = createEta(() => now() / 1000);
  let shownStep = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let width = 0;
  const write = (text: string) => writeControl(stream as NodeJS.WriteStream, text);
  /** Lines: a step is shown once it has run delayMs; terminal: once the run has. */
  const draw = (done?: number, newStep = false) => {
    if (mode === "off" || label === "") return;
    const t = now();
    if (t - (mode === "lines" ? stepStart : runStart) < delayMs) return;
    const left = done !== undefined && total > 0 ? eta.update(done, total) : null;
    const text = progressText(label, lang, done, total, left);
    if (mode === "lines") {
      // One line only: wait a little for a first share of the work, which says more than 0%.
      if (total > 0 && !done && t - stepStart < 3 * delayMs) return;
      if (!shownStep) write(`ecolens: ${text} …\n`);
      shownStep = true;
      return;
    }
    if (t - lastDraw < 100 && !newStep) return;
    lastDraw = t;
    const line = `… ${text}`;
    write(`\r${line.padEnd(width)}`);
    width = Math.max(width, line.length);
  };
  /** Lines: a long step that reported no progress gets its line when it ends, with its time. */
  const close = () => {
    if (mode !== "lines" || label === "" || shownStep) return;
    const seconds = (now() - stepStart) / 1000;
    if (seconds * 1000 >= delayMs)
      write(`ecolens: ${stepName(label, lang)}: ${formatNumber(seconds, lang, 1)} s\n`);
  };
  return {
    step(next, nextTotal = 0) {
      close();
      label = next;
      total = nextTotal;
      stepStart = now();
      eta = createEta(() => now() / 1000);
      shownStep = false;
      draw(0, true);
    },
    tick(done, nextTotal) {
      if (nextTotal !== undefined) total = nextTotal;
      draw(done);
    },
    done() {
      close();
      if (mode === "terminal" && width > 0) write(`\r${" ".repeat(width)}\r`);
      width = 0;
      label = "";
    },
  };
}
