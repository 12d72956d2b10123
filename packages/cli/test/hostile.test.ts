/**
 * The hostile-input suite (issue 21): generated cases for each class run through every command,
 * asserting the exit code, a one-line message where the command refuses, never "internal error",
 * no raw control or bidi character on the terminal, and every input file unchanged (hash before
 * and after). Classes: hostile names (escape sequences, bidi overrides, NUL, CR, C1), hostile paths
 * and option values, outputs aimed at inputs, degenerate networks (empty, one tie among many
 * isolates: a share that must not read 0%).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const RAW =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const dir = tempDir("ecolens-hostile-");

/** Names that would act on a terminal: title, clear screen, NUL, CR, C1 CSI, bidi overrides. */
const NAMES = [
  "Bib \u001b]0;pwned\u0007Ieper",
  "Club \u001b[2J\u001b[HVolley",
  "School\u0000NUL",
  "Jeugd\rhuis overwritten",
  "Chiro \u009b31m rood",
  "Museum \u202eneppam\u202c",
  "Academie \u2066isolaat\u2069",
];
const TYPES = ["bibliotheek", "sportclub", "basisschool", "jeugdhuis", "jeugdbeweging", "museum", "academie"];

function hostileInventory(name: string, tieCount: number): string {
  const orgs = NAMES.map((n, i) => `o${i};"${n}";${TYPES[i]};${i % 2 === 0 ? "Ieper" : "Poperinge"}`);
  const ties = NAMES.slice(0, tieCount).map(
    (_, i) => `o${i};o${(i + 1) % NAMES.length};gezamenlijke_activiteit;2`,
  );
  return writeFiles(join(dir, name), {
    "organisaties.csv": ["org_id;naam;type;gemeente", ...orgs],
    "relaties.csv": ["van;naar;type;niveau", ...ties],
    "drempels.csv": [
      "drempel_id;drempeltype;doelgroep;gemeente;status",
      "d\u001b[31m1;financieel;mensen_in_armoede;Ieper;gesignaleerd",
    ],
    "drempel_engagementen.csv": ["drempel_id;organisatie;engagement", "d\u001b[31m1;o0;financiering"],
  });
}

const inv = hostileInventory("hostile", NAMES.length);
const inv2 = hostileInventory("hostile-2", 4);
const out = writeFiles(join(dir, "out"), {});
/** The same names as graphology JSON, with escape sequences in the keys as well. */
const json = join(
  writeFiles(join(dir, "json"), {
    "net.json": [
      JSON.stringify({
        options: { type: "undirected", multi: true },
        nodes: NAMES.map((n, i) => ({ key: `o${i}\u001b[1m`, attributes: { label: n, org_type: TYPES[i] } })),
        edges: NAMES.map((_, i) => ({
          source: `o${i}\u001b[1m`,
          target: `o${(i + 1) % NAMES.length}\u001b[1m`,
        })),
      }),
    ],
  }),
  "net.json",
);

function hashTree(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const f of readdirSync(folder)) {
    const p = join(folder, f);
    if (statSync(p).isFile()) result[f] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return result;
}

let before: Array<Record<string, string>> = [];
beforeAll(() => {
  before = [hashTree(inv), hashTree(inv2), hashTree(join(dir, "json"))];
});
afterAll(() => {
  // No command of this suite changed an input file.
  expect([hashTree(inv), hashTree(inv2), hashTree(join(dir, "json"))]).toEqual(before);
});

function expectSafe(r: { code: number; out: string; err: string }, codes: number[]) {
  expect(codes).toContain(r.code);
  expect(r.out).not.toMatch(RAW);
  expect(r.err).not.toMatch(RAW);
  expect(`${r.out}${r.err}`).not.toMatch(/internal error|interne fout|\n\s+at /);
}

