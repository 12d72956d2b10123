/**
 * GraphML 1.0 writer (http://graphml.graphdrawing.org/specification.html); graphology-graphml only
 * parses. Output validates against graphml.xsd and reads in networkx 3 and yEd/Gephi.
 * GraphML ids must be NMTOKENs (no spaces, quotes, `<`), so nodes are written as n0, n1, ... with
 * the real id in `<data key="id">` (our reader maps it back), edges as e0, e1, ...; key ids are
 * d0, d1, ... with the attribute name in `attr.name`. Typed keys: int (32-bit integers), double,
 * boolean, string; lists are `|`-joined strings whose key carries `<desc>list separated by |</desc>`
 * so ecolens reads them back as lists. Mixed graphs: `directed` on every edge (networkx refuses
 * mixed files; yEd reads them). Parallel edges are allowed (`parse.edgeids`-free: plain ids).
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
  xmlText,
} from "./attribute-schema.ts";
import { type EdgeMode, planEdges } from "./edge-notes.ts";

export interface GraphmlWriteOptions {
  metrics?: MetricColumns;
  /** One kind of edge for networkx/igraph, or mixed (edge-notes.ts; default: see planEdges). */
  edges?: EdgeMode;
}

/** The `<desc>` that marks a `|`-joined list key (read back by readGraphml). */
export const GRAPHML_LIST_DESC = "list separated by |";

const GRAPHML_TYPE: Record<AttrColumn["type"], string> = {
  integer: "int",
  double: "double",
  boolean: "boolean",
  list: "string",
  string: "string",
};

interface Key extends AttrColumn {
  id: string;
  domain: "node" | "edge";
  /** Name in the written file (an attribute called `id` would clash with the original-id key). */
  written: string;
}

export function writeGraphml(network: EcoNetwork, options: GraphmlWriteOptions = {}): string {
  const graph = network.graph;
  const records = nodeRecords(graph, options.metrics);
  const nodeColumns = withMetricColumns(
    inferColumns(
      records.map(([, r]) => r),
      (k) => k === "label",
    ),
    options.metrics,
  );
  const plan = planEdges(graph, options.edges);
  const edgeColumns = inferColumns(
    plan.edges.map((e) => e.attributes),
    (k) => k === "directed",
  );
  const keys: Key[] = [];
  let counter = 0;
  const addKey = (domain: "node" | "edge", c: AttrColumn, written = c.name) =>
    keys.push({ ...c, domain, written, id: `d${counter++}` });
  addKey("node", { name: "id", type: "string" });
  addKey("node", { name: "label", type: "string" });
  for (const c of nodeColumns) addKey("node", c, c.name === "id" ? "id_attribute" : c.name);
  for (const c of edgeColumns) addKey("edge", c);
  const nodeKeys = keys.filter((k) => k.domain === "node");
  const edgeKeys = keys.filter((k) => k.domain === "edge");

  const { perEdge: mixed, defaultDirected } = plan;

  const out: string[] = [XML_DECLARATION];
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const k of keys) {
    const open = `  <key id="${k.id}" for="${k.domain}" attr.name="${xmlAttr(k.written)}" attr.type="${GRAPHML_TYPE[k.type]}"`;
    if (k.type === "list") out.push(`${open}>`, `    <desc>${GRAPHML_LIST_DESC}</desc>`, "  </key>");
    else out.push(`${open}/>`);
  }
  out.push(`  <graph id="G" edgedefault="${defaultDirected ? "directed" : "undirected"}">`);
  if (plan.note) out.push(`    <desc>${xmlText(plan.note)}</desc>`);
  const xmlId = new Map<string, string>();
  records.forEach(([id, rec], i) => {
    xmlId.set(id, `n${i}`);
    const label = typeof rec.label === "string" ? rec.label : id;
    const data = [
      `<data key="${nodeKeys[0].id}">${xmlText(id)}</data>`,
      `<data key="${nodeKeys[1].id}">${xmlText(label)}</data>`,
    ];
    for (const k of nodeKeys.slice(2)) {
      const v = rec[k.name];
      if (present(v)) data.push(`<data key="${k.id}">${xmlText(columnText(v, k.type))}</data>`);
    }
    out.push(`    <node id="n${i}">${data.join("")}</node>`);
  });
  let e = 0;
  for (const { source, target, directed, attributes: rec } of plan.edges) {
    const data: string[] = [];
    for (const k of edgeKeys) {
      const v = rec[k.name];
      if (present(v)) data.push(`<data key="${k.id}">${xmlText(columnText(v, k.type))}</data>`);
    }
    const dir = mixed ? ` directed="${directed ? "true" : "false"}"` : "";
    out.push(
      `    <edge id="e${e++}" source="${xmlId.get(source)}" target="${xmlId.get(target)}"${dir}>${data.join("")}</edge>`,
    );
  }
  out.push("  </graph>");
  out.push("</graphml>");
  return `${out.join("\n")}\n`;
}
