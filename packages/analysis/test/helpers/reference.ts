/**
 * Loads a reference case of data/reference/cases as a graphology graph, independently of core's readers
 * (those are tested on their own), so metric tests compare metrics only.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MultiGraph } from "graphology";

export const REFERENCE_DIR = fileURLToPath(new URL("../../../../data/reference/cases/", import.meta.url));
export const REFERENCE_CASES = [
  "karate",
  "karate-weighted",
  "florentine",
  "davis-bipartite",
  "davis-women-projection",
  "les-miserables",
  "gf-tiny",
  "edge-cases",
] as const;

export interface ReferenceCase {
  name: string;
  graph: MultiGraph;
  /** Node ids in nodes.csv row order. */
  order: string[];
  expected: any;
  tolerance: number;
}

/** The files hold no quoted fields (checked: none contains a double quote). */
function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  if (lines.some((l) => l.includes('"'))) throw new Error(`${path}: quoted fields not supported here`);
  const header = lines[0].split(",");
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    const row: Record<string, string> = Object.create(null);
    header.forEach((h, i) => {
      row[h] = cells[i] ?? "";
    });
    return row;
  });
}

export function loadReference(name: string): ReferenceCase {
  const dir = `${REFERENCE_DIR}${name}/`;
  if (!existsSync(dir)) throw new Error(`reference case not found: ${dir}`);
  const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8"));
  const directed = Boolean(expected.graph.directed);
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  const order: string[] = [];
  for (const row of readCsv(`${dir}nodes.csv`)) {
    const { id, label, ...rest } = row;
    graph.addNode(id, { label, ...rest });
    order.push(id);
  }
  for (const row of readCsv(`${dir}edges.csv`)) {
    const attrs = { relation_type: "tie", weight: Number(row.weight ?? 1), directed };
    if (directed) graph.addDirectedEdge(row.source, row.target, attrs);
    else graph.addUndirectedEdge(row.source, row.target, attrs);
  }
  return { name, graph, order, expected, tolerance: expected.tolerance ?? 1e-6 };
}

/** The reference rule: |actual - expected| <= tol * max(1, |expected|); null = NaN/undefined. */
export function close(actual: number | null | undefined, expected: number | null, tol = 1e-6): boolean {
  if (expected === null) return actual === null || actual === undefined || Number.isNaN(actual);
  if (actual === null || actual === undefined || Number.isNaN(actual)) return false;
  return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));
}

/** Every mismatch of a per-node map, as readable lines (empty = all match). */
export function mismatches(
  actual: Record<string, number | null>,
  expected: Record<string, number | null>,
  tol = 1e-6,
): string[] {
  const out: string[] = [];
  for (const [id, e] of Object.entries(expected)) {
    if (!close(actual[id], e, tol)) out.push(`${id}: expected ${e}, got ${actual[id]}`);
  }
  return out;
}
