/**
 * shared/terminal-text.ts: control, C1 and bidi characters reach a terminal only as visible
 * `\uXXXX`; JSON keeps its meaning; XML gets character references; the guard covers every write
 * to stdout and stderr during a command and is removed afterwards.
 */
import { describe, expect, it } from "vitest";
import {
  guardStreams,
  hasUnsafeTerminalText,
  terminalSafe,
  writeControl,
  xmlTerminalSafe,
} from "../src/shared/terminal-text.ts";
import { spyOnOutput } from "./helpers/capture.ts";

const HOSTILE = [
  "\u001b]0;pwned\u0007",
  "\u001b[2J\u001b[H",
  "\u0000",
  "a\rb",
  "\u009b31m",
  "\u202eevil\u202c",
  "\u2066iso\u2069",
  "\u200f",
  "\u0008",
  "\u007f",
];
const RAW =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("terminalSafe", () => {
  it("makes every control and bidi character visible and keeps newline, tab and ordinary text", () => {
    for (const h of HOSTILE) {
      const safe = terminalSafe(h);
      expect(safe, JSON.stringify(h)).not.toMatch(RAW);
      expect(safe).toMatch(/\\u[0-9a-f]{4}/);
      expect(hasUnsafeTerminalText(h)).toBe(true);
    }
    expect(terminalSafe("\u001b[2J")).toBe("\\u001b[2J");
    expect(terminalSafe("\u202e")).toBe("\\u202e");
    expect(terminalSafe("Bibliothèque «Ieper»\n\tlijn 2 — ✓")).toBe("Bibliothèque «Ieper»\n\tlijn 2 — ✓");
    expect(hasUnsafeTerminalText("plain text\n")).toBe(false);
  });

  it("leaves JSON valid and with the same content", () => {
    const value = { names: HOSTILE, nested: { "\u202ekey": "x\u0085y" } };
    const safe = terminalSafe(JSON.stringify(value, null, 2));
    expect(safe).not.toMatch(RAW);
    expect(JSON.parse(safe)).toEqual(value);
  });

  it("gives XML character references for bidi and C1 characters", () => {
    const xml = '<node label="a\u202eb\u0085c"/>';
    const safe = xmlTerminalSafe(xml);
    expect(safe).toBe('<node label="a&#x202E;b&#x0085;c"/>');
    expect(safe).not.toMatch(RAW);
  });
});

describe("guardStreams", () => {
  it("every string written to stdout or stderr passes through terminalSafe, until undone", () => {
    const spy = spyOnOutput();
    const undo = guardStreams();
    try {
      process.stdout.write(`name: ${HOSTILE.join(" ")}\n`);
      process.stderr.write("ecolens: \u001b]0;title\u0007\n");
      // ecolens' own progress line may still move the cursor back.
      writeControl(process.stderr, "\r");
    } finally {
      undo();
    }
    process.stdout.write("\u001b[after]");
    spy.restore();
    expect(spy.out().replace("\u001b[after]", "")).not.toMatch(RAW);
    expect(spy.out()).toContain("\\u001b]0;pwned\\u0007");
    expect(spy.err()).toBe("ecolens: \\u001b]0;title\\u0007\n\r");
    // After undo the stream is the plain one again.
    expect(spy.out()).toContain("\u001b[after]");
  });
});
