/**
 * The data embedded in the report page, in a compact columnar form (a 20,000-organisation
 * network would weigh several MB as one object per node). viewer/decode.ts reads it back.
 */

import type { GeoPayload } from "../geo/model.ts";
import type { ExampleRouteModel, Lang, ReportMetric, ReportModel, Text } from "../model.ts";
import { geoPayload } from "./geo-section.ts";

export const PAYLOAD_VERSION = 1;

export interface Payload {
  v: number;
  lang: Lang;
  title: string;
  vocab: Record<string, Record<string, Text>>;
  metrics: ReportMetric[];
  /** Distinct codes per field; node/edge columns hold indices into these (-1 = none). */
  dict: Record<DictField, string[]>;
  nodes: {
    id: string[];
    label: string[];
    x: number[];
    y: number[];
    sector: number[];
    org_type: number[];
    municipality: number[];
    learning_context: number[];
    cluster: number[];
    themes: number[][];
    target_groups: number[][];
    /** Per node: extra attributes, or 0 when none. */
    attrs: Array<Record<string, string> | 0>;
    /** metric id -> value per node (null = undefined for that node). */
    metrics: Record<string, Array<number | null>>;
  };
  /** c: 1 = confirmed by both sides, 0 = not; only when the input carries tie statuses. */
  edges: { s: number[]; t: number[]; type: number[]; w: number[]; d: number[]; c?: number[] };
  /** Suggested links: [source index, target index, score, reason]. */
  suggestions: Array<[number, number, number, Text]>;
  /** [node index, barrier_type index, target_group index, 0 = signals | 1 = works on]. */
  nodeBarriers: Array<[number, number, number, number]>;
  /** Default metric for node size (first sizeable metric) or "". */
  sizeMetric: string;
  /** Changes since an earlier round, when compared: drawable relations as
   * [source index, target index, relation_type index, 1 = formal-informal] and new organisations. */
  changes?: {
    added: Array<[number, number, number, number]>;
    removed: Array<[number, number, number, number]>;
    newNodes: number[];
  };
  /** Example learning routes: node indices of the steps in order (exampleRoutes order). */
  routes: number[][];
  /** The municipality map (geo-section.ts): fills per figure and the geographic layout. */
  geo?: GeoPayload;
}

/** Every example route of the learning-paths section, in the order the page numbers them. */
export function exampleRoutes(model: ReportModel): ExampleRouteModel[] {
  return (model.learningPaths?.examples ?? []).flatMap((e) => e.routes);
}

export const DICT_FIELDS = [
  "sector",
  "org_type",
  "municipality",
  "learning_context",
  "theme",
  "target_group",
  "relation_type",
  "barrier_type",
] as const;
export type DictField = (typeof DICT_FIELDS)[number];

class Dictionary {
  readonly codes: string[] = [];
  private readonly index = new Map<string, number>();
  add(code: string | undefined): number {
    if (code === undefined || code === "") return -1;
    let i = this.index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(code);
      this.index.set(code, i);
    }
    return i;
  }
}

type Dicts = Record<DictField, Dictionary>;

/** What every encoding step shares: node index by id and the code dictionaries (filled in order). */
interface Encoder {
  index: Map<string, number>;
  dicts: Dicts;
}

/**
 * Node metrics, each with its normalised companion when there is one: the panel shows the
 * normalised value (the scale of the charts) and the raw one in its tooltip.
 */
function nodeMetricIds(model: ReportModel): string[] {
  return model.metrics
    .filter((m) => m.level === "node")
    .flatMap((m) =>
      model.nodes.some((n) => Object.hasOwn(n.metrics, `${m.id}_normalized`))
        ? [m.id, `${m.id}_normalized`]
        : [m.id],
    );
}

function encodeNodes(model: ReportModel, { dicts }: Encoder): Payload["nodes"] {
  const metricIds = nodeMetricIds(model);
  const nodes: Payload["nodes"] = {
    id: [],
    label: [],
    x: [],
    y: [],
    sector: [],
    org_type: [],
    municipality: [],
    learning_context: [],
    cluster: [],
    themes: [],
    target_groups: [],
    attrs: [],
    metrics: Object.fromEntries(metricIds.map((id) => [id, [] as Array<number | null>])),
  };
  for (const n of model.nodes) {
    nodes.id.push(n.id);
    nodes.label.push(n.label);
    nodes.x.push(n.x);
    nodes.y.push(n.y);
    nodes.sector.push(dicts.sector.add(n.sector));
    nodes.org_type.push(dicts.org_type.add(n.org_type));
    nodes.municipality.push(dicts.municipality.add(n.municipality));
    nodes.learning_context.push(dicts.learning_context.add(n.learning_context));
    nodes.cluster.push(n.cluster ?? -1);
    nodes.themes.push(n.themes.map((t) => dicts.theme.add(t)));
    nodes.target_groups.push(n.target_groups.map((t) => dicts.target_group.add(t)));
    nodes.attrs.push(n.attributes && Object.keys(n.attributes).length > 0 ? n.attributes : 0);
    for (const id of metricIds) {
      const v = Object.hasOwn(n.metrics, id) ? n.metrics[id] : null;
      nodes.metrics[id].push(typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(6)) : null);
    }
  }
  return nodes;
}

