/**
 * Every output goes through shared/safe-write.ts: inputs are never overwritten, an existing file
 * needs --force (unless it is an earlier ecolens report or GEXF), each file-system error is one
 * line with the path and the documented exit code, and a failure at any point (a full disk, a
 * read-only disk, no permission, a failed rename) leaves the earlier output as it was and no
 * temporary file behind. Faults are injected (tests run as root, where chmod blocks nothing).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT_FILE_SYSTEM } from "../src/shared/fs-errors.ts";
import { type FsLayer, realFsLayer, replaceFsLayer } from "../src/shared/fs-layer.ts";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const dir = tempDir("ecolens-safe-write-");
const ORGS = [
  "org_id;naam;type;gemeente",
  "school;Basisschool De Vlinder;basisschool;Ieper",
  "club;Volley Ieper;sportclub;Ieper",
  "bib;Bibliotheek Ieper;bibliotheek;Poperinge",
];
const TIES = ["van;naar;type;niveau", "school;club;gezamenlijke_activiteit;2", "bib;club;doorverwijzing;1"];
const inv = writeFiles(join(dir, "inv"), { "organisaties.csv": ORGS, "relaties.csv": TIES });
const inv2 = writeFiles(join(dir, "inv2"), { "organisaties.csv": ORGS, "relaties.csv": TIES.slice(0, 2) });

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
function hashes(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).map((f) => [f, hash(join(folder, f))]));
}
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.includes("ecolens-"));
const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe("outputs never overwrite an input", () => {
  const attempts: Array<[string, string[]]> = [
    ["report -o INV/organisaties.csv", ["report", inv, "-o", join(inv, "organisaties.csv")]],
    ["analyse --csv INV/relaties.csv", ["analyse", inv, "--csv", join(inv, "relaties.csv")]],
    ["gaps --csv INV", ["gaps", inv, "--csv", inv]],
    ["diff r1 r2 --csv r2", ["diff", inv2, inv, "--csv", inv]],
    [
      "export --to gexf -o INV/new.gexf (directly in the input folder)",
      ["export", inv, "--to", "gexf", "-o", join(inv, "new.gexf")],
    ],
    ["export --to csv -o INV", ["export", inv, "--to", "csv", "-o", inv]],
    [
      "report --force -o INV/organisaties.csv",
      ["report", inv, "--force", "-o", join(inv, "organisaties.csv")],
    ],
  ];
  for (const [name, argv] of attempts)
    it(`refuses ${name} with a usage error, inputs unchanged`, async () => {
      const before = hashes(inv);
      const r = await runCaptured([...argv, "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^ecolens: '.*' (is an input of this command|is inside the input folder)/);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(hashes(inv)).toEqual(before);
    });

  it("sees through symbolic and hard links to an input file", async () => {
    const soft = join(dir, "soft.csv");
    const hard = join(dir, "hard.csv");
    symlinkSync(join(inv, "relaties.csv"), soft);
    linkSync(join(inv, "organisaties.csv"), hard);
    const before = hashes(inv);
    for (const target of [soft, hard]) {
      const r = await runCaptured(["analyse", inv, "--csv", target, "--force", "--lang", "nl"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("is een invoer van dit commando");
    }
    expect(hashes(inv)).toEqual(before);
  });

  it("refuses an input given through --nodes/--edges", async () => {
    const edges = join(dir, "edges.csv");
    writeFileSync(edges, "source,target\na,b\n");
    const before = hash(edges);
    const r = await runCaptured(["analyse", "--edges", edges, "--csv", edges, "--force"]);
    expect(r.code).toBe(2);
    expect(hash(edges)).toBe(before);
  });
});

describe("the overwrite rule", () => {
  it("an existing file needs --force; an earlier ecolens report or GEXF is replaced", async () => {
    const mine = join(dir, "mine.csv");
    writeFileSync(mine, "my own notes\n");
    let r = await runCaptured(["analyse", inv, "--csv", mine, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("already exists (without --force ecolens replaces only a report or GEXF file");
    expect(readFileSync(mine, "utf8")).toBe("my own notes\n");
    r = await runCaptured(["analyse", inv, "--csv", mine, "--force"]);
    expect(r.code).toBe(0);
    expect(readFileSync(mine, "utf8")).toContain("school");

    const report = join(dir, "again.html");
    expect((await runCaptured(["report", inv, "-o", report])).code).toBe(0);
    expect((await runCaptured(["report", inv, "-o", report, "--title", "Second"])).code).toBe(0);
    expect(readFileSync(report, "utf8")).toContain("Second");
    const gexf = join(dir, "again.gexf");
    expect((await runCaptured(["export", inv, "--to", "gexf", "-o", gexf])).code).toBe(0);
    expect((await runCaptured(["export", inv2, "--to", "gexf", "-o", gexf])).code).toBe(0);
    // A GraphML carries no ecolens mark: replacing it needs --force.
    const graphml = join(dir, "again.graphml");
    expect((await runCaptured(["export", inv, "--to", "graphml", "-o", graphml])).code).toBe(0);
    expect((await runCaptured(["export", inv, "--to", "graphml", "-o", graphml])).code).toBe(2);
    expect(leftovers(dir)).toEqual([]);
  });

  it("never replaces a device, pipe or socket, even with --force (-o /dev/null as root would replace it)", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const devNull = join(dir, "null-link");
    symlinkSync("/dev/null", devNull);
    for (const target of [fifo, devNull]) {
      const r = await runCaptured(["export", inv, "--to", "gexf", "-o", target, "--force", "--lang", "en"]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^ecolens: '.*' is not a regular file \(a device, pipe or socket\)/);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(devNull).isSymbolicLink()).toBe(true);
    expect(statSync(devNull).isCharacterDevice()).toBe(true);
    const nl = await runCaptured(["report", inv, "-o", fifo, "--lang", "nl"]);
    expect(nl.err).toContain("is geen gewoon bestand");
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("file-system errors are one line with the path and what to do", () => {
  const cases: Array<[string, () => string[], RegExp, number]> = [
    ["an existing folder as -o", () => ["report", inv, "-o", dir], /is a folder: give a file name/, 2],
    [
      "a file in the middle of the path",
      () => ["report", inv, "-o", join(inv, "organisaties.csv", "r.html")],
      /is (a file, not a folder|an input)/,
      2,
    ],
    [
      "a file as --csv folder",
      () => ["gaps", inv, "--csv", join(dir, "mine.csv")],
      /is a file; the tables need a folder/,
      2,
    ],
  ];
  for (const [name, argv, message, code] of cases)
    it(name, async () => {
      const r = await runCaptured([...argv(), "--lang", "en"]);
      expect(r.code).toBe(code);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/internal error/);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    });

  const faults: Array<[string, Partial<FsLayer>, RegExp, string]> = [
    [
      "disk full (ENOSPC) after the first chunk",
      {
        writeSync: (fd, data, offset, length) => {
          if (offset > 0 || length < data.length) throw fsError("ENOSPC");
          return realFsLayer.writeSync(fd, data, offset, Math.max(1, length >> 1));
        },
      },
      /the disk is full while writing '.*': free up space/,
      "nl: de schijf is vol",
    ],
    [
      "read-only file system (EROFS)",
      {
        openSync: () => {
          throw fsError("EROFS");
        },
      },
      /is on a read-only file system/,
      "nl: alleen-lezen",
    ],
    [
      "no permission (EACCES)",
      {
        openSync: () => {
          throw fsError("EACCES");
        },
      },
      /no permission to write/,
      "nl: geen toestemming",
    ],
    [
      "fsync fails (EIO)",
      {
        fsyncSync: () => {
          throw fsError("EIO");
        },
      },
      /could not write '.*' \(EIO\)/,
      "nl: kon",
    ],
  ];
  for (const [name, layer, message] of faults)
    it(`${name}: the earlier report and GEXF stay intact, no temporary file remains`, async () => {
      const folder = join(dir, `fault-${name.split(" ")[0]}`);
      mkdirSync(folder, { recursive: true });
      const report = join(folder, "r.html");
      const gexf = join(folder, "n.gexf");
      expect((await runCaptured(["report", inv2, "-o", report])).code).toBe(0);
      expect((await runCaptured(["export", inv2, "--to", "gexf", "-o", gexf])).code).toBe(0);
      const before = hashes(folder);
      restore = replaceFsLayer(layer);
      for (const argv of [
        ["report", inv, "-o", report],
        ["export", inv, "--to", "gexf", "-o", gexf],
      ]) {
        const r = await runCaptured([...argv, "--lang", "en"]);
        expect(r.code).toBe(EXIT_FILE_SYSTEM);
        expect(r.err).toMatch(message);
        expect(r.err).toContain(argv[argv.length - 1]);
        expect(r.err).not.toMatch(/internal error|ecolens-tmp/);
      }
      restore();
      restore = undefined;
      expect(hashes(folder)).toEqual(before);
      expect(leftovers(folder)).toEqual([]);
    });

  it("messages in Dutch too", async () => {
    restore = replaceFsLayer(faults[0][1]);
    const r = await runCaptured(["export", inv, "--to", "gexf", "-o", join(dir, "nl.gexf"), "--lang", "nl"]);
    expect(r.code).toBe(EXIT_FILE_SYSTEM);
    expect(r.err).toMatch(/de schijf is vol bij het schrijven van '.*nl\.gexf'/);
    expect(existsSync(join(dir, "nl.gexf"))).toBe(false);
  });
});

describe("missing folders on the way to an output", () => {
  it("are made, and removed again when the write fails", async () => {
    const deep = join(dir, "made", "deeper", "x.gexf");
    expect((await runCaptured(["export", inv, "--to", "gexf", "-o", deep])).code).toBe(0);
    expect(existsSync(deep)).toBe(true);
    restore = replaceFsLayer({
      openSync: () => {
        throw fsError("ENOSPC");
      },
    });
    const never = join(dir, "never", "deeper", "x.gexf");
    const r = await runCaptured(["export", inv, "--to", "gexf", "-o", never, "--lang", "en"]);
    expect(r.code).toBe(EXIT_FILE_SYSTEM);
    expect(existsSync(join(dir, "never"))).toBe(false);
    const tables = join(dir, "never2", "tables");
    expect((await runCaptured(["gaps", inv, "--csv", tables])).code).toBe(EXIT_FILE_SYSTEM);
    expect(existsSync(join(dir, "never2"))).toBe(false);
  });

  it("a folder that cannot be made (a name over 255 bytes) removes the ones made before it", async () => {
    const tooDeep = join(dir, "first", "second", "c".repeat(300), "x.gexf");
    const r = await runCaptured(["export", inv, "--to", "gexf", "-o", tooDeep, "--lang", "en"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/is too long: choose a shorter one/);
    expect(existsSync(join(dir, "first"))).toBe(false);
  });
});

describe("an output file path ending in '/'", () => {
  it("is refused (it names a folder), the folder form of --csv still works", async () => {
    const r = await runCaptured([
      "export",
      inv,
      "--to",
      "gexf",
      "-o",
      `${join(dir, "slash.gexf")}/`,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ecolens: '.*slash\.gexf\/' ends in '\/', so it names a folder/);
    expect(existsSync(join(dir, "slash.gexf"))).toBe(false);
    const tables = `${join(dir, "slash-tables")}/`;
    expect((await runCaptured(["export", inv, "--to", "csv", "-o", tables])).code).toBe(0);
    expect(existsSync(join(dir, "slash-tables", "nodes.csv"))).toBe(true);
  });
});

describe("a long but valid file name", () => {
  it("is written: the temporary name next to it is shortened to fit the 255 bytes", async () => {
    const name = `${"é".repeat(120)}.gexf`; // 245 bytes
    const r = await runCaptured(["export", inv, "--to", "gexf", "-o", join(dir, name)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, name), "utf8")).toContain("<gexf");
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("a folder of tables appears whole or not at all", () => {
  it("a new folder: a full disk on the second table leaves no folder at all", async () => {
    let files = 0;
    restore = replaceFsLayer({
      openSync: (path, flags, mode) => {
        files += 1;
        if (files === 2) throw fsError("ENOSPC");
        return realFsLayer.openSync(path, flags, mode);
      },
    });
    const out = join(dir, "tables-new");
    const r = await runCaptured(["export", inv, "--to", "csv", "-o", out, "--lang", "en"]);
    expect(r.code).toBe(EXIT_FILE_SYSTEM);
    expect(r.err).toContain("tables-new");
    expect(existsSync(out)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("an existing folder: a failed rename of the second table puts the first one back", async () => {
    const out = join(dir, "tables-old");
    expect((await runCaptured(["export", inv2, "--to", "csv", "-o", out])).code).toBe(0);
    const before = hashes(out);
    let renames = 0;
    restore = replaceFsLayer({
      renameSync: (from, to) => {
        renames += 1;
        // rename 1: nodes.csv -> backup, 2: temp -> nodes.csv, 3: edges.csv -> backup, 4: fails.
        if (renames === 4) throw fsError("EIO");
        realFsLayer.renameSync(from, to);
      },
    });
    const r = await runCaptured(["export", inv, "--to", "csv", "-o", out, "--force", "--lang", "en"]);
    expect(r.code).toBe(EXIT_FILE_SYSTEM);
    expect(renames).toBeGreaterThanOrEqual(4);
    restore();
    restore = undefined;
    expect(hashes(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    // Without a fault, --force replaces both tables.
    expect((await runCaptured(["export", inv, "--to", "csv", "-o", out, "--force"])).code).toBe(0);
    expect(hashes(out)).not.toEqual(before);
  });
});
