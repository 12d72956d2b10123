/**
 * Checks across rows and files: duplicate ids, references to organisations, barriers and offerings
 * that do not exist, duplicate relations and self-loops. Referenced things are never created: a
 * row whose subject is unknown is not imported; an unknown optional reference is left out.
 */

import { msgText } from "../messages/index.ts";
import type { Finding, Severity } from "../model/types.ts";
import { idVariantKey } from "../values/id.ts";
import { finding, q, rowAt } from "./findings.ts";
import type { ParsedFile } from "./rows.ts";

export interface RowRef {
  file: string;
  row: number;
}

/** Everything the checks share: findings, rejections and the column names of each file. */
export class CheckContext {
  readonly findings: Finding[] = [];
  constructor(private readonly files: Map<string, ParsedFile>) {}

  reject(ref: RowRef): void {
    this.files.get(ref.file)?.rejected.add(ref.row);
  }
  /** The header the user wrote for a field in a file (the canonical name if absent). */
  column(file: string, field: string): string {
    return this.files.get(file)?.map.byField.get(field)?.header ?? field;
  }
}

/** Ids kept so far, with where they were first seen and ids whose rows were rejected. */
export class IdRegistry {
  readonly first = new Map<string, RowRef>();
  /** Ids whose row was not imported (e.g. name missing), for clearer follow-up messages. */
  readonly rejected = new Map<string, RowRef>();
  private lower?: Map<string, string>;
  /** idVariantKey -> the first id with that key, for SIMILAR_ID. */
  private readonly variants = new Map<string, string>();

  constructor(readonly what: { nl: string; en: string }) {}

  has(id: string): boolean {
    return this.first.has(id);
  }

  /** Registers an id; false (and a DUPLICATE_ID error, row rejected) when it was seen before. */
  claim(id: string, ref: RowRef, field: string, ctx: CheckContext): boolean {
    const seen = this.first.get(id);
    if (!seen) {
      this.first.set(id, ref);
      this.lower = undefined;
      const key = idVariantKey(id);
      const variant = this.variants.get(key);
      if (variant === undefined) this.variants.set(key, id);
      else similarIdFinding(this.what, variant, this.first.get(variant)!, id, ref, field, ctx);
      return true;
    }
    ctx.findings.push(
      finding(
        "error",
        "DUPLICATE_ID",
        { ...ref, column: ctx.column(ref.file, field), value: id },
        msgText("references.duplicate_id", { id: q(id), what: this.what, at: rowAt(seen, ref.file) }),
      ),
    );
    ctx.reject(ref);
    return false;
  }

  /** A known id differing only in case or surrounding punctuation, for "did you mean". */
  nearest(id: string): string | undefined {
    if (!this.lower) {
      this.lower = new Map();
      for (const known of this.first.keys()) {
        const k = looseKey(known);
        if (!this.lower.has(k)) this.lower.set(k, known);
      }
    }
    return this.lower.get(looseKey(id));
  }
}

/** Two ids that differ only by upper/lower case or spaces: both kept, both rows named. */
function similarIdFinding(
  what: { nl: string; en: string },
  firstId: string,
  first: RowRef,
  id: string,
  ref: RowRef,
  field: string,
  ctx: CheckContext,
): void {
  const caseDiffers = firstId.replace(/[\s\p{Zs}]+/gu, "") !== id.replace(/[\s\p{Zs}]+/gu, "");
  const spaceDiffers = firstId.toLowerCase() !== id.toLowerCase();
  const how = msgText(
    caseDiffers && spaceDiffers
      ? "references.case_and_spaces"
      : caseDiffers
        ? "references.case"
        : "references.spaces",
  );
  ctx.findings.push(
    finding(
      "warning",
      "SIMILAR_ID",
      { ...ref, column: ctx.column(ref.file, field), value: id },
      msgText("references.similar_id", {
        id: q(id),
        row: ref.row,
        firstId: q(firstId),
        at: rowAt(first, ref.file),
        how,
        what,
      }),
    ),
  );
}

function looseKey(id: string): string {
  return id
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * A reference to an unknown thing. `subject` references (the row is about it) reject the row with
 * an error; optional references are dropped with a warning.
 */
export function unknownReference(
  code: string,
  registry: IdRegistry,
  id: string,
  ref: RowRef,
  field: string,
  subject: boolean,
  ctx: CheckContext,
): void {
  const severity: Severity = subject ? "error" : "warning";
  const near = registry.nearest(id);
  const rejected = registry.rejected.get(id);
  const hint = near
    ? msgText("references.did_you_mean", { near: q(near) })
    : rejected
      ? msgText("references.rejected_there", { file: rejected.file, row: rejected.row })
      : "";
  ctx.findings.push(
    finding(
      severity,
      code,
      { ...ref, column: ctx.column(ref.file, field), value: id },
      msgText(subject ? "references.unknown_subject" : "references.unknown_reference", {
        id: q(id),
        what: registry.what,
        hint,
      }),
    ),
  );
  if (subject) ctx.reject(ref);
}

/** Keeps the known ids of a list, reporting the others (warning, dropped). */
export function knownOnly(
  ids: readonly string[],
  registry: IdRegistry,
  code: string,
  ref: RowRef,
  field: string,
  ctx: CheckContext,
): string[] {
  return ids.filter((id) => {
    if (registry.has(id)) return true;
    unknownReference(code, registry, id, ref, field, false, ctx);
    return false;
  });
}
