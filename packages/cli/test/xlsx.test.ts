/**
 * Workbooks through the CLI (issue 16): a .xlsx or a folder with workbooks is an inventory
 * (validate and analyse as for the CSV folder), refused workbooks are one line, and
 * `export --to xlsx` writes the analysis workbook.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook, readZip } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { westhoekWorkbook } from "../../core/test/xlsx/westhoek-workbook.ts";
import { runCaptured } from "./helpers/capture.ts";
import { tempDir, writeFiles } from "./helpers/fixtures.ts";

const WESTHOEK = new URL("../../../data/examples/westhoek", import.meta.url).pathname;
const tmp = tempDir("ecolens-xlsx-");
const book = join(tmp, "westhoek.xlsx");
writeFileSync(book, westhoekWorkbook().bytes);

describe("a workbook as input", () => {
  it("validate: the Westhoek workbook gives the same counts and findings as the CSV folder", async () => {
    const csv = await runCaptured(["validate", WESTHOEK, "--json"]);
    const xlsx = await runCaptured(["validate", book, "--json"]);
    expect(xlsx.code).toBe(csv.code);
    type Report = {
      files: Array<Record<string, unknown>>;
      findings: Array<Record<string, unknown>>;
      errors: number;
      warnings: number;
    };
    const a: Report = JSON.parse(csv.out);
    const b: Report = JSON.parse(xlsx.out);
    const counts = (r: Report) =>
      r.files.map((f) => [f.kind, f.dataRows, f.imported, f.rejected, f.blank].join(" ")).sort();
    expect(counts(b)).toEqual(counts(a));
    expect(counts(b)).toHaveLength(5);
    expect(b.files.map((f) => f.file)).toContain(`${book}/relaties`.replace(`${process.cwd()}/`, ""));
    const brief = (r: Report) => r.findings.map((f) => [f.severity, f.code, f.row]);
    expect(brief(b)).toEqual(brief(a));
    expect([b.errors, b.warnings]).toEqual([a.errors, a.warnings]);
    // The text report names the sheet.
    expect((await runCaptured(["validate", book, "--lang", "nl"])).out).toContain("westhoek.xlsx/relaties");
  });

  it("analyse --json: the same values from the workbook, from a folder holding it, and from the CSV folder", async () => {
    const folder = join(tmp, "round");
    mkdirSync(folder);
    copyFileSync(book, join(folder, "inventaris.xlsx"));
    writeFileSync(join(folder, "~$inventaris.xlsx"), "lock file of an open workbook");
    const csv = await runCaptured(["analyse", WESTHOEK, "--json"]);
    const xlsx = await runCaptured(["analyse", book, "--json"]);
    const inFolder = await runCaptured(["analyse", folder, "--json"]);
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(xlsx.out)).toEqual(JSON.parse(csv.out));
    expect(JSON.parse(inFolder.out)).toEqual(JSON.parse(csv.out));
  });

  it("refuses a macro workbook and an encrypted one in one line, exit 1, no stack trace", async () => {
    const xlsm = join(tmp, "macro.xlsm");
    copyFileSync(book, xlsm);
    const r = await runCaptured(["validate", xlsm, "--lang", "nl"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/macro's.*Excel-werkmap \(\.xlsx\)/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    const enc = join(tmp, "secret.xlsx");
    writeFileSync(
      enc,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const e = await runCaptured(["analyse", enc, "--lang", "en"]);
    expect(e.code).toBe(1);
    expect(e.err).toContain("password-protected");
    expect(e.err).not.toMatch(/\n\s+at /);
  });
});

describe("ecolens export --to xlsx", () => {
  it("needs -o FILE.xlsx (usage error, exit 2)", async () => {
    const r = await runCaptured(["export", WESTHOEK, "--to", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o FILE.xlsx");
  });

  it("writes organisations with every metric, relations and the analysis tables, in Dutch", async () => {
    const out = join(tmp, "westhoek-nl.xlsx");
    const r = await runCaptured(["export", WESTHOEK, "--to", "xlsx", "-o", out, "--lang", "nl"]);
    expect(r.code).toBe(0);
    const wb = readWorkbook(new Uint8Array(readFileSync(out)), out);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "organisaties",
      "relaties",
      "makelaars",
      "kritieke partners",
      "witte vlekken",
      "drempeldekking",
      "voorstellen",
      "leerpaden",
    ]);
    const orgs = wb.sheets[0];
    expect(orgs.rows).toHaveLength(600);
    const header = orgs.rows[0].cells.map((c) => c?.text);
    expect(header.slice(0, 3)).toEqual(["org_id", "naam", "type"]);
    expect(header.length).toBeGreaterThan(15);
    // Metric cells are number cells; the type is the Dutch vocabulary label.
    const miras = orgs.rows.find((row) => row.cells[0]?.text === "cvo-miras");
    expect(miras?.cells[2]?.text).toBe("Centrum voor volwassenenonderwijs (cvo)");
    expect(miras?.cells.slice(9).some((c) => c?.type === "number")).toBe(true);
    expect(wb.sheets[1].rows).toHaveLength(2122);
    expect(wb.sheets[6].rows[0].cells.map((c) => c?.text)).toContain("redenen");
    // Analysis codes are Dutch words too: no single_partner, no_route, region or shared_partners.
    const texts = wb.sheets
      .slice(2)
      .flatMap((sh) => sh.rows.flatMap((row) => row.cells.map((c) => c?.text ?? "")));
    for (const code of ["single_partner", "uncovered", "no_route", "no_start", "region", "shared_partners"])
      expect(
        texts.filter((t) => t.split(/,\s*/).includes(code)),
        code,
      ).toEqual([]);
    expect(texts).toContain("regio");
    // Frozen header and autofilter on every sheet.
    const parts = readZip(new Uint8Array(readFileSync(out)), out);
    const sheet1 = new TextDecoder().decode(parts.get("xl/worksheets/sheet1.xml"));
    expect(sheet1).toContain('state="frozen"');
    expect(sheet1).toMatch(/<autoFilter ref="A1:[A-Z]+600"\/>/);
  });

  it("keeps text that looks like a formula as text (= + - @), never a formula cell", async () => {
    const dir = writeFiles(join(tmp, "evil"), {
      "organisaties.csv": [
        "org_id;naam;type",
        'a;"=HYPERLINK(""http://example.invalid"";""klik"")";bibliotheek',
        "b;+32 51 00 00 00;school",
        "c;@SUM(A1);museum",
        "d;-1+1;jeugdhuis",
      ],
      "relaties.csv": ["van;naar;relatietype", "a;b;overleg", "c;d;overleg"],
    });
    const out = join(tmp, "evil.xlsx");
    const r = await runCaptured(["export", dir, "--to", "xlsx", "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const xml = new TextDecoder().decode(readZip(bytes, out).get("xl/worksheets/sheet1.xml"));
    expect(xml).not.toContain("<f>");
    const names = readWorkbook(bytes, out)
      .sheets[0].rows.slice(1)
      .map((r) => [r.cells[1]?.type, r.cells[1]?.text]);
    expect(names).toEqual([
      ["text", '=HYPERLINK("http://example.invalid";"klik")'],
      ["text", "+32 51 00 00 00"],
      ["text", "@SUM(A1)"],
      ["text", "-1+1"],
    ]);
  });
});
