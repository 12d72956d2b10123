/**
 * Building and ordering import findings. Severity means:
 * - error: a row (or a whole file's rows) was NOT imported, or the CSV itself is broken;
 * - warning: imported, but a value was dropped, guessed or kept as `other:`; or an exact duplicate
 *   was set aside;
 * - info: handled automatically and worth knowing (e.g. an old NIS code mapped to the new one).
 */

import { msgText } from "../messages/index.ts";
import type { Finding, Severity, Text } from "../model/types.ts";
import { makeVisible } from "../values/visible.ts";

export interface Where {
  file: string;
  row?: number;
  /** The header as the user wrote it. */
  column?: string;
  /** Raw value; made visible when stored. */
  value?: string;
}

export function finding(severity: Severity, code: string, where: Where, message: Text): Finding {
  const f: Finding = { severity, code, file: where.file, message };
  if (where.row !== undefined) f.row = where.row;
  if (where.column !== undefined) f.column = where.column;
  if (where.value !== undefined) f.value = makeVisible(where.value);
  return f;
}

/** Where an earlier row is: `rij 4` in the same file, `<file> rij 4` in another. */
export function rowAt(earlier: { file: string; row: number }, currentFile: string): Text {
  return msgText("findings.row_at", {
    file: earlier.file === currentFile ? "" : earlier.file,
    row: earlier.row,
  });
}

/** `"x"` for messages, invisible characters shown. */
export function q(value: string): string {
  return `"${makeVisible(value)}"`;
}

/** Collects findings and remembers each file's column order for sorting. */
export class FindingLog {
  readonly all: Finding[] = [];
  private readonly columnOrder = new Map<string, Map<string, number>>();

  add(f: Finding): void {
    this.all.push(f);
  }
  addAll(fs: readonly Finding[]): void {
    for (const f of fs) this.all.push(f);
  }
  setHeader(file: string, header: readonly string[]): void {
    const order = new Map<string, number>();
    header.forEach((h, i) => {
      const name = h.trim();
      if (!order.has(name)) order.set(name, i);
    });
    this.columnOrder.set(file, order);
  }

  /** By file, then row (file-level first), then column position (row-level first), then as found. */
  sorted(): Finding[] {
    const col = (f: Finding) =>
      f.column === undefined
        ? -1
        : (this.columnOrder.get(f.file)?.get(f.column.trim()) ?? Number.MAX_SAFE_INTEGER);
    return sortFindingsByPlace(this.all, col);
  }
}

/**
 * Findings by file, then row (file-level first), then `column` position, then as found: the order
 * of the import report, for the CSV import and the workbook import alike.
 */
export function sortFindingsByPlace(findings: readonly Finding[], column: (f: Finding) => number): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.file < b.f.file ? -1 : a.f.file > b.f.file ? 1 : 0) ||
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        column(a.f) - column(b.f) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
