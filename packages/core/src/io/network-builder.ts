/**
 * Builds an EcoNetwork from a researcher's file, one node and edge at a time, turning every problem
 * into a finding instead of an exception: a duplicate node id keeps the first node, an edge to an
 * undeclared node is not imported (and the node is not invented, unlike networkx), a bad value is
 * dropped with its row, column and value in the report.
 */
import { MultiGraph } from "graphology";
import { GENERIC_RELATION_TYPE } from "../model/codes.ts";
// Every graph built here holds ids from untrusted files (`__proto__`, `constructor`, ...): graphology
// must be hardened before the first node is added, whichever module a caller imported first.
import "../model/graphology-guard.ts";
import { msgText } from "../messages/index.ts";
import type {
  EcoGraph,
  EcoNetwork,
  Finding,
  InventoryFileKind,
  NetworkSourceKind,
  Organisation,
  OrgNodeAttributes,
  Relation,
  RelationEdgeAttributes,
  Severity,
  Text,
} from "../model/types.ts";

export interface FindingPlace {
  row?: number;
  column?: string;
  value?: string;
}

interface FileCounts {
  kind: InventoryFileKind;
  dataRows: number;
  imported: number;
  rejected: number;
  blank: number;
  encoding?: string;
  delimiter?: string;
}

export interface EdgeInput {
  key?: string;
  source: string;
  target: string;
  directed: boolean;
  weight?: number;
  relationType?: string;
  attributes: Record<string, unknown>;
  row?: number;
}

