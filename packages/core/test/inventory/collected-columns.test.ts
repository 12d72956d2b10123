/**
 * A round written by `ecolens collect` reads back without warnings about its own columns: the
 * tie status, its reason and the reporting sides (nl and en names) are known extra columns.
 */
import { describe, expect, it } from "vitest";
import type { EcoNetwork } from "../../src/index.ts";
import { importInventory, TIE_COLUMNS } from "../../src/index.ts";
import { csv, TEST_MUNICIPALITIES } from "./helpers.ts";

const ORGS = csv("organisaties.csv", ["organisatie_id;naam", "a;A", "b;B"]);

function load(header: string, row: string): EcoNetwork {
  const rel = csv("relaties.csv", [`van;naar;relatietype;${header}`, `a;b;gezamenlijke activiteit;${row}`]);
  return importInventory([ORGS, rel], { municipalities: TEST_MUNICIPALITIES });
}
const unknownColumns = (net: EcoNetwork) =>
  net.report.findings.filter((f) => f.code === "UNKNOWN_COLUMN").map((f) => f.column);

describe("the columns ecolens collect adds to relations", () => {
  for (const lang of ["nl", "en"] as const) {
    const { status, reason, sides } = TIE_COLUMNS[lang];
    it(`(${lang}) ${status}, ${reason} and ${sides} are no unknown columns, and stay as extra`, () => {
      const net = load(`${status};${reason};${sides}`, "contradicted;type differs;a|b");
      expect(unknownColumns(net)).toEqual([]);
      expect(net.relations[0].extra[status]).toBe("contradicted");
    });
  }
  it("another unknown column beside them is still reported", () => {
    const net = load(`${TIE_COLUMNS.en.status};favourite colour`, "confirmed by both;blue");
    expect(unknownColumns(net)).toEqual(["favourite colour"]);
  });
});
