/**
 * Relation-specific rules.
 * - Gephi's edge table has a `Type` column holding Directed/Undirected: when a relations file's
 *   `type` column holds only such words, it is read as `directed`, not as relation_type.
 * - Self-loops are kept (in relations and the graph) with a SELF_LOOP warning; analyses drop them
 *   (buildView). Parallel ties of different types are multiplex and kept. The same pair with the
 *   same type and wave twice (undirected: also reversed) is a DUPLICATE_RELATION: the first row
 *   is kept, the later one set aside.
 */
import { normaliseHeader } from "../csv/header.ts";
import type { Table } from "../csv/read-table.ts";
import { msgText } from "../messages/index.ts";
import type { Relation } from "../model/types.ts";
import { label } from "../vocab/match.ts";
import type { ColumnMap } from "./columns.ts";
import { finding, q, rowAt } from "./findings.ts";
import type { CheckContext } from "./references.ts";
import { RELATION_COLUMNS } from "./schema.ts";

const DIRECTED_WORDS = new Set(["directed", "gericht"]);
const UNDIRECTED_WORDS = new Set(["undirected", "ongericht", "mutual", "wederzijds"]);

/**
 * If the relation_type column is a Gephi direction column, returns the table with that column
 * rewritten to 1/0 and the map pointing it at `directed`.
 */
export function gephiTypeColumn(
  table: Table,
  map: ColumnMap,
): { table: Table; map: ColumnMap; column: string } | undefined {
  const typeCol = map.byField.get("relation_type");
  if (!typeCol || normaliseHeader(typeCol.header) !== "type" || map.byField.has("directed")) return undefined;
  const values = table.records.map((r) => normaliseHeader(r.cells[typeCol.index] ?? ""));
  const filled = values.filter((v) => v !== "");
  if (filled.length === 0 || !filled.every((v) => DIRECTED_WORDS.has(v) || UNDIRECTED_WORDS.has(v)))
    return undefined;
  const records = table.records.map((r) => {
    const cells = [...r.cells];
    const v = normaliseHeader(cells[typeCol.index] ?? "");
    cells[typeCol.index] = v === "" ? "" : DIRECTED_WORDS.has(v) ? "1" : "0";
    return { row: r.row, cells };
  });
  const byField = new Map(map.byField);
  byField.delete("relation_type");
  byField.set("directed", { ...typeCol, spec: RELATION_COLUMNS.find((s) => s.field === "directed")! });
  return { table: { ...table, records }, map: { ...map, byField }, column: typeCol.header };
}

export function selfLoopFinding(rel: Relation, ctx: CheckContext): void {
  const ref = { file: rel.file!, row: rel.row! };
  ctx.findings.push(
    finding(
      "warning",
      "SELF_LOOP",
      { ...ref, column: ctx.column(ref.file, "target_id"), value: rel.target_id },
      msgText("relations.self_loop", { source_id: q(rel.source_id) }),
    ),
  );
}

function pairKey(rel: Relation): string {
  const [a, b] =
    rel.directed || rel.source_id <= rel.target_id
      ? [rel.source_id, rel.target_id]
      : [rel.target_id, rel.source_id];
  return [rel.directed ? "d" : "u", a, b, rel.relation_type, rel.wave ?? ""].join("\u0000");
}

/** Keeps the first of each (pair, type, wave); reports and sets aside the others. */
export function dropDuplicateRelations(relations: Relation[], ctx: CheckContext): Relation[] {
  const first = new Map<string, Relation>();
  return relations.filter((rel) => {
    const key = pairKey(rel);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, rel);
      return true;
    }
    const ref = { file: rel.file!, row: rel.row! };
    const pair = rel.directed
      ? `${q(rel.source_id)} → ${q(rel.target_id)}`
      : `${q(rel.source_id)} – ${q(rel.target_id)}`;
    const wave = rel.wave === undefined ? "" : ` (${rel.wave})`;
    ctx.findings.push(
      finding(
        "warning",
        "DUPLICATE_RELATION",
        { ...ref, column: ctx.column(ref.file, "relation_type") },
        msgText("relations.duplicate_relation", {
          pair,
          type: {
            nl: label("relation_type", rel.relation_type, "nl"),
            en: label("relation_type", rel.relation_type, "en"),
          },
          wave,
          at: rowAt({ file: seen.file!, row: seen.row! }, rel.file!),
        }),
      ),
    );
    ctx.reject(ref);
    return false;
  });
}
