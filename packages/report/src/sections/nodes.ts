/**
 * The map's data: every organisation with its attributes, position, cluster and metrics, every
 * relation, and the registry's metrics for the panel, the size selector and the glossary.
 */
import { type AnalysisResult, METRICS } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { Position, ReportEdge, ReportMetric, ReportNode } from "@ecolens/viz";

/** Metrics the map may size nodes by. */
const SIZEABLE = new Set([
  "degree",
  "strength",
  "betweenness",
  "pagerank",
  "eigenvector",
  "harmonic",
  "core_number",
]);
const INVENTORY_ATTRIBUTES = ["legal_form", "address", "postcode", "scope", "partnership_role", "kbo_number"];
const NOT_SHOWN = new Set([
  "label",
  "x",
  "y",
  "size",
  "sector",
  "org_type",
  "learning_context",
  "municipality",
  "nis_code",
]);

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Text, number and yes/no attributes of a node from a research file, as text. */
function fileAttributes(a: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, v] of Object.entries(a))
    if (
      !NOT_SHOWN.has(key) &&
      (typeof v === "string" || typeof v === "number" || typeof v === "boolean") &&
      String(v) !== ""
    )
      out[key] = String(v);
  return out;
}

/** Every node's finite `x`/`y` from its file (Gephi's layout), or undefined when any lacks one. */
export function filePositions(graph: EcoNetwork["graph"]): Map<string, Position> | undefined {
  if (graph.order === 0) return undefined;
  const out = new Map<string, Position>();
  for (const id of graph.nodes()) {
    const { x, y } = graph.getNodeAttributes(id) as { x?: unknown; y?: unknown };
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
      return undefined;
    out.set(id, { x, y });
  }
  const xs = [...out.values()];
  const spread = xs.some((p) => p.x !== xs[0].x || p.y !== xs[0].y);
  return spread || out.size === 1 ? out : undefined;
}

function nodeAttributes(network: EcoNetwork, a: Record<string, unknown>): Record<string, string> | undefined {
  const attributes: Record<string, string> = Object.create(null);
  for (const key of INVENTORY_ATTRIBUTES) if (str(a[key])) attributes[key] = String(a[key]);
  // A research file's own attributes (GEXF, GraphML, Pajek, lists): for the panel and for the map's
  // colour when there is no sector (viz defaultColourBy: viz colours, a categorical attribute).
  if (network.source.kind !== "inventory") Object.assign(attributes, fileAttributes(a));
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}

export interface NodeInputs {
  analysis?: AnalysisResult;
  /** Louvain membership (1-based), when clusters were computed. */
  membership?: Record<string, number>;
  positions: Map<string, Position>;
}

/** The organisations in id order. */
export function reportNodes(network: EcoNetwork, inputs: NodeInputs): ReportNode[] {
  const graph = network.graph;
  const ids = graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    const p = inputs.positions.get(id) ?? { x: 0, y: 0 };
    const metrics: Record<string, number | null> = Object.create(null);
    const row = inputs.analysis?.nodes[id];
    if (row) for (const key of Object.keys(row)) metrics[key] = row[key];
    const membership = inputs.membership?.[id];
    return {
      id,
      label: str(a.label) ?? id,
      org_type: str(a.org_type),
      sector: str(a.sector),
      learning_context: str(a.learning_context),
      municipality: str(a.nis_code) ?? (str(a.municipality) ? `name:${a.municipality}` : undefined),
      nis_code: str(a.nis_code),
      themes: strings(a.themes),
      target_groups: strings(a.target_groups),
      attributes: nodeAttributes(network, a),
      x: p.x,
      y: p.y,
      cluster: membership === undefined ? undefined : membership - 1,
      metrics,
    };
  });
}

/** The registry's metrics; node metrics present on the nodes may size them on the map. */
export function reportMetrics(nodes: ReportNode[]): ReportMetric[] {
  const nodeKeys = new Set(nodes.flatMap((node) => Object.keys(node.metrics)));
  return METRICS.map((d) => ({
    id: d.id,
    level: d.level,
    title: d.title,
    explanation: d.explanation,
    sizeable: d.level === "node" && SIZEABLE.has(d.id) && nodeKeys.has(d.id),
  }));
}

/** Every relation as entered; `withStatus` marks those confirmed by both sides (a collected round). */
export function reportEdges(network: EcoNetwork, withStatus: boolean): ReportEdge[] {
  const edges: ReportEdge[] = [];
  network.graph.forEachEdge((_e, attr, source, target, _sa, _ta, undirected) => {
    edges.push({
      source,
      target,
      relation_type: String(attr.relation_type ?? ""),
      weight: typeof attr.weight === "number" ? attr.weight : 1,
      directed: !undirected,
      ...(withStatus ? { confirmed: attr.confirmed === true } : {}),
    });
  });
  return edges;
}
