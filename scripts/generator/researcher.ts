/**
 * The Westhoek core partnership as a Gephi-style node/edge table pair (Id,Label / Source,Target,
 * Type,Weight; comma, UTF-8, LF), the kind of file a researcher imports. Parallel relations
 * between a pair are summed into one undirected edge whose weight is the sum of their levels.
 */
import { PLAIN, toCsv, utf8Bytes } from "./csv.ts";
import type { Inventory } from "./model.ts";
import { sectorOf } from "./relations.ts";

export function researcherFiles(inv: Inventory): Map<string, Uint8Array> {
  const core = inv.orgs.filter((o) => o.core).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = new Set(core.map((o) => o.id));
  const weight = new Map<string, number>();
  for (const r of inv.relations) {
    if (!ids.has(r.source) || !ids.has(r.target) || r.source === r.target) continue;
    const key = r.source < r.target ? `${r.source}\u0000${r.target}` : `${r.target}\u0000${r.source}`;
    weight.set(key, (weight.get(key) ?? 0) + r.level);
  }
  const nodes = core.map((o) => [
    o.id,
    o.name,
    o.type,
    sectorOf(o) ?? "",
    o.municipality ?? "",
    o.role ?? "",
  ]);
  const edges = [...weight.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, w]) => [...key.split("\u0000"), "Undirected", String(w)]);
  return new Map([
    [
      "nodes.csv",
      utf8Bytes(toCsv(["Id", "Label", "org_type", "sector", "municipality", "role"], nodes, PLAIN), false),
    ],
    ["edges.csv", utf8Bytes(toCsv(["Source", "Target", "Type", "Weight"], edges, PLAIN), false)],
  ]);
}
