/** The worker's reading (Node, no DOM): the same network as core's import; refused files named. */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import {
  decodeBytes,
  importInventoryFiles,
  parseCsv,
  writeGexf,
  writeGraphml,
  writeWorkbook,
} from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { exportFile } from "../src/worker/exports.ts";
import { loadFiles } from "../src/worker/load.ts";
import { EXAMPLES, exampleFiles } from "./helpers/examples.ts";

const named = (files: string[]) =>
  files.map((f) => ({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) }));

describe("loadFiles", () => {
  it("reads an inventory as core's importInventoryFiles does", () => {
    const files = named(exampleFiles("messy"));
    const loaded = loadFiles(files);
    const direct = importInventoryFiles(files);
    expect(loaded.network?.graph.order).toBe(direct.graph.order);
    expect(loaded.network?.report).toEqual(direct.report);
    expect(loaded.failures).toEqual([]);
  });

  it("reads an inventory workbook (.xlsx) as the same CSVs give", () => {
    const [organisations, relations] = ["organisaties.csv", "relaties.csv"].map((name) => {
      const parsed = parseCsv(
        decodeBytes(new Uint8Array(readFileSync(join(EXAMPLES, "westhoek", name)))).text,
      );
      return {
        name: name.replace(".csv", ""),
        columns: parsed.header.map((header) => ({ header })),
        rows: parsed.records.map((r) => r.cells),
      };
    });
    const loaded = loadFiles([{ name: "ronde.xlsx", bytes: writeWorkbook([organisations, relations]) }]);
    const csv = importInventoryFiles(
      named(exampleFiles("westhoek").filter((f) => /(organisaties|relaties)\.csv$/.test(f))),
    );
    expect(loaded.failures).toEqual([]);
    expect(loaded.network?.graph.order).toBe(csv.graph.order);
    expect(loaded.network?.graph.size).toBe(csv.graph.size);
    expect(loaded.network?.report.errors).toBe(csv.report.errors);
  });

  it("leaves a damaged workbook out with one error finding and reads the rest", () => {
    const files = [
      ...named(exampleFiles("messy")),
      { name: "kapot.xlsx", bytes: new TextEncoder().encode("not a zip") },
    ];
    const loaded = loadFiles(files);
    expect(loaded.network?.graph.order).toBe(importInventoryFiles(named(exampleFiles("messy"))).graph.order);
    expect(loaded.failures).toHaveLength(1);
    expect(loaded.failures[0]).toMatchObject({ severity: "error", file: "kapot.xlsx" });
    expect(loaded.failures[0].message.nl).not.toBe(loaded.failures[0].message.en);
  });

  it("reads a GEXF or GraphML file (also as .xml) with core's readers", () => {
    const network = importInventoryFiles(named(exampleFiles("westhoek")));
    const encode = (s: string) => new TextEncoder().encode(s);
    for (const [name, text] of [
      ["netwerk.gexf", writeGexf(network)],
      ["netwerk.xml", writeGexf(network)],
      ["netwerk.graphml", writeGraphml(network)],
    ]) {
      const loaded = loadFiles([{ name, bytes: encode(text) }]);
      expect(loaded.network?.source.kind, name).toBe(name.endsWith(".graphml") ? "graphml" : "gexf");
      expect(loaded.network?.graph.order, name).toBe(network.graph.order);
    }
  });

  it("names an unreadable network file instead of throwing", () => {
    const loaded = loadFiles([{ name: "graaf.json", bytes: new TextEncoder().encode("{ not json") }]);
    const all = [...loaded.failures, ...(loaded.network?.report.findings ?? [])];
    expect(all.some((f) => f.severity === "error" && f.file === "graaf.json")).toBe(true);
  });
});

describe("exportFile", () => {
  it("writes the import report as formula-safe CSV with both kinds of rows", () => {
    const loaded = loadFiles([
      ...named(exampleFiles("messy")),
      { name: "=cmd.png", bytes: new Uint8Array([1]) },
    ]);
    const report = loaded.network?.report;
    if (!report) throw new Error("no network");
    const imported = {
      files: report.files,
      findings: report.findings,
      ignored: loaded.ignored,
      errors: report.errors,
      warnings: report.warnings,
    };
    const csv = new TextDecoder().decode(exportFile({ imported }, "findings-csv", "nl").bytes);
    const lines = csv.trim().split("\r\n");
    expect(lines[0].replace(/^\uFEFF/, "")).toBe("ernst;bestand;rij;kolom;waarde;melding;code");
    expect(lines).toHaveLength(1 + report.findings.length + 1);
    expect(lines.at(-1)).toMatch(/^waarschuwing;'=cmd\.png;/);
  });
});
