/**
 * One exit-code rule for every command (docs/cli.md): 0 ok; 1 the input has errors (rows were
 * rejected: the command still does its work on what could be read and says so in one line on
 * stderr); 2 usage error (unknown option, bad or unknown value); 130 interrupted (interrupt.test.ts).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";

const OK = "data/examples/westhoek";
const MESSY = "data/examples/messy";
const out = mkdtempSync(join(tmpdir(), "ecolens-exit-"));

/** Every command that reads an inventory, with what it needs besides the input. */
const COMMANDS: Record<string, (input: string) => string[]> = {
  validate: (i) => ["validate", i],
  analyse: (i) => ["analyse", i, "--metrics", "density"],
  gaps: (i) => ["gaps", i, "--top", "1"],
  paths: (i) => ["paths", i, "--theme", "natuur"],
  export: (i) => ["export", i, "--to", "gexf", "-o", join(out, `${i.split("/").pop()}.gexf`), "--force"],
  diff: (i) => ["diff", i, OK],
  report: (i) => ["report", i, "-o", join(out, `${i.split("/").pop()}.html`), "--force"],
};

describe.each(Object.keys(COMMANDS))("ecolens %s", (name) => {
  const argv = COMMANDS[name];
  it("exits 0 on a clean inventory, with nothing on stderr about rejected rows", async () => {
    const r = await runCaptured([...argv(OK), "--lang", "en"]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/rejected/);
  }, 60_000);

  it("exits 1 on an inventory with rejected rows, and says so in one line on stderr", async () => {
    const r = await runCaptured([...argv(MESSY), "--lang", "nl"]);
    expect(r.code).toBe(1);
    if (name === "validate") expect(r.out).toContain("Resultaat: er zijn fouten");
    else {
      const lines = r.err.split("\n").filter((l) => l.includes("geweigerd"));
      expect(lines).toEqual([
        "ecolens: 8 rijen zijn geweigerd en ontbreken in de analyse: zie 'ecolens validate data/examples/messy'",
      ]);
      // The work is still done on what could be read.
      expect(r.out.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it("exits 2 on a usage error: an unknown option", async () => {
    const r = await runCaptured([...argv(OK), "--no-such-option"]);
    expect(r.code).toBe(2);
  });
});

describe("an unknown vocabulary value is a usage error (exit 2) for every scope option", () => {
  for (const [cmd, option, value] of [
    ["analyse", "--sector", "onderwijsje"],
    ["gaps", "--relation-type", "vriendschap"],
    ["report", "--type", "kasteel"],
    ["analyse", "--municipality", "Atlantis"],
    ["paths", "--barrier", "heimwee"],
    ["paths", "--target-group", "marsmannen"],
  ] as const)
    it(`${cmd} ${option} ${value}`, async () => {
      const extra = cmd === "paths" ? ["--theme", "natuur"] : [];
      const r = await runCaptured(
        [cmd, OK, ...extra, option, value, "-o", join(out, "never.html")].filter(
          (a, i, all) => cmd === "report" || (a !== "-o" && all[i - 1] !== "-o"),
        ),
      );
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(value);
    });
});
