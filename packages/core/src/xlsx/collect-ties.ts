/**
 * The status of every tie after a round of partner forms (PARTNER CPRM's idea, with workbooks):
 * both sides report it the same way -> confirmed; one side only -> reported by one; the sides
 * differ in type or strength, or one side deleted it -> contradicted. Ties between organisations
 * that both did not answer keep the last round's row with status "no response".
 */
import { parseBoolean } from "../values/boolean.ts";
import { parseNumber } from "../values/number.ts";
import { matchVocabulary } from "../vocab/match.ts";
import { VOCABULARIES } from "../vocab/registry.ts";

export type TieStatus = "confirmed" | "reported_by_one" | "contradicted" | "no_response";
export type TieReason = "type_differs" | "strength_differs" | "deleted_by_other" | "missing_in_other";

export interface TieReport<Row> {
  by: string;
  source: string;
  target: string;
  type: string;
  strength: string;
  deleted: boolean;
  row: Row;
}

export interface TieOutcome<Row> {
  row: Row;
  status: TieStatus;
  reason?: TieReason;
  /** The organisations whose forms report the tie (sorted). */
  reporters: string[];
}

export interface RemovedTie {
  source: string;
  target: string;
  type: string;
  by: string[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function relationTypeCode(raw: string): string {
  return matchVocabulary("relation_type", raw) ?? raw.trim().toLowerCase();
}

/** Level and weight as one comparable string ("3|2.5"); empty parts when not given. */
export function strengthKey(level: string, weight: string): string {
  const code = level ? matchVocabulary("level", level) : undefined;
  const rank = code
    ? VOCABULARIES.level.entries.findIndex((e) => e.code === code) + 1
    : level
      ? Number(level.replace(",", "."))
      : "";
  const w = weight ? parseNumber(weight, { decimalComma: true }) : undefined;
  return `${rank}|${w?.ok && w.value !== undefined ? w.value : weight}`;
}

export function isYes(raw: string | undefined): boolean {
  if (!raw) return false;
  const b = parseBoolean(raw);
  return b.ok && b.value === true;
}

/** Matches the two sides' reports of one pair by relation type and gives each kept tie its status. */
export function resolvePair<Row>(
  sides: [string, string],
  reports: Array<TieReport<Row>>,
  responded: (id: string) => boolean,
  inLastRound: (type: string) => boolean,
  removed: RemovedTie[],
): Array<TieOutcome<Row>> {
  const [a, b] = sides;
  const of = (id: string) => reports.filter((r) => r.by === id);
  const ra = of(a);
  const rb = of(b);
  const out: Array<TieOutcome<Row>> = [];
  const unmatchedA: Array<TieReport<Row>> = [];
  const takenB = new Set<TieReport<Row>>();
  for (const x of ra) {
    const y = rb.find((r) => r.type === x.type && !takenB.has(r));
    if (!y) {
      unmatchedA.push(x);
      continue;
    }
    takenB.add(y);
    const by = [x.by, y.by].sort();
    if (x.deleted && y.deleted) removed.push({ source: x.source, target: x.target, type: x.type, by });
    else if (x.deleted || y.deleted)
      out.push({
        row: (x.deleted ? y : x).row,
        status: "contradicted",
        reason: "deleted_by_other",
        reporters: by,
      });
    else if (x.strength !== y.strength)
      out.push({ row: x.row, status: "contradicted", reason: "strength_differs", reporters: by });
    else out.push({ row: x.row, status: "confirmed", reporters: by });
  }
  const unmatchedB = rb.filter((r) => !takenB.has(r));
  const liveA = unmatchedA.filter((r) => !r.deleted);
  const liveB = unmatchedB.filter((r) => !r.deleted);
  for (const r of [...unmatchedA, ...unmatchedB]) {
    if (r.deleted) {
      removed.push({ source: r.source, target: r.target, type: r.type, by: [r.by] });
      continue;
    }
    const other = r.by === a ? b : a;
    const otherLive = r.by === a ? liveB : liveA;
    if (responded(other) && otherLive.length > 0)
      out.push({ row: r.row, status: "contradicted", reason: "type_differs", reporters: [a, b].sort() });
    else if (responded(other) && inLastRound(r.type))
      // The other side's form held this tie and it came back without it: a deleted row.
      out.push({ row: r.row, status: "contradicted", reason: "missing_in_other", reporters: [r.by] });
    else out.push({ row: r.row, status: "reported_by_one", reporters: [r.by] });
  }
  // Reports by third parties (a form listing a tie between two others) count as one report each.
  for (const r of reports.filter((x) => x.by !== a && x.by !== b && !x.deleted))
    out.push({ row: r.row, status: "reported_by_one", reporters: [r.by] });
  return out;
}
