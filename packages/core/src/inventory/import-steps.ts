/**
 * The steps of importInventory, in the order references need them: municipalities, organisations,
 * offerings, barriers, commitments, relations. Each step reads its rows from the run, registers
 * the ids it keeps and pushes its findings into the run's check context.
 */

import { msgText } from "../messages/index.ts";
import type {
  Barrier,
  BarrierCommitment,
  Municipality,
  Offering,
  Organisation,
  Relation,
} from "../model/types.ts";
import { finding, q } from "./findings.ts";
import { type MunicipalityLookup, resolvePlace } from "./places.ts";
import {
  derivedBarrierGroup,
  toBarrier,
  toCommitment,
  toMunicipality,
  toOffering,
  toOrganisation,
  toRelation,
} from "./records.ts";
import { type CheckContext, IdRegistry, knownOnly, unknownReference } from "./references.ts";
import { dropDuplicateRelations, selfLoopFinding } from "./relations.ts";
import type { ParsedFile, ParsedRow } from "./rows.ts";
import type { CsvKind } from "./schema.ts";

/** What every step reads: the parsed files by kind and the findings so far. */
export class ImportRun {
  readonly byFile: Map<string, ParsedFile>;
  constructor(
    readonly parsed: ParsedFile[],
    readonly ctx: CheckContext,
  ) {
    this.byFile = new Map(parsed.map((p) => [p.table.file, p]));
  }
  ofKind(kind: CsvKind): ParsedFile[] {
    return this.parsed.filter((p) => p.kind === kind);
  }
  rowsOf(kind: CsvKind): Array<{ row: ParsedRow; file: string }> {
    return this.ofKind(kind).flatMap((p) => p.rows.map((row) => ({ row, file: p.table.file })));
  }
  /** Where a record's municipality is written, for resolvePlace. */
  placeOf(file: string, row: number) {
    return {
      file,
      row,
      nisColumn: this.ctx.column(file, "nis_code"),
      nameColumn: this.ctx.column(file, "municipality"),
    };
  }
}

/** Reference municipalities: the inventory's own file, else the option, else the shipped list. */
export function readMunicipalities(run: ImportRun, fallback: Municipality[]): Municipality[] {
  if (run.ofKind("municipalities").length === 0) return fallback;
  const nis = new IdRegistry(msgText("import.what_municipality"));
  return run
    .rowsOf("municipalities")
    .filter(({ row, file }) =>
      nis.claim(String(row.values.nis_code), { file, row: row.row }, "nis_code", run.ctx),
    )
    .map(({ row }) => toMunicipality(row));
}

export function importOrganisations(
  run: ImportRun,
  places: MunicipalityLookup,
  orgIds: IdRegistry,
): Organisation[] {
  const { ctx } = run;
  noteRejectedIds(run.ofKind("organisations"), "org_id", orgIds);
  const hasPlaceColumns = (file: string) =>
    ["nis_code", "municipality"].some((f) => run.byFile.get(file)?.map.byField.has(f));
  for (const p of run.ofKind("organisations"))
    if (!hasPlaceColumns(p.table.file) && p.rows.length > 0)
      ctx.findings.push(
        finding("info", "NO_LOCATION_COLUMNS", { file: p.table.file }, msgText("import.no_location_columns")),
      );
  const organisations: Organisation[] = [];
  for (const { row, file } of run.rowsOf("organisations")) {
    const org = toOrganisation(row, file);
    if (!orgIds.claim(org.org_id, { file, row: row.row }, "org_id", ctx)) continue;
    resolvePlace(org, places, run.placeOf(file, row.row), ctx.findings);
    if (hasPlaceColumns(file) && org.nis_code === undefined && org.municipality === undefined)
      ctx.findings.push(
        finding(
          "warning",
          "MISSING_LOCATION",
          { file, row: row.row },
          msgText("import.missing_location", { name: q(org.name) }),
        ),
      );
    organisations.push(org);
  }
  return organisations;
}

/** Without any organisations file every reference fails; say why once, at the top of each file. */
export function noteMissingOrganisationsFile(run: ImportRun): void {
  if (run.ofKind("organisations").length > 0) return;
  for (const kind of ["relations", "offerings", "barrier_commitments"] as const)
    for (const p of run.ofKind(kind))
      if (p.rows.length > 0)
        run.ctx.findings.push(
          finding(
            "error",
            "NO_ORGANISATIONS_FILE",
            { file: p.table.file },
            msgText("import.no_organisations_file"),
          ),
        );
}

