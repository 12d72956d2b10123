/**
 * Seeded random CSV files built from the pieces that break parsers (quotes, line ends, delimiters,
 * BOMs, Windows-1252 bytes, NUL and control characters, prototype names, Excel numbers and ids,
 * workbook signatures): the inventory import and the list reader never throw, and every data row is
 * imported, rejected or blank.
 */
import { describe, expect, it } from "vitest";
import {
  createRng,
  type EcoNetwork,
  type InputFile,
  importInventory,
  readNodeEdgeLists,
} from "../../src/index.ts";

const PIECES = [
  "org_id",
  "naam",
  "van",
  "naar",
  "gewicht",
  "source_id",
  "target_id",
  "weight",
  "bib",
  "BIB",
  " bib ",
  "caf\u00E9",
  "cafe\u0301",
  "1,23457E+11",
  "1.234,5",
  "1 234",
  "-4",
  "NaN",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "toString",
  "=cmd|' /C calc'!A0",
  '"',
  '""',
  ";",
  ",",
  "\t",
  "|",
  "\n",
  "\r\n",
  "\r",
  "sep=;",
  "\uFEFF",
  "\u0000",
  "\u001B[2J",
  "\u202E",
  "\u200B",
  "\u00A0",
  "😀",
  "",
];
const RAW_BYTES = [[0xe9], [0x80], [0xff, 0xfe], [0xc3], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]];

function randomFile(rng: () => number, name: string): InputFile {
  const chunks: number[] = [];
  const encoder = new TextEncoder();
  const parts = Math.floor(rng() * 60);
  for (let i = 0; i < parts; i++) {
    if (rng() < 0.05) chunks.push(...RAW_BYTES[Math.floor(rng() * RAW_BYTES.length)]);
    else chunks.push(...encoder.encode(PIECES[Math.floor(rng() * PIECES.length)]));
  }
  return { name, bytes: new Uint8Array(chunks) };
}

function accounted(net: EcoNetwork): void {
  for (const f of net.report.files) expect(f.imported + f.rejected + f.blank).toBe(f.dataRows);
  for (const f of net.report.findings) {
    expect(typeof f.message.nl).toBe("string");
    expect(typeof f.message.en).toBe("string");
    if (f.row !== undefined) expect(f.row).toBeGreaterThan(0);
  }
}

describe("random CSV files (seeded)", () => {
  it("the inventory import never throws and accounts for every row", () => {
    const rng = createRng(2114);
    for (let round = 0; round < 150; round++) {
      const files = ["organisaties.csv", "relaties.csv", "leerkansen.csv", "drempels.csv", "x.csv"]
        .filter(() => rng() < 0.7)
        .map((name) => randomFile(rng, name));
      accounted(importInventory(files));
    }
  });

  it("the node and edge list reader never throws and accounts for every row", () => {
    const rng = createRng(2115);
    for (let round = 0; round < 150; round++) {
      const nodes = rng() < 0.5 ? randomFile(rng, "nodes.csv") : undefined;
      accounted(readNodeEdgeLists(randomFile(rng, "edges.csv"), nodes));
    }
  });

  it("the same seed gives the same findings (deterministic)", () => {
    const run = () => {
      const rng = createRng(7);
      return importInventory([randomFile(rng, "organisaties.csv"), randomFile(rng, "relaties.csv")]).report;
    };
    expect(run()).toEqual(run());
  });
});
