/**
 * Child processes: `kill -9` while `export` writes a big GEXF (and while `report` writes its page)
 * leaves the earlier output byte for byte; a closed stdout (`ecolens ... | head`) ends the command
 * quietly, without a stack trace.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/fixtures.ts";

const CLI = fileURLToPath(new URL("./", import.meta.url));
const MAIN = join(CLI, "..", "src", "main.ts");
const WESTHOEK = fileURLToPath(new URL("../../../data/examples/westhoek", import.meta.url));
const dir = tempDir("ecolens-kill-");

function ecolens(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: join(CLI, ".."),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ECOLENS_LANG: "en" },
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; err: string }> {
  let err = "";
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, err })));
}

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A large edge list: 80,000 ties among 20,000 nodes (a GraphML of some 15 MB). */
function bigEdges(): string {
  const path = join(dir, "big.csv");
  const rows = ["source,target,weight"];
  for (let i = 0; i < 80_000; i++)
    rows.push(`n${(i * 7919) % 20_000},n${(i * 104_729 + 1) % 20_000},${1 + (i % 5)}`);
  writeFileSync(path, rows.join("\n"));
  return path;
}

/** Runs `args`, kills the process with SIGKILL as soon as its temporary file appears. */
async function killWhileWriting(args: string[], folder: string): Promise<boolean> {
  const child = ecolens(args);
  const done = finished(child);
  let killed = false;
  const watcher = watch(folder, (_event, name) => {
    if (!killed && name && String(name).includes("ecolens-tmp")) {
      killed = true;
      child.kill("SIGKILL");
    }
  });
  const result = await done;
  watcher.close();
  return killed && result.signal === "SIGKILL";
}

describe("kill -9 mid-write", () => {
  it("export: the earlier GEXF is intact after every kill (and a temporary file shows the kill hit the write)", async () => {
    const edges = bigEdges();
    const out = join(dir, "big.gexf");
    const first = await finished(ecolens(["export", "--edges", edges, "--to", "gexf", "-o", out]));
    expect(first.code).toBe(0);
    const before = hash(out);
    const whole = join(dir, "whole.graphml");
    expect((await finished(ecolens(["export", "--edges", edges, "--to", "graphml", "-o", whole]))).code).toBe(
      0,
    );
    const after = hash(whole);
    let hitTheWrite = 0;
    for (let round = 0; round < 3 && hitTheWrite === 0; round++) {
      const killed = await killWhileWriting(
        ["export", "--edges", edges, "--to", "graphml", "-o", out, "--force"],
        dir,
      );
      const tempLeft = readdirSync(dir).some((f) => f.includes("ecolens-tmp"));
      // Never a truncated file: the earlier output byte for byte, or (a kill after the rename) the
      // whole new one; a temporary file left behind means the kill came mid-write.
      expect([before, after]).toContain(hash(out));
      if (killed && tempLeft) {
        hitTheWrite += 1;
        expect(hash(out)).toBe(before);
      }
    }
    expect(hitTheWrite).toBeGreaterThan(0);
  }, 240_000);

  it("report: the earlier report is intact", async () => {
    const out = join(dir, "westhoek.html");
    const first = await finished(ecolens(["report", WESTHOEK, "-o", out]));
    expect(first.code).toBe(0);
    const before = hash(out);
    const whole = join(dir, "whole.html");
    expect((await finished(ecolens(["report", WESTHOEK, "-o", whole, "--title", "Second"]))).code).toBe(0);
    const killed = await killWhileWriting(["report", WESTHOEK, "-o", out, "--title", "Second"], dir);
    expect(killed).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect([before, hash(whole)]).toContain(hash(out));
  }, 240_000);
});

describe("a closed stdout", () => {
  for (const args of [
    ["export", WESTHOEK, "--to", "gexf"],
    ["validate", WESTHOEK, "--json"],
  ])
    it(`${args.slice(0, 1)} ... | head: ends quietly with its normal exit code`, async () => {
      const child = ecolens(args);
      const done = finished(child);
      // Read the first chunk, then close the pipe as `head -1` would.
      await new Promise<void>((resolve) =>
        child.stdout?.once("data", () => {
          child.stdout?.destroy();
          resolve();
        }),
      );
      const result = await done;
      expect(result.signal).toBeNull();
      expect([0, 1]).toContain(result.code);
      expect(result.err).not.toMatch(/EPIPE|Error|\n\s+at /);
    }, 120_000);
});