/** Offerings (ids first, so barriers and next steps can refer to them). */
export function importOfferings(
  run: ImportRun,
  places: MunicipalityLookup,
  orgIds: IdRegistry,
  offeringIds: IdRegistry,
): Offering[] {
  const { ctx } = run;
  noteRejectedIds(run.ofKind("offerings"), "offering_id", offeringIds);
  const offerings: Offering[] = [];
  for (const { row, file } of run.rowsOf("offerings")) {
    const off = toOffering(row, file);
    const ref = { file, row: row.row };
    if (!orgIds.has(off.org_id)) {
      unknownReference("UNKNOWN_ORGANISATION", orgIds, off.org_id, ref, "org_id", true, ctx);
      continue;
    }
    if (!offeringIds.claim(off.offering_id, ref, "offering_id", ctx)) continue;
    off.co_org_ids = knownOnly(off.co_org_ids, orgIds, "UNKNOWN_ORGANISATION", ref, "co_org_ids", ctx);
    resolvePlace(off, places, run.placeOf(file, row.row), ctx.findings);
    offerings.push(off);
  }
  for (const off of offerings)
    off.next_step_ids = off.next_step_ids.filter((id) => {
      if (offeringIds.has(id) || orgIds.has(id)) return true;
      const where = {
        file: off.file!,
        row: off.row!,
        column: ctx.column(off.file!, "next_step_ids"),
        value: id,
      };
      ctx.findings.push(
        finding("warning", "UNKNOWN_NEXT_STEP", where, msgText("import.unknown_next_step", { id: q(id) })),
      );
      return false;
    });
  return offerings;
}

export function importBarriers(
  run: ImportRun,
  places: MunicipalityLookup,
  ids: { org: IdRegistry; offering: IdRegistry; barrier: IdRegistry },
): Barrier[] {
  const { ctx } = run;
  noteRejectedIds(run.ofKind("barriers"), "barrier_id", ids.barrier);
  const barriers: Barrier[] = [];
  for (const { row, file } of run.rowsOf("barriers")) {
    const bar = toBarrier(row, file);
    const ref = { file, row: row.row };
    if (!ids.barrier.claim(bar.barrier_id, ref, "barrier_id", ctx)) continue;
    const group = derivedBarrierGroup(bar);
    if (group !== undefined && bar.barrier_group !== undefined && bar.barrier_group !== group)
      ctx.findings.push(
        finding(
          "warning",
          "BARRIER_GROUP_MISMATCH",
          { ...ref, column: ctx.column(file, "barrier_group"), value: bar.barrier_group },
          msgText("import.barrier_group_mismatch", {
            type: String(bar.barrier_type),
            group,
            written: bar.barrier_group,
          }),
        ),
      );
    if (group !== undefined) bar.barrier_group = group;
    for (const field of ["org_id", "reported_by"] as const) {
      const id = bar[field];
      if (id !== undefined && !ids.org.has(id)) {
        unknownReference("UNKNOWN_ORGANISATION", ids.org, id, ref, field, false, ctx);
        delete bar[field];
      }
    }
    if (bar.offering_id !== undefined && !ids.offering.has(bar.offering_id)) {
      unknownReference("UNKNOWN_OFFERING", ids.offering, bar.offering_id, ref, "offering_id", false, ctx);
      delete bar.offering_id;
    }
    resolvePlace(bar, places, run.placeOf(file, row.row), ctx.findings);
    barriers.push(bar);
  }
  return barriers;
}

/** Commitments: both the barrier and the organisation must exist. */
export function importCommitments(
  run: ImportRun,
  orgIds: IdRegistry,
  barrierIds: IdRegistry,
): BarrierCommitment[] {
  const { ctx } = run;
  const commitments: BarrierCommitment[] = [];
  const seenCommitments = new Map<string, { file: string; row: number }>();
  for (const { row, file } of run.rowsOf("barrier_commitments")) {
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
      const message = msgText("import.duplicate_commitment", {
        org: q(com.org_id),
        type: com.commitment_type ?? "–",
        barrier: q(com.barrier_id),
        file: seen.file,
        row: seen.row,
      });
      const where = { ...ref, column: ctx.column(file, "org_id"), value: com.org_id };
      ctx.findings.push(finding("warning", "DUPLICATE_COMMITMENT", where, message));
      ctx.reject(ref);
      continue;
    }
    seenCommitments.set(key, ref);
    commitments.push(com);
  }
  return commitments;
}

export function importRelations(run: ImportRun, orgIds: IdRegistry, barrierIds: IdRegistry): Relation[] {
  const { ctx } = run;
  const candidates: Relation[] = [];
  for (const { row, file } of run.rowsOf("relations")) {
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
  return relations;
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
