/**
 * Hostile sizes inside the limits: a header of 200,000 columns and a sheet of 200,000 rows are
 * read (no spread of huge arrays into a call, which overflows the stack as 'internal error', and
 * no work per column that grows with the number of columns).
 */
import { describe, expect, it } from "vitest";
import { importInventory } from "../../src/index.ts";
import type { WorkbookSheet } from "../../src/xlsx/read-workbook.ts";
import { workbookTables } from "../../src/xlsx/to-tables.ts";
import { csv } from "./helpers.ts";

describe("very wide and very long tables", () => {
  it("a header of 200,000 columns: every unknown column is reported once, in seconds", () => {
    const extra = Array.from({ length: 200_000 }, (_, i) => `c${i}`);
    const net = importInventory([
      csv("organisaties.csv", [["org_id", "naam", ...extra, "c7"].join(";"), "a;A"]),
    ]);
    expect(net.organisations.map((o) => o.org_id)).toEqual(["a"]);
    const unknown = net.report.findings.filter((f) => f.code === "UNKNOWN_COLUMN");
    // c7 twice: the second one is the CSV layer's DUPLICATE_HEADER, not a second UNKNOWN_COLUMN.
    expect(unknown).toHaveLength(200_000);
    expect(net.report.findings.filter((f) => f.code === "DUPLICATE_HEADER")).toHaveLength(1);
  }, 20_000);

  it("a sheet of 200,000 rows becomes one table", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({
      row: i + 1,
      cells: [{ type: "text" as const, text: i === 0 ? "org_id" : `o${i}`, col: 0 }],
    }));
    const sheet: WorkbookSheet = { name: "organisaties", hidden: false, rows };
    const [table] = workbookTables({ file: "big.xlsx", sheets: [sheet] });
    expect(table.header).toEqual(["org_id"]);
    expect(table.lastRow).toBe(200_000);
  });
});
