/**
 * The report's data quality: the import report per file, the first findings, the response of a
 * collected round and the share of ties both sides confirmed.
 */
import type { EcoNetwork } from "@ecolens/core";
import type { DataQualityModel } from "@ecolens/viz";
import { tieStatusText } from "../tie-status.ts";

/** Findings shown as examples; the section gives the total. */
const MAX_FINDINGS = 200;

export function dataQualityModel(network: EcoNetwork): DataQualityModel {
  const report = network.report;
  const ties = tieStatusText(network);
  return {
    ...(ties ? { ties } : {}),
    ...(network.response ? { response: network.response } : {}),
    files: report.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      dataRows: f.dataRows,
      imported: f.imported,
      rejected: f.rejected,
    })),
    errors: report.errors,
    warnings: report.warnings,
    findings: report.findings.slice(0, MAX_FINDINGS).map((f) => ({
      severity: f.severity,
      code: f.code,
      file: f.file,
      row: f.row,
      column: f.column,
      value: f.value,
      message: f.message,
    })),
    totalFindings: report.findings.length,
  };
}
