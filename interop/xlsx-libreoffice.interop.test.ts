/**
 * LibreOffice Calc opens what ecolens writes (issue 16): the inventory template (pre-filled) and an
 * analysis export are converted headless to CSV and every cell must match what ecolens wrote;
 * re-saved as .xlsx by LibreOffice, the template keeps a drop-down on every column it had one.
 * Needs Debian's `libreoffice-calc` (`apt-get install -y --no-install-recommends libreoffice-calc`);
 * a missing soffice FAILS the test (this suite runs only when asked for).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Cell,
  type InputFile,
  importInventory,
  parseCsv,
  readWorkbook,
  readZip,
  templateWorkbook,
} from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { exportWorkbook } from "../packages/cli/src/index.ts";

const WESTHOEK = new URL("../data/examples/westhoek/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "ecolens-lo-"));

function soffice(): string {
  for (const cmd of ["soffice", "libreoffice", "/usr/bin/soffice"]) {
    const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
    if (!r.error && r.status === 0) return cmd;
  }
  throw new Error(
    "LibreOffice is required for this test: apt-get install -y --no-install-recommends libreoffice-calc",
  );
}

/** Converts with LibreOffice headless; returns the output folder. */
function convert(file: string, to: string, name: string): string {
  const out = join(dir, name);
  const r = spawnSync(
    soffice(),
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--convert-to",
      to,
      "--outdir",
      out,
      file,
    ],
    {
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  expect(r.status, r.stderr).toBe(0);
  return out;
}

// Every sheet; UTF-8; raw values (not "as shown"): numbers in full, dates MM/DD/YYYY (en-US).
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

function expected(cell: Cell | undefined): string | number {
  if (!cell) return "";
  if (cell.type === "number") return Number(cell.text);
  if (cell.type === "boolean") return cell.text === "true" ? "TRUE" : "FALSE";
  if (cell.type === "date") {
    const [y, m, d] = cell.text.split("-");
    return `${m}/${d}/${y}`;
  }
  return cell.text;
}

/** Compares every cell LibreOffice saw with what ecolens wrote; returns the number compared. */
function sameCells(bytes: Uint8Array, file: string, csvDir: string): number {
  const stem = file.replace(/\.xlsx$/, "");
  let compared = 0;
  for (const sheet of readWorkbook(bytes, file).sheets) {
    const csv = readFileSync(join(csvDir, `${stem}-${sheet.name}.csv`), "utf8");
    const parsed = parseCsv(csv, { delimiter: "," });
    const lines = new Map([
      [parsed.headerRow, parsed.header],
      ...parsed.records.map((r) => [r.row, r.cells] as const),
    ]);
    for (const row of sheet.rows) {
      const seen = lines.get(row.row) ?? [];
      row.cells.forEach((cell, col) => {
        const want = expected(cell);
        const got = seen[col] ?? "";
        if (typeof want === "number")
          expect(Math.abs(Number(got) - want), `${sheet.name}!${row.row}:${col}`).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(want)),
          );
        else expect(got, `${sheet.name}!${row.row}:${col}`).toBe(want);
        compared++;
      });
    }
  }
  return compared;
}

/** `sheet name:column letter` of every list validation in a workbook. */
function validatedColumns(bytes: Uint8Array): Set<string> {
  const parts = readZip(bytes, "v.xlsx");
  const text = (p: string) => new TextDecoder().decode(parts.get(p));
  const rels = new Map(
    [
      ...text("xl/_rels/workbook.xml.rels").matchAll(
        /Id="([^"]+)"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="([^"]+)"/g,
      ),
    ].map((m) => [m[1] ?? m[4], (m[2] ?? m[3]).replace(/^\/?(xl\/)?/, "xl/")]),
  );
  const out = new Set<string>();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = text(rels.get(m[2]) ?? "");
    for (const v of xml.matchAll(/<dataValidation [^>]*>/g)) {
      if (!/ type="list"/.test(v[0])) continue;
      const sqref = / sqref="([^"]+)"/.exec(v[0])?.[1] ?? "";
      for (const range of sqref.split(" ")) out.add(`${m[1]}:${range.replace(/\d.*$/, "")}`);
    }
  }
  return out;
}

const csvFolder = readdirSync(WESTHOEK)
  .filter((f) => f.endsWith(".csv"))
  .map((f): InputFile => ({ name: f, bytes: new Uint8Array(readFileSync(join(WESTHOEK, f))) }));
const westhoek = importInventory(csvFolder);

describe("LibreOffice Calc reads ecolens workbooks", () => {
  it("the template pre-filled with Westhoek: the same cells, and every drop-down survives a re-save", () => {
    const file = join(dir, "template.xlsx");
    const bytes = templateWorkbook("nl", westhoek);
    writeFileSync(file, bytes);
    expect(sameCells(bytes, "template.xlsx", convert(file, CSV_ALL_SHEETS, "template-csv"))).toBeGreaterThan(
      20_000,
    );
    const resaved = new Uint8Array(
      readFileSync(join(convert(file, "xlsx", "template-xlsx"), "template.xlsx")),
    );
    const ours = validatedColumns(bytes);
    expect(ours.size).toBeGreaterThan(40);
    expect([...ours].filter((c) => !validatedColumns(resaved).has(c))).toEqual([]);
  });

  it("an analysis export (en): the same cells", async () => {
    const file = join(dir, "export.xlsx");
    const bytes = await exportWorkbook(westhoek, "en");
    writeFileSync(file, bytes);
    expect(sameCells(bytes, "export.xlsx", convert(file, CSV_ALL_SHEETS, "export-csv"))).toBeGreaterThan(
      20_000,
    );
  });
});