describe("hostile names through every command", () => {
  const commands: Array<[string, () => string[]]> = [
    ["validate", () => ["validate", inv]],
    ["validate --json", () => ["validate", inv, "--json"]],
    ["analyse", () => ["analyse", inv]],
    ["analyse --json", () => ["analyse", inv, "--json"]],
    ["gaps", () => ["gaps", inv, "--top", "20"]],
    ["gaps --json", () => ["gaps", inv, "--json"]],
    ["paths --coverage", () => ["paths", inv, "--coverage"]],
    ["diff", () => ["diff", inv2, inv]],
    ["diff --json", () => ["diff", inv2, inv, "--json"]],
    ["export gexf to stdout", () => ["export", inv, "--to", "gexf"]],
    ["validate (JSON input)", () => ["validate", json]],
    ["analyse (JSON input)", () => ["analyse", json]],
    ["gaps (JSON input)", () => ["gaps", json]],
    ["export gexf to stdout (JSON input)", () => ["export", json, "--to", "gexf"]],
    ["diff (JSON against inventory)", () => ["diff", json, inv]],
    ["export graphml to stdout", () => ["export", inv, "--to", "graphml"]],
    ["export json to stdout", () => ["export", inv, "--to", "json"]],
    ["export csv (summary)", () => ["export", inv, "--to", "csv", "-o", join(out, "tables"), "--force"]],
    ["report (summary)", () => ["report", inv, "-o", join(out, "r.html")]],
  ];
  for (const lang of ["en", "nl"])
    for (const [name, argv] of commands)
      it(`${name} (${lang}): no raw control or bidi character reaches the terminal`, async () => {
        const r = await runCaptured([...argv(), "--lang", lang]);
        expectSafe(r, [0, 1]);
        if (name.endsWith("--json") || name === "export json to stdout") {
          // The JSON stays valid, and the names inside are the original ones.
          const text = JSON.stringify(JSON.parse(r.out));
          expect(text.includes("\\u001b") || text.includes("\u202e") || text.includes("pwned")).toBe(true);
        }
      }, 60_000);

  it("gaps names the organisations of its 'if X left' sentences without raw characters", async () => {
    for (const input of [inv, json])
      for (const lang of ["en", "nl"]) {
        const r = await runCaptured(["gaps", input, "--top", "20", "--lang", lang]);
        expectSafe(r, [0, 1]);
        const departures = r.out.split("\n").filter((l) => /^\d+\. (If|Als) /.test(l));
        if (input !== inv) continue;
        expect(departures.length).toBeGreaterThan(0);
        // The carriage return of "Jeugd\rhuis" is shown (\u000d) or was cleaned on import.
        expect(r.out).toMatch(/Jeugd(\\u000d)?huis/);
      }
  });
});

describe("hostile paths and option values", () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    [
      "a missing input with an escape in its name",
      ["validate", join(dir, "nope\u001b[2J")],
      2,
      /does not exist/,
    ],
    ["an escape in --top", ["gaps", inv, "--top", "\u001b[2J"], 2, /--top/],
    ["a bidi override in --lang", ["analyse", inv, "--lang", "\u202enl"], 2, /language|taal/],
    ["an escape in --theme", ["paths", inv, "--theme", "\u001b]0;x\u0007"], 2, /theme|thema/],
    [
      "an escape in an output path through a file",
      ["gaps", inv, "--csv", join(inv, "relaties.csv", "\u001b[2J")],
      2,
      /is a file, not a folder/,
    ],
    ["an input folder as --csv", ["gaps", inv, "--csv", inv], 2, /is an input/],
    ["an input file as -o", ["report", inv, "-o", join(inv, "relaties.csv")], 2, /is an input/],
    ["a folder as -o", ["report", inv, "-o", dir], 2, /is a folder/],
    ["a folder as --edges", ["analyse", "--edges", inv], 2, /hostile' is a folder, not a file/],
  ];
  for (const [name, argv, code, message] of cases)
    it(`${name}: exit ${code}, one line`, async () => {
      const r = await runCaptured([...argv, ...(argv.includes("--lang") ? [] : ["--lang", "en"])]);
      expectSafe(r, [code]);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    });
});

describe("a file with 200,000 unknown columns", () => {
  it("validate lists them all, no 'internal error' (the lines were spread into one call)", async () => {
    const wide = writeFiles(join(dir, "wide"), {
      "organisaties.csv": [
        ["org_id", "naam", ...Array.from({ length: 200_000 }, (_, i) => `c${i}`)].join(";"),
        "a;A",
      ],
    });
    const r = await runCaptured(["validate", wide, "--lang", "en"]);
    expectSafe(r, [0]);
    expect(r.out).toContain('Column "c199999" is not a known column');
  }, 30_000);
});

describe("degenerate networks", () => {
  it("one tie among 1,500 isolates: the largest part is not '0%'", async () => {
    const nodes = writeFiles(join(dir, "isolates"), {
      "nodes.csv": ["id,label", ...Array.from({ length: 1500 }, (_, i) => `n${i},N${i}`)],
      "edges.csv": ["source,target", "n0,n1"],
    });
    const r = await runCaptured([
      "analyse",
      "--nodes",
      join(nodes, "nodes.csv"),
      "--edges",
      join(nodes, "edges.csv"),
      "--lang",
      "en",
    ]);
    expectSafe(r, [0]);
    const line = r.out.split("\n").find((l) => l.includes("Largest part"));
    expect(line).toBeDefined();
    expect(line).toMatch(/0\.1%/);
    expect(line).not.toMatch(/\s0%/);
  });

  it("an empty inventory: every command says so, none fails inside", async () => {
    const empty = writeFiles(join(dir, "empty"), { "organisaties.csv": ["org_id;naam;type;gemeente"] });
    for (const argv of [
      ["validate", empty],
      ["analyse", empty],
      ["gaps", empty],
      ["paths", empty, "--coverage"],
      ["diff", inv, empty],
      ["export", empty, "--to", "gexf"],
    ]) {
      const r = await runCaptured([...argv, "--lang", "en"]);
      expectSafe(r, [0, 1]);
    }
  });
});
