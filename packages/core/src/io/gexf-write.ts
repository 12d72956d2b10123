/**
 * GEXF 1.3 writer (https://gexf.net/schema.html). Output validates against the official Relax NG
 * grammar (gexf/1.3/gexf.rng) and reads in networkx 3 and Gephi. Choices, after the known problems
 * of readers and schemas: no xsi:schemaLocation (the RNG rejects it), `<edges/>` always present,
 * viz colours as r/g/b(/a) (networkx crashes on `hex`), XML-forbidden characters -> U+FFFD.
 * Node attributes `x`/`y` -> viz:position, `color` -> viz:color, `size` -> viz:size (when valid);
 * lists are `liststring` with `|` between items; the relation type is both the edge `kind` and an
 * attribute `relation_type`. Direction: defaultedgetype of the majority, `type` on every edge of a
 * mixed graph (networkx refuses mixed GEXF; Gephi reads it).
 */
import type { EcoNetwork } from "../model/types.ts";
import {
  type AttrColumn,
  columnText,
  inferColumns,
  type MetricColumns,
  nodeRecords,
  present,
  withMetricColumns,
  XML_DECLARATION,
  xmlAttr,
  xmlComment,
  xmlText,
  xsdNumber,
} from "./attribute-schema.ts";
import { type EdgeMode, planEdges } from "./edge-notes.ts";

export interface GexfWriteOptions {
  metrics?: MetricColumns;
  /** Write x/y as viz:position (default true). */
  positions?: boolean;
  /** One kind of edge for networkx/igraph, or mixed (edge-notes.ts; default: see planEdges). */
  edges?: EdgeMode;
}

const GEXF_TYPE: Record<AttrColumn["type"], string> = {
  integer: "integer",
  double: "double",
  boolean: "boolean",
  list: "liststring",
  string: "string",
};
const EDGE_FIELDS = new Set(["directed", "weight", "label"]);

interface Rgba {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** `#rgb`, `#rrggbb`, `rgb(r,g,b)`, `rgba(r,g,b,a)` -> channels; anything else -> undefined. */
export function parseColor(v: unknown): Rgba | undefined {
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  let m = /^#([0-9a-f]{3})$/i.exec(s);
  if (m) {
    const [r, g, b] = [...m[1]].map((c) => Number.parseInt(c + c, 16));
    return { r, g, b };
  }
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
  if (m) return { r: Number.parseInt(m[1], 16), g: Number.parseInt(m[2], 16), b: Number.parseInt(m[3], 16) };
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(s);
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number);
  if (r > 255 || g > 255 || b > 255) return undefined;
  const a = m[4] === undefined ? undefined : Number(m[4]);
  if (a !== undefined && !(a >= 0 && a <= 1)) return undefined;
  return { r, g, b, a };
}

const finiteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

