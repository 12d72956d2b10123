/**
 * importInventory: the inventory CSV files -> EcoNetwork (graph + side tables + import report).
 * Nothing is lost without a finding: per file, data rows = imported + rejected + blank.
 */
import { buildGraph } from "../graph/build.ts";
import { msgText } from "../messages/index.ts";
import type { EcoNetwork, FileSummary, InputFile, Lang, Municipality } from "../model/types.ts";
import { MUNICIPALITIES } from "../reference/municipalities.ts";
import { FindingLog } from "./findings.ts";
import {
  ImportRun,
  importBarriers,
  importCommitments,
  importOfferings,
  importOrganisations,
  importRelations,
  noteMissingOrganisationsFile,
  readMunicipalities,
} from "./import-steps.ts";
import { MunicipalityLookup } from "./places.ts";
import { recognise } from "./recognise.ts";
import { CheckContext, IdRegistry } from "./references.ts";
import type { ParsedFile } from "./rows.ts";

export interface ImportOptions {
  /** Reference municipalities; default: the Westhoek + Limburg list shipped with ecolens. */
  municipalities?: Municipality[];
  /** Reserved: messages always carry both languages. */
  lang?: Lang;
}

function summarise(p: ParsedFile, imported: number): FileSummary {
  const t = p.table;
  const blank = t.blankRows.filter((r) => r > t.headerRow).length;
  const summary: FileSummary = {
    file: t.file,
    kind: p.kind,
    encoding: t.encoding,
    delimiter: t.delimiter,
    dataRows: t.records.length + blank,
    imported,
    rejected: p.rejected.size,
    blank,
  };
  // The promise of the import report: every data row is accounted for exactly once.
  if (summary.imported + summary.rejected + summary.blank !== summary.dataRows)
    throw new Error(
      `import accounting broken for ${t.file}: ${imported} imported + ${p.rejected.size} rejected + ${blank} blank != ${summary.dataRows} rows`,
    );
  return summary;
}

export function importInventory(files: InputFile[], options: ImportOptions = {}): EcoNetwork {
  const log = new FindingLog();
  const parsed = recognise(files, log);
  const run = new ImportRun(parsed, new CheckContext(new Map(parsed.map((p) => [p.table.file, p]))));
  const municipalities = readMunicipalities(run, options.municipalities ?? MUNICIPALITIES);
  const places = new MunicipalityLookup(municipalities);
  const ids = {
    org: new IdRegistry(msgText("import.what_organisation")),
    offering: new IdRegistry(msgText("import.what_offering")),
    barrier: new IdRegistry(msgText("import.what_barrier")),
  };
  const organisations = importOrganisations(run, places, ids.org);
  noteMissingOrganisationsFile(run);
  const offerings = importOfferings(run, places, ids.org, ids.offering);
  const barriers = importBarriers(run, places, ids);
  const commitments = importCommitments(run, ids.org, ids.barrier);
  const relations = importRelations(run, ids.org, ids.barrier);
  log.addAll(run.ctx.findings);

  const importedPerFile = new Map<string, number>();
  for (const rec of [...organisations, ...relations, ...offerings, ...barriers, ...commitments])
    importedPerFile.set(rec.file!, (importedPerFile.get(rec.file!) ?? 0) + 1);
  for (const p of run.ofKind("municipalities"))
    importedPerFile.set(p.table.file, p.rows.length - countRejectedAfterParse(p));
  const summaries = parsed.map((p) => summarise(p, importedPerFile.get(p.table.file) ?? 0));
  const findings = log.sorted();
  const names = files.map((f) => f.name);
  return {
    graph: buildGraph(organisations, relations, names.join(", ")),
    organisations,
    relations,
    offerings,
    barriers,
    commitments,
    municipalities,
    report: {
      files: summaries,
      findings,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
    },
    source: { kind: "inventory", files: names },
  };
}

/** Municipality rows rejected after parsing (duplicate NIS codes) are in `rejected` too. */
function countRejectedAfterParse(p: ParsedFile): number {
  return p.rows.filter((r) => p.rejected.has(r.row)).length;
}