/** Invisible and control characters made visible, so a finding shows what is really there. */
export function visible(value: string): string {
  const cut = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return cut.replace(
    /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff\ufffd]/g,
    (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟧`,
  );
}

/**
 * Attribute names that would corrupt a plain object (`__proto__`) are renamed; every other name,
 * `constructor` included, is an ordinary own property.
 */
export function safeAttributeName(name: string): string {
  return name === "__proto__" ? "_proto_" : name;
}

export class NetworkBuilder {
  readonly graph: EcoGraph = new MultiGraph({ type: "mixed", allowSelfLoops: true }) as EcoGraph;
  readonly findings: Finding[] = [];
  private readonly files = new Map<string, FileCounts>();
  private readonly nodeRows = new Map<string, { file: string; row?: number }>();
  private readonly edgeRows = new Map<string, { file: string; row?: number }>();
  private edgeCounter = 0;

  /** Register a file (in order) with its kind; counts start at zero. */
  addFile(
    file: string,
    kind: InventoryFileKind,
    extra: { encoding?: string; delimiter?: string } = {},
  ): void {
    if (!this.files.has(file))
      this.files.set(file, { kind, dataRows: 0, imported: 0, rejected: 0, blank: 0, ...extra });
  }

  counts(file: string): FileCounts {
    const c = this.files.get(file);
    if (!c) throw new Error(`file ${file} not registered`);
    return c;
  }

  report(file: string, severity: Severity, code: string, place: FindingPlace, message: Text): void {
    const finding: Finding = { severity, code, file, message };
    if (place.row !== undefined) finding.row = place.row;
    if (place.column !== undefined) finding.column = place.column;
    if (place.value !== undefined) finding.value = visible(place.value);
    this.findings.push(finding);
  }

  hasNode(id: string): boolean {
    return this.graph.hasNode(id);
  }

  /** Adds a node; a duplicate id is a finding and the first node stays. */
  addNode(
    file: string,
    id: string,
    attributes: Record<string, unknown>,
    row?: number,
    column = "id",
  ): boolean {
    if (this.graph.hasNode(id)) {
      this.duplicateNode(file, id, row, column);
      return false;
    }
    const counts = this.counts(file);
    counts.dataRows++;
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(attributes)) if (v !== undefined) attrs[safeAttributeName(k)] = v;
    if (typeof attrs.label !== "string" || attrs.label === "") attrs.label = id;
    this.graph.addNode(id, attrs as OrgNodeAttributes);
    this.nodeRows.set(id, { file, row });
    counts.imported++;
    return true;
  }

  /** Reports a second node with an id already taken (the first stays) and counts the row as rejected. */
  duplicateNode(file: string, id: string, row?: number, column = "id", first = this.nodeRows.get(id)): void {
    const counts = this.counts(file);
    counts.dataRows++;
    counts.rejected++;
    const where = first?.row !== undefined ? ` (${first.file}:${first.row})` : "";
    this.report(
      file,
      "error",
      "DUPLICATE_NODE_ID",
      { row, column, value: id },
      msgText("network-builder.duplicate_node_id", { id, where }),
    );
  }

  /** A row that carried nothing (blank line); counted, not reported. */
  addBlank(file: string): void {
    const c = this.counts(file);
    c.dataRows++;
    c.blank++;
  }

  /** A row merged into another one (the reverse arc of a doubled tie): in the network, counted. */
  merged(file: string): void {
    const c = this.counts(file);
    c.dataRows++;
    c.imported++;
  }

  /** A row rejected before it could become a node or edge (the caller reported why). */
  reject(file: string): void {
    const c = this.counts(file);
    c.dataRows++;
    c.rejected++;
  }

  /** Reports an edge whose endpoint(s) `missing` are not declared nodes; nothing is created. */
  danglingEdge(
    file: string,
    edge: { source: string; target: string; row?: number },
    missing: string[],
  ): void {
    const counts = this.counts(file);
    counts.dataRows++;
    counts.rejected++;
    const ids = missing.map((id) => `'${id}'`).join(", ");
    this.report(
      file,
      "error",
      "DANGLING_EDGE",
      {
        row: edge.row,
        column: missing.includes(edge.source) ? "source" : "target",
        value: missing.join(", "),
      },
      msgText("network-builder.dangling_edge", { source: edge.source, target: edge.target, ids }),
    );
  }

  /** Adds an edge if both endpoints exist; otherwise a finding and nothing is created. */
  addEdge(file: string, edge: EdgeInput): boolean {
    if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) {
      const missing = [edge.source, edge.target].filter(
        (id, i, all) => !this.graph.hasNode(id) && all.indexOf(id) === i,
      );
      this.danglingEdge(file, edge, missing);
      return false;
    }
    const counts = this.counts(file);
    counts.dataRows++;
    let key = edge.key;
    if (key !== undefined && this.graph.hasEdge(key)) {
      this.report(
        file,
        "warning",
        "DUPLICATE_EDGE_ID",
        { row: edge.row, column: "id", value: key },
        msgText("network-builder.duplicate_edge_id", { key }),
      );
      key = undefined;
    }
    if (key === undefined) {
      do key = `e${this.edgeCounter++}`;
      while (this.graph.hasEdge(key));
    }
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(edge.attributes))
      if (v !== undefined) attrs[safeAttributeName(k)] = v;
    attrs.relation_type = edge.relationType ?? GENERIC_RELATION_TYPE;
    attrs.weight = edge.weight ?? 1;
    attrs.directed = edge.directed;
    const typed = attrs as RelationEdgeAttributes;
    if (edge.directed) this.graph.addDirectedEdgeWithKey(key, edge.source, edge.target, typed);
    else this.graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, typed);
    this.edgeRows.set(key, { file, row: edge.row });
    counts.imported++;
    return true;
  }

  build(kind: NetworkSourceKind, graphAttributes: Record<string, unknown> = {}): EcoNetwork {
    for (const [k, v] of Object.entries(graphAttributes))
      if (v !== undefined) this.graph.setAttribute(safeAttributeName(k), v);
    const findings = [...this.findings].sort(compareFindings);
    const report = {
      files: [...this.files].map(([file, c]) => ({ file, ...c })),
      findings,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
    };
    return {
      graph: this.graph,
      organisations: this.organisations(),
      relations: this.relations(),
      offerings: [],
      barriers: [],
      commitments: [],
      municipalities: [],
      report,
      source: { kind, files: [...this.files.keys()] },
    };
  }

  /** One organisation per node so that counts agree; the inventory fields are filled when present. */
  private organisations(): Organisation[] {
    const out: Organisation[] = [];
    this.graph.forEachNode((id, a) => {
      const org: Organisation = {
        org_id: id,
        name: a.label,
        themes: stringList(a.themes),
        target_groups: stringList(a.target_groups),
        resources: stringList(a.resources),
        extra: {},
      };
      for (const field of ["org_type", "sector", "learning_context", "municipality", "nis_code"] as const) {
        const v = a[field];
        if (typeof v === "string" && v !== "") org[field] = v;
      }
      for (const [k, v] of Object.entries(a)) {
        if (k === "label" || Object.hasOwn(org, k) || v === undefined || v === null) continue;
        org.extra[k] = Array.isArray(v) ? v.join("|") : String(v);
      }
      const place = this.nodeRows.get(id);
      if (place) {
        org.file = place.file;
        if (place.row !== undefined) org.row = place.row;
      }
      out.push(org);
    });
    return out;
  }

  private relations(): Relation[] {
    const out: Relation[] = [];
    this.graph.forEachEdge((key, a, source, target) => {
      const rel: Relation = {
        key,
        source_id: source,
        target_id: target,
        relation_type: a.relation_type,
        directed: a.directed,
        weight: a.weight,
        extra: {},
      };
      for (const [k, v] of Object.entries(a)) {
        if (k === "relation_type" || k === "directed" || k === "weight" || v === undefined || v === null)
          continue;
        rel.extra[k] = Array.isArray(v) ? v.join("|") : String(v);
      }
      const place = this.edgeRows.get(key);
      if (place) {
        rel.file = place.file;
        if (place.row !== undefined) rel.row = place.row;
      }
      out.push(rel);
    });
    return out;
  }
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const ra = a.row ?? 0;
  const rb = b.row ?? 0;
  if (ra !== rb) return ra - rb;
  const ca = a.column ?? "";
  const cb = b.column ?? "";
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