function encodeEdges(model: ReportModel, { index, dicts }: Encoder): Payload["edges"] {
  const edges: Payload["edges"] = { s: [], t: [], type: [], w: [], d: [] };
  for (const e of model.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    edges.s.push(s);
    edges.t.push(t);
    edges.type.push(dicts.relation_type.add(e.relation_type));
    edges.w.push(e.weight);
    edges.d.push(e.directed ? 1 : 0);
    if (e.confirmed !== undefined) (edges.c ??= []).push(e.confirmed ? 1 : 0);
  }
  if (edges.c && edges.c.length !== edges.s.length) delete edges.c;
  return edges;
}

function encodeSuggestions(model: ReportModel, { index }: Encoder): Payload["suggestions"] {
  const suggestions: Payload["suggestions"] = [];
  for (const s of model.suggestions ?? []) {
    const a = index.get(s.source);
    const b = index.get(s.target);
    if (a !== undefined && b !== undefined)
      suggestions.push([a, b, Number(s.score.toPrecision(4)), s.reason]);
  }
  return suggestions;
}

function encodeNodeBarriers(model: ReportModel, { index, dicts }: Encoder): Payload["nodeBarriers"] {
  const nodeBarriers: Payload["nodeBarriers"] = [];
  for (const link of model.nodeBarriers ?? []) {
    const i = index.get(link.org_id);
    if (i === undefined) continue;
    nodeBarriers.push([
      i,
      dicts.barrier_type.add(link.barrier_type),
      dicts.target_group.add(link.target_group),
      link.role === "signals" ? 0 : 1,
    ]);
  }
  return nodeBarriers;
}

function encodeChanges(model: ReportModel, { index, dicts }: Encoder): Payload["changes"] {
  if (!model.changes) return undefined;
  const edgeRows = (list: NonNullable<ReportModel["changes"]>["addedEdges"]) => {
    const rows: Array<[number, number, number, number]> = [];
    for (const e of list) {
      const s = index.get(e.source);
      const t = index.get(e.target);
      if (!e.drawable || s === undefined || t === undefined || s === t) continue;
      rows.push([s, t, dicts.relation_type.add(e.relation_type), e.cross_line ? 1 : 0]);
    }
    return rows;
  };
  return {
    added: edgeRows(model.changes.addedEdges),
    removed: edgeRows(model.changes.removedEdges),
    newNodes: model.changes.addedOrgs.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
  };
}

export function encodePayload(model: ReportModel, lang: Lang, title: string): Payload {
  const dicts = Object.fromEntries(DICT_FIELDS.map((f) => [f, new Dictionary()])) as Dicts;
  const index = new Map<string, number>();
  for (const [i, n] of model.nodes.entries()) index.set(n.id, i);
  const enc: Encoder = { index, dicts };
  // The order of the steps is the order codes enter the dictionaries: keep it.
  const nodes = encodeNodes(model, enc);
  const edges = encodeEdges(model, enc);
  const suggestions = encodeSuggestions(model, enc);
  const nodeBarriers = encodeNodeBarriers(model, enc);
  const changes = encodeChanges(model, enc);
  const routes = exampleRoutes(model).map((r) =>
    r.steps.map((s) => index.get(s.org_id)).filter((i): i is number => i !== undefined),
  );
  return {
    v: PAYLOAD_VERSION,
    lang,
    title,
    vocab: model.vocab,
    metrics: model.metrics,
    dict: Object.fromEntries(DICT_FIELDS.map((f) => [f, dicts[f].codes])) as Record<DictField, string[]>,
    nodes,
    edges,
    suggestions,
    nodeBarriers,
    sizeMetric: model.metrics.find((m) => m.level === "node" && m.sizeable)?.id ?? "",
    changes,
    routes,
    geo: geoPayload(model),
  };
}