export function writeGexf(network: EcoNetwork, options: GexfWriteOptions = {}): string {
  const graph = network.graph;
  const positions = options.positions !== false;
  const records = nodeRecords(graph, options.metrics);
  const metricNames = new Set(Object.keys(options.metrics ?? {}));

  // A viz field stays out of the attribute columns when every value of it can be written as viz.
  const vizOnly = new Set<string>(["label"]);
  const allValid = (key: string, ok: (v: unknown) => boolean) =>
    records.every(([, r]) => !present(r[key]) || ok(r[key]));
  if (allValid("x", finiteNumber) && allValid("y", finiteNumber)) {
    vizOnly.add("x");
    vizOnly.add("y");
  }
  if (allValid("color", (v) => parseColor(v) !== undefined)) vizOnly.add("color");
  if (allValid("size", (v) => finiteNumber(v) && v >= 0)) vizOnly.add("size");
  for (const m of metricNames) vizOnly.delete(m);

  const nodeColumns = withMetricColumns(
    inferColumns(
      records.map(([, r]) => r),
      (k) => vizOnly.has(k),
    ),
    options.metrics,
  );
  const plan = planEdges(graph, options.edges);
  const edgeColumns = inferColumns(
    plan.edges.map((e) => e.attributes),
    (k) => EDGE_FIELDS.has(k),
  );
  const { perEdge: mixed, defaultDirected } = plan;

  const out: string[] = [XML_DECLARATION];
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push("  <meta>");
  out.push("    <creator>ecolens</creator>");
  const name = graph.getAttribute("name");
  const description = [typeof name === "string" ? name : "", plan.note ?? ""].filter((t) => t !== "");
  if (description.length > 0) out.push(`    <description>${xmlText(description.join("\n"))}</description>`);
  out.push("  </meta>");
  if (plan.note) out.push(`  <!-- ${xmlComment(plan.note)} -->`);
  out.push(`  <graph defaultedgetype="${defaultDirected ? "directed" : "undirected"}">`);
  declare(out, "node", nodeColumns);
  declare(out, "edge", edgeColumns);

  out.push("    <nodes>");
  for (const [id, rec] of records) {
    const label = typeof rec.label === "string" ? rec.label : id;
    const inner: string[] = [];
    attvalues(inner, nodeColumns, rec);
    if (vizOnly.has("color")) {
      const c = parseColor(rec.color);
      if (c)
        inner.push(
          `        <viz:color r="${c.r}" g="${c.g}" b="${c.b}"${c.a === undefined ? "" : ` a="${c.a}"`}/>`,
        );
    }
    if (positions && vizOnly.has("x") && finiteNumber(rec.x) && finiteNumber(rec.y))
      inner.push(`        <viz:position x="${xsdNumber(rec.x)}" y="${xsdNumber(rec.y)}" z="0"/>`);
    if (vizOnly.has("size") && finiteNumber(rec.size))
      inner.push(`        <viz:size value="${xsdNumber(rec.size)}"/>`);
    const open = `      <node id="${xmlAttr(id)}" label="${xmlAttr(label)}"`;
    if (inner.length === 0) out.push(`${open}/>`);
    else out.push(`${open}>`, ...inner, "      </node>");
  }
  out.push("    </nodes>");

  if (plan.edges.length === 0) out.push("    <edges/>");
  else {
    out.push("    <edges>");
    for (const { key, source, target, directed, attributes: a } of plan.edges) {
      const rec = a;
      let open = `      <edge id="${xmlAttr(key)}" source="${xmlAttr(source)}" target="${xmlAttr(target)}"`;
      if (mixed) open += ` type="${directed ? "directed" : "undirected"}"`;
      if (finiteNumber(a.weight)) open += ` weight="${xsdNumber(a.weight)}"`;
      if (typeof a.relation_type === "string" && a.relation_type !== "")
        open += ` kind="${xmlAttr(a.relation_type)}"`;
      if (typeof rec.label === "string") open += ` label="${xmlAttr(rec.label)}"`;
      const inner: string[] = [];
      attvalues(inner, edgeColumns, rec);
      if (inner.length === 0) out.push(`${open}/>`);
      else out.push(`${open}>`, ...inner, "      </edge>");
    }
    out.push("    </edges>");
  }
  out.push("  </graph>");
  out.push("</gexf>");
  return `${out.join("\n")}\n`;
}

function declare(out: string[], cls: "node" | "edge", columns: AttrColumn[]) {
  if (columns.length === 0) return;
  out.push(`    <attributes class="${cls}">`);
  columns.forEach((c, i) => {
    out.push(`      <attribute id="${i}" title="${xmlAttr(c.name)}" type="${GEXF_TYPE[c.type]}"/>`);
  });

  out.push("    </attributes>");
}

function attvalues(inner: string[], columns: AttrColumn[], rec: Record<string, unknown>) {
  const values: string[] = [];
  columns.forEach((c, i) => {
    const v = rec[c.name];
    if (!present(v)) return;
    values.push(`          <attvalue for="${i}" value="${xmlAttr(columnText(v, c.type))}"/>`);
  });
  if (values.length > 0) inner.push("        <attvalues>", ...values, "        </attvalues>");
}
