/** Done-when of issue 16 (core side): the Westhoek example as one workbook imports like the CSV folder. */
import { describe, expect, it } from "vitest";
import { type EcoNetwork, importInventory, importInventoryFiles } from "../../src/index.ts";
import { westhoekCsv, westhoekWorkbook } from "./westhoek-workbook.ts";

/** Where a record came from differs (file name, edge key); everything else must not. */
const stripFile = <T extends { file?: string; key?: string }>(rec: T) => {
  const { file: _f, key: _k, ...rest } = rec;
  return rest;
};
const kinds = (net: EcoNetwork) =>
  net.report.files
    .map((f) => ({
      kind: f.kind,
      dataRows: f.dataRows,
      imported: f.imported,
      rejected: f.rejected,
      blank: f.blank,
    }))
    .sort((a, b) => (a.kind < b.kind ? -1 : 1));

describe("the Westhoek example saved as one workbook", () => {
  const csv = importInventory(westhoekCsv());
  const xlsx = importInventoryFiles([westhoekWorkbook()]);

  it("reads every sheet as the file of the same name, with the same counts", () => {
    expect(xlsx.report.files.map((f) => f.file).sort()).toEqual([
      "westhoek.xlsx/drempel_engagementen",
      "westhoek.xlsx/drempels",
      "westhoek.xlsx/leerkansen",
      "westhoek.xlsx/organisaties",
      "westhoek.xlsx/relaties",
    ]);
    expect(kinds(xlsx)).toEqual(kinds(csv));
    expect(xlsx.report.files.find((f) => f.kind === "relations")?.imported).toBe(2121);
  });

  it("gives the same findings", () => {
    const brief = (net: EcoNetwork) => net.report.findings.map((f) => [f.severity, f.code, f.row]);
    expect(brief(xlsx)).toEqual(brief(csv));
    expect(xlsx.report.errors).toBe(csv.report.errors);
    expect(xlsx.report.warnings).toBe(csv.report.warnings);
  });

  it("gives the same organisations, relations, offerings, barriers and commitments, value for value", () => {
    expect(xlsx.organisations.map(stripFile)).toEqual(csv.organisations.map(stripFile));
    expect(xlsx.relations.map(stripFile)).toEqual(csv.relations.map(stripFile));
    expect(xlsx.offerings.map(stripFile)).toEqual(csv.offerings.map(stripFile));
    expect(xlsx.barriers.map(stripFile)).toEqual(csv.barriers.map(stripFile));
    expect(xlsx.commitments.map(stripFile)).toEqual(csv.commitments.map(stripFile));
    expect(xlsx.graph.order).toBe(csv.graph.order);
    expect(xlsx.graph.size).toBe(csv.graph.size);
  });

  it("keeps Excel's row numbers", () => {
    const org = xlsx.organisations[0];
    expect(org.file).toBe("westhoek.xlsx/organisaties");
    expect(org.row).toBe(2);
    expect(xlsx.relations.at(-1)?.row).toBe(2122);
  });
});
