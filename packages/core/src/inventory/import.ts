/**
 * importInventory: the inventory CSV files -> EcoNetwork (graph + side tables + import report).
 * Nothing is lost without a finding: per file, data rows = imported + rejected + blank.
 */
import { buildGraph } from "../graph/build.ts";
import type {
  Barrier,
  BarrierCommitment,
  EcoNetwork,
  FileSummary,
  InputFile,
  Lang,
  Municipality,
  Offering,
  Organisation,
  Relation,
} from "../model/types.ts";
import { MUNICIPALITIES } from "../reference/municipalities.ts";
import { FindingLog, finding, q } from "./findings.ts";
import { MunicipalityLookup, resolvePlace } from "./places.ts";
import { recognise } from "./recognise.ts";
import {
  derivedBarrierGroup,
  toBarrier,
  toCommitment,
  toMunicipality,
  toOffering,
  toOrganisation,
  toRelation,
} from "./records.ts";
import { CheckContext, IdRegistry, knownOnly, unknownReference } from "./references.ts";
import { dropDuplicateRelations, selfLoopFinding } from "./relations.ts";
import type { ParsedFile } from "./rows.ts";
import type { CsvKind } from "./schema.ts";

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
  const byFile = new Map(parsed.map((p) => [p.table.file, p]));
  const ctx = new CheckContext(byFile);
  const ofKind = (kind: CsvKind) => parsed.filter((p) => p.kind === kind);
  const rowsOf = (kind: CsvKind) =>
    ofKind(kind).flatMap((p) => p.rows.map((row) => ({ row, file: p.table.file })));

  // Reference municipalities: the inventory's own file, else the option, else the shipped list.
  const muniFiles = ofKind("municipalities");
  let municipalities: Municipality[] = options.municipalities ?? MUNICIPALITIES;
  if (muniFiles.length > 0) {
    const nis = new IdRegistry({ nl: "gemeente", en: "municipality" });
    municipalities = rowsOf("municipalities")
      .filter(({ row, file }) =>
        nis.claim(String(row.values.nis_code), { file, row: row.row }, "nis_code", ctx),
      )
      .map(({ row }) => toMunicipality(row));
  }
  const places = new MunicipalityLookup(municipalities);
  const placeOf = (file: string, row: number) => ({
    file,
    row,
    nisColumn: ctx.column(file, "nis_code"),
    nameColumn: ctx.column(file, "municipality"),
  });

  // Organisations.
  const orgIds = new IdRegistry({ nl: "organisatie", en: "organisation" });
  noteRejectedIds(ofKind("organisations"), "org_id", orgIds);
  const organisations: Organisation[] = [];
  const hasPlaceColumns = (file: string) =>
    ["nis_code", "municipality"].some((f) => byFile.get(file)?.map.byField.has(f));
  for (const p of ofKind("organisations"))
    if (!hasPlaceColumns(p.table.file) && p.rows.length > 0)
      ctx.findings.push(
        finding(
          "info",
          "NO_LOCATION_COLUMNS",
          { file: p.table.file },
          {
            nl: "Dit bestand heeft geen kolom nis_code of gemeente: analyses per gemeente zijn niet mogelijk.",
            en: "This file has no nis_code or municipality column: analyses per municipality are not possible.",
          },
        ),
      );
  for (const { row, file } of rowsOf("organisations")) {
    const org = toOrganisation(row, file);
    if (!orgIds.claim(org.org_id, { file, row: row.row }, "org_id", ctx)) continue;
    resolvePlace(org, places, placeOf(file, row.row), ctx.findings);
    if (hasPlaceColumns(file) && org.nis_code === undefined && org.municipality === undefined)
      ctx.findings.push(
        finding(
          "warning",
          "MISSING_LOCATION",
          { file, row: row.row },
          {
            nl: `${q(org.name)} heeft geen NIS-code en geen gemeente; de organisatie telt niet mee in analyses per gemeente.`,
            en: `${q(org.name)} has no NIS code and no municipality; it does not count in analyses per municipality.`,
          },
        ),
      );
    organisations.push(org);
  }

  // Without any organisations file every reference fails; say why once, at the top of each file.
  if (ofKind("organisations").length === 0)
    for (const kind of ["relations", "offerings", "barrier_commitments"] as const)
      for (const p of ofKind(kind))
        if (p.rows.length > 0)
          ctx.findings.push(
            finding(
              "error",
              "NO_ORGANISATIONS_FILE",
              { file: p.table.file },
              {
                nl: "Er is geen organisatiebestand (organisaties.csv) bij: geen enkele verwijzing naar een organisatie kan kloppen, dus deze rijen worden niet ingelezen. Voeg organisaties.csv toe, of lees een losse verbindingenlijst met --edges.",
                en: "There is no organisations file (organisations.csv): no reference to an organisation can be resolved, so these rows are not imported. Add organisations.csv, or read a plain edge list with --edges.",
              },
            ),
          );

  // Offerings (ids first, so barriers and next steps can refer to them).
  const offeringIds = new IdRegistry({ nl: "leerkans", en: "learning opportunity" });
  noteRejectedIds(ofKind("offerings"), "offering_id", offeringIds);
  const offerings: Offering[] = [];
  for (const { row, file } of rowsOf("offerings")) {
    const off = toOffering(row, file);
    const ref = { file, row: row.row };
    if (!orgIds.has(off.org_id)) {
      unknownReference("UNKNOWN_ORGANISATION", orgIds, off.org_id, ref, "org_id", true, ctx);
      continue;
    }
    if (!offeringIds.claim(off.offering_id, ref, "offering_id", ctx)) continue;
    off.co_org_ids = knownOnly(off.co_org_ids, orgIds, "UNKNOWN_ORGANISATION", ref, "co_org_ids", ctx);
    resolvePlace(off, places, placeOf(file, row.row), ctx.findings);
    offerings.push(off);
  }
  for (const off of offerings) {
    off.next_step_ids = off.next_step_ids.filter((id) => {
      if (offeringIds.has(id) || orgIds.has(id)) return true;
      ctx.findings.push(
        finding(
          "warning",
          "UNKNOWN_NEXT_STEP",
          {
            file: off.file!,
            row: off.row!,
            column: ctx.column(off.file!, "next_step_ids"),
            value: id,
          },
          {
            nl: `Vervolgstap ${q(id)} is geen gekende leerkans of organisatie; die stap is weggelaten.`,
            en: `Next step ${q(id)} is not a known learning opportunity or organisation; that step was left out.`,
          },
        ),
      );
      return false;
    });
  }

  // Barriers.
  const barrierIds = new IdRegistry({ nl: "drempel", en: "barrier" });
  noteRejectedIds(ofKind("barriers"), "barrier_id", barrierIds);
  const barriers: Barrier[] = [];
  for (const { row, file } of rowsOf("barriers")) {
    const bar = toBarrier(row, file);
    const ref = { file, row: row.row };
    if (!barrierIds.claim(bar.barrier_id, ref, "barrier_id", ctx)) continue;
    const group = derivedBarrierGroup(bar);
    if (group !== undefined && bar.barrier_group !== undefined && bar.barrier_group !== group)
      ctx.findings.push(
        finding(
          "warning",
          "BARRIER_GROUP_MISMATCH",
          { ...ref, column: ctx.column(file, "barrier_group"), value: bar.barrier_group },
          {
            nl: `Een drempel van het type ${bar.barrier_type} hoort bij de groep ${group}, niet ${bar.barrier_group}; ${group} wordt gebruikt.`,
            en: `A barrier of type ${bar.barrier_type} belongs to group ${group}, not ${bar.barrier_group}; ${group} is used.`,
          },
        ),
      );
    if (group !== undefined) bar.barrier_group = group;
    for (const field of ["org_id", "reported_by"] as const) {
      const id = bar[field];
      if (id !== undefined && !orgIds.has(id)) {
        unknownReference("UNKNOWN_ORGANISATION", orgIds, id, ref, field, false, ctx);
        delete bar[field];
      }
    }
    if (bar.offering_id !== undefined && !offeringIds.has(bar.offering_id)) {
      unknownReference("UNKNOWN_OFFERING", offeringIds, bar.offering_id, ref, "offering_id", false, ctx);
      delete bar.offering_id;
    }
    resolvePlace(bar, places, placeOf(file, row.row), ctx.findings);
    barriers.push(bar);
  }

  // Commitments: both the barrier and the organisation must exist.
  const commitments: BarrierCommitment[] = [];
  const seenCommitments = new Map<string, { file: string; row: number }>();
  for (const { row, file } of rowsOf("barrier_commitments")) {
    const com = toCommitment(row, file);
    const ref = { file, row: row.row };
    if (!barrierIds.has(com.barrier_id)) {
      unknownReference("UNKNOWN_BARRIER", barrierIds, com.barrier_id, ref, "barrier_id", true, ctx);
      continue;
    }
    if (!orgIds.has(com.org_id)) {
      unknownReference("UNKNOWN_ORGANISATION", orgIds, com.org_id, ref, "org_id", true, ctx);
      continue;
    }
    const key = [com.barrier_id, com.org_id, com.commitment_type ?? ""].join("\u0000");
    const seen = seenCommitments.get(key);
    if (seen) {
      ctx.findings.push(
        finding(
          "warning",
          "DUPLICATE_COMMITMENT",
          { ...ref, column: ctx.column(file, "org_id"), value: com.org_id },
          {
            nl: `${q(com.org_id)} engageert zich al (${com.commitment_type ?? "–"}) voor drempel ${q(com.barrier_id)} in ${seen.file} rij ${seen.row}; alleen die rij is ingelezen.`,
            en: `${q(com.org_id)} already commits (${com.commitment_type ?? "–"}) to barrier ${q(com.barrier_id)} in ${seen.file} row ${seen.row}; only that row was imported.`,
          },
        ),
      );
      ctx.reject(ref);
      continue;
    }
    seenCommitments.set(key, ref);
    commitments.push(com);
  }

  // Relations.
  const candidates: Relation[] = [];
  for (const { row, file } of rowsOf("relations")) {
    const rel = toRelation(row, file);
    const ref = { file, row: row.row };
    const unknownEnd = (["source_id", "target_id"] as const).find((f) => !orgIds.has(rel[f]));
    if (unknownEnd) {
      unknownReference("UNKNOWN_ORGANISATION", orgIds, rel[unknownEnd], ref, unknownEnd, true, ctx);
      continue;
    }
    if (rel.reported_by !== undefined && !orgIds.has(rel.reported_by)) {
      unknownReference("UNKNOWN_ORGANISATION", orgIds, rel.reported_by, ref, "reported_by", false, ctx);
      delete rel.reported_by;
    }
    if (rel.barrier_id !== undefined && !barrierIds.has(rel.barrier_id)) {
      unknownReference("UNKNOWN_BARRIER", barrierIds, rel.barrier_id, ref, "barrier_id", false, ctx);
      delete rel.barrier_id;
    }
    candidates.push(rel);
  }
  const relations = dropDuplicateRelations(candidates, ctx);
  for (const rel of relations) if (rel.source_id === rel.target_id) selfLoopFinding(rel, ctx);

  log.addAll(ctx.findings);
  const importedPerFile = new Map<string, number>();
  for (const rec of [...organisations, ...relations, ...offerings, ...barriers, ...commitments])
    importedPerFile.set(rec.file!, (importedPerFile.get(rec.file!) ?? 0) + 1);
  for (const p of muniFiles) importedPerFile.set(p.table.file, p.rows.length - countRejectedAfterParse(p));
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

/** Ids on rows rejected while parsing, so later references can say why they are unknown. */
function noteRejectedIds(files: ParsedFile[], field: string, registry: IdRegistry): void {
  for (const p of files) {
    const col = p.map.byField.get(field);
    if (!col) continue;
    for (const rec of p.table.records) {
      if (!p.rejected.has(rec.row)) continue;
      const id = (rec.cells[col.index] ?? "").trim();
      if (id && !registry.rejected.has(id)) registry.rejected.set(id, { file: p.table.file, row: rec.row });
    }
  }
}
