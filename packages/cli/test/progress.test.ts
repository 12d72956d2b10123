/**
 * Progress on stderr: redrawn on a terminal, one line per long step in a log, silent with --quiet
 * or --json to a pipe, nothing for quick runs; the text says step, share and time left (nl/en).
 * The clock is injected, so no test waits.
 */
import { describe, expect, it } from "vitest";
import { createProgress, type ProgressOptions, progressMode, progressText } from "../src/shared/progress.ts";

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (s: string) => chunks.push(s) > 0 } };
}

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function setup(isTTY: boolean, extra: ProgressOptions = {}) {
  const { chunks, stream } = fakeStream(isTTY);
  const c = clock();
  const progress = createProgress({ stream, now: c.now, env: {}, stdoutIsTTY: true, ...extra });
  return { chunks, progress, ...c };
}

describe("progressMode", () => {
  it("redraws on a terminal, writes lines elsewhere and in CI, and is silent when asked", () => {
    const tty = { isTTY: true, write: () => true };
    const pipe = { isTTY: false, write: () => true };
    expect(progressMode({ stream: tty, env: {} })).toBe("terminal");
    expect(progressMode({ stream: pipe, env: {} })).toBe("lines");
    expect(progressMode({ stream: tty, env: { CI: "true" } })).toBe("lines");
    expect(progressMode({ stream: tty, env: {}, quiet: true })).toBe("off");
    expect(progressMode({ stream: tty, env: {}, json: true, stdoutIsTTY: false })).toBe("off");
    expect(progressMode({ stream: tty, env: {}, json: true, stdoutIsTTY: true })).toBe("terminal");
  });
});

describe("progressText", () => {
  it("names the step, the share done and the time left, in the user's language", () => {
    expect(progressText("betweenness", "en", 400, 1000, 12.2)).toBe("betweenness 40% (about 13 s left)");
    expect(progressText("betweenness", "nl", 400, 1000, 12.2)).toBe("tussenpositie 40% (nog ongeveer 13 s)");
    expect(progressText("distances", "en", 1, 4, 150)).toBe("distances 25% (about 2 min 30 s left)");
    expect(progressText("laying out the map", "en")).toBe("laying out the map");
    expect(progressText("betweenness", "en", 5, 1000, null)).toBe("betweenness 0%");
  });
});

describe("createProgress", () => {
  it("prints nothing for a quick run, whatever the stream", () => {
    for (const tty of [true, false]) {
      const { chunks, progress, advance } = setup(tty);
      progress.step("betweenness", 100);
      advance(200);
      progress.tick(100);
      progress.step("groups");
      advance(100);
      progress.done();
      expect(chunks).toEqual([]);
    }
  });

  it("redraws one line on a terminal with share and time left, and wipes it at the end", () => {
    const { chunks, progress, advance } = setup(true);
    progress.step("betweenness", 1000);
    advance(1000);
    progress.tick(250);
    advance(1000);
    progress.tick(500);
    progress.done();
    expect(chunks[0]).toBe("\r… betweenness 25% (about 3 s left)");
    expect(chunks[1]).toMatch(/^\r… betweenness 50% \(about 2 s left\)/);
    expect(chunks.at(-1)).toMatch(/^\r +\r$/);
    expect(chunks.join("")).not.toContain("\n");
  });

  it("in a log, waits a little for a first share before writing a step's line at 0%", () => {
    const { chunks, progress, advance } = setup(false);
    progress.step("betweenness", 100);
    advance(800);
    progress.tick(0);
    expect(chunks).toEqual([]);
    advance(800);
    progress.tick(3);
    expect(chunks).toEqual(["ecolens: betweenness 3% (about 52 s left) …\n"]);
    const slow = setup(false);
    slow.progress.step("distances", 100);
    slow.advance(2200);
    slow.progress.tick(0);
    expect(slow.chunks).toEqual(["ecolens: distances 0% …\n"]);
  });

  it("takes a new total during a step (a sample instead of every vertex)", () => {
    const { chunks, progress, advance } = setup(false);
    progress.step("betweenness", 25_000);
    advance(1000);
    progress.tick(100, 500);
    expect(chunks).toEqual(["ecolens: betweenness 20% (about 4 s left) …\n"]);
  });

  it("on a terminal shows a new step at once, and no share for a one-unit step", () => {
    const { chunks, progress, advance } = setup(true);
    progress.step("betweenness", 100);
    advance(1000);
    progress.tick(50);
    advance(10);
    progress.step("local metrics", 1);
    expect(chunks.at(-1)).toMatch(/^\r… local metrics +$/);
  });

  it("writes one line per long step when stderr is not a terminal", () => {
    const { chunks, progress, advance } = setup(false, { lang: "nl" });
    progress.step("betweenness", 1000);
    advance(800);
    progress.tick(100);
    advance(800);
    progress.tick(900);
    progress.step("kaart schikken");
    advance(2500);
    progress.step("groups");
    advance(10);
    progress.done();
    expect(chunks).toHaveLength(2);
    expect(chunks[0]).toBe("ecolens: tussenpositie 10% (nog ongeveer 8 s) …\n");
    expect(chunks[1]).toMatch(/^ecolens: kaart schikken: 2[,.]5 s\n$/);
  });

  it("is silent with --quiet and with --json to a pipe, however long the run", () => {
    for (const extra of [{ quiet: true }, { json: true, stdoutIsTTY: false }]) {
      for (const tty of [true, false]) {
        const { chunks, progress, advance } = setup(tty, extra);
        progress.step("betweenness", 10);
        advance(60_000);
        progress.tick(5);
        progress.step("groups");
        advance(60_000);
        progress.done();
        expect(chunks).toEqual([]);
      }
    }
  });
});
