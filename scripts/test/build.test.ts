/**
 * The built CLI as a user gets it: `pnpm build`, `npm pack` of packages/cli, `npm install -g` of
 * the tarball into an empty prefix with npm offline (so nothing may come from the workspace or the
 * registry), then the installed `ecolens` runs: help, analyse --json (the same numbers as the
 * sources), report (the prebuilt viewer), start (the bundled example) and a bad input (one line,
 * no stack trace). Slow-ish (about 10 s): one build, one pack, one install for the whole file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "packages/cli");
const WESTHOEK = join(ROOT, "data/examples/westhoek");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function sh(cmd: string, args: string[], cwd = ROOT) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

function must(cmd: string, args: string[], cwd = ROOT): string {
  const r = sh(cmd, args, cwd);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.code}):\n${r.err}\n${r.out}`);
  return r.out;
}

let tmp = "";
let prefix = "";
let ecolens = "";
let installed = "";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ecolens-build-"));
  prefix = join(tmp, "prefix");
  must(TSX, [join(CLI, "build.ts")]);
  must("npm", ["pack", "--ignore-scripts", "--pack-destination", tmp], CLI);
  const tarball = readdirSync(tmp).find((f) => /^ecolens-.*\.tgz$/.test(f));
  if (!tarball) throw new Error(`npm pack wrote no ecolens-*.tgz in ${tmp}`);
  must(
    "npm",
    ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(tmp, tarball)],
    tmp,
  );
  ecolens = join(prefix, "bin", "ecolens");
  installed = join(prefix, "lib/node_modules/@ecolens/cli");
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Runs the installed command from the temp folder, with a PATH that holds only node's folder. */
function ecolensRun(args: string[]) {
  const r = spawnSync(ecolens, args, {
    cwd: tmp,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: `${join(prefix, "bin")}:${process.execPath.replace(/\/node$/, "")}`,
      LANG: "C",
      ECOLENS_CACHE_DIR: join(tmp, "cache"),
    },
  });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

describe("the packed CLI", () => {
  it("installs as plain JavaScript with no dependencies and no TypeScript loader", () => {
    expect(existsSync(ecolens)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.engines.node).toMatch(/^>=20/);
    expect(existsSync(join(installed, "node_modules"))).toBe(false);
    expect(readdirSync(join(installed, "dist")).sort()).toEqual(
      ["LICENSE", "ecolens.mjs", "examples", "viewer.js", "worker.mjs"].sort(),
    );
    for (const file of ["bin/ecolens.mjs", "dist/ecolens.mjs", "dist/worker.mjs"]) {
      const text = readFileSync(join(installed, file), "utf8");
      expect(text, file).not.toMatch(/(from\s*|import\(\s*|require\(\s*)["'][^"']*\.ts["']/);
      expect(text, file).not.toMatch(/(from\s*|import\(\s*|require\(\s*)["'](tsx|esbuild)(\/[^"']*)?["']/);
    }
  });

  it("prints its help", () => {
    const r = ecolensRun(["--help"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    for (const command of ["validate", "analyse", "gaps", "report", "start", "diff", "paths"])
      expect(r.out).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("analyses the Westhoek example with the same numbers as the sources", () => {
    const built = ecolensRun(["analyse", WESTHOEK, "--json"]);
    expect(built.code, built.err).toBe(0);
    const fromSource = must(TSX, [join(CLI, "src/main.ts"), "analyse", WESTHOEK, "--json"], tmp);
    const json = JSON.parse(built.out);
    expect(json).toEqual(JSON.parse(fromSource));
    expect(built.out).toContain('"density"');
  });

  it("writes a report with the prebuilt viewer, the same file as the sources write", () => {
    const out = join(tmp, "westhoek.html");
    const r = ecolensRun(["report", WESTHOEK, "-o", out]);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, "utf8");
    const viewer = readFileSync(join(installed, "dist/viewer.js"), "utf8").trim();
    expect(viewer.length).toBeGreaterThan(50_000);
    const fromSource = join(tmp, "westhoek-source.html");
    must(TSX, [join(CLI, "src/main.ts"), "report", WESTHOEK, "-o", fromSource], tmp);
    expect(html === readFileSync(fromSource, "utf8")).toBe(true);
    // The built CLI cached the layout; a second report reads it back and is the same file.
    expect(readdirSync(join(tmp, "cache/layout"))).toHaveLength(1);
    const again = join(tmp, "westhoek-again.html");
    expect(ecolensRun(["report", WESTHOEK, "-o", again]).code).toBe(0);
    expect(readFileSync(again, "utf8") === html).toBe(true);
  });

  it("runs `start` outside the repository from the bundled example, writing under the current folder", () => {
    const r = ecolensRun(["start"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Westhoek/);
    expect(existsSync(join(tmp, "out/report-westhoek.html"))).toBe(true);
  });

  it("starts its bundled worker threads: the same betweenness on two threads as on one", () => {
    // 3,000 organisations and 12,000 ties: enough estimated work for run-parallel to start workers.
    const edges = join(tmp, "edges.csv");
    let seed = 17;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const rows = ["source,target"];
    for (let i = 0; i < 12_000; i++) rows.push(`o${next() % 3000},o${next() % 3000}`);
    writeFileSync(edges, `${rows.join("\n")}\n`);
    const args = ["analyse", "--edges", edges, "--json", "--metrics", "betweenness", "--threads"];
    const one = ecolensRun([...args, "1"]);
    const two = ecolensRun([...args, "2"]);
    expect(two.code, two.err).toBe(0);
    expect(one.code, one.err).toBe(0);
    const values = (out: string) => JSON.parse(out).nodes as Record<string, { betweenness: number }>;
    expect(Object.keys(values(two.out)).length).toBeGreaterThan(2900);
    expect(values(two.out)).toEqual(values(one.out));
    const probe = spawnSync(
      process.execPath,
      [
        "-e",
        `const { Worker } = require("node:worker_threads");
         const w = new Worker(process.argv[1]);
         w.once("message", (m) => { console.log(JSON.stringify(m)); w.terminate(); });
         w.postMessage({ type: "chunk", chunk: 0, from: 0, to: 0 });`,
        join(installed, "dist/worker.mjs"),
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(probe.stdout)).toEqual({ type: "error", message: "worker: chunk before init" });
  });

  it("answers bad input with one line and no stack trace", () => {
    const r = ecolensRun(["analyse", join(tmp, "no-such-folder"), "--lang", "en"]);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^ecolens: .*no-such-folder/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
