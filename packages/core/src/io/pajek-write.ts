/**
 * Pajek `.net` writer (Batagelj & Mrvar, Pajek manual, "Network file"), read by Pajek, networkx
 * (`read_pajek`), igraph (`Graph.Read_Pajek`), Gephi and UCINET. Vertices are numbered 1..n in the
 * network's node order; the vertex label is the node id (unique, so networkx, which keys nodes by
 * label, gets the same node count). Pajek has no escapes: a `"` in an id becomes `'`, a `\` becomes
 * `/` and control and bidi characters a space; a comment line says how many ids were changed. Edges carry
 * their weight; direction follows `--edges` (edge-notes.ts): `*Arcs` for directed relations,
 * `*Edges` for undirected ones (mixed writes both sections, as Pajek allows). Pajek has no place
 * for other attributes: use GEXF or GraphML for those.
 */
import type { EcoNetwork } from "../model/types.ts";
import { type EdgeMode, planEdges } from "./edge-notes.ts";

export interface PajekWriteOptions {
  edges?: EdgeMode;
}

/** The id as a quoted Pajek label; `changed` when characters had to be replaced. */
export function pajekLabel(id: string): { text: string; changed: boolean } {
  const clean = id
    .replace(/"/g, "'")
    .replace(/\\/g, "/")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ");
  return { text: `"${clean}"`, changed: clean !== id };
}

function weightText(w: unknown): string {
  return typeof w === "number" && Number.isFinite(w) ? String(w) : "1";
}

export function writePajek(network: EcoNetwork, options: PajekWriteOptions = {}): string {
  const graph = network.graph;
  const plan = planEdges(graph, options.edges);
  const number = new Map<string, number>();
  const vertices: string[] = [];
  let changed = 0;
  graph.forEachNode((id) => {
    number.set(id, number.size + 1);
    const label = pajekLabel(id);
    if (label.changed) changed++;
    vertices.push(`${number.size} ${label.text}`);
  });
  const arcs: string[] = [];
  const edges: string[] = [];
  for (const e of plan.edges) {
    const line = `${number.get(e.source)} ${number.get(e.target)} ${weightText(e.attributes.weight)}`;
    (e.directed ? arcs : edges).push(line);
  }
  const out: string[] = [];
  out.push("% ecolens: vertex labels are the node ids; weights are tie strengths");
  if (plan.note) out.push(`% ${plan.note.replace(/[\r\n]+/g, " ")}`);
  if (changed > 0)
    out.push(
      `% ecolens: ${changed} id(s) with quotes, backslashes or control characters were changed to fit Pajek`,
    );
  const name = graph.getAttribute("name");
  out.push(
    typeof name === "string" && name !== "" ? `*Network ${pajekLabel(name).text}` : "*Network ecolens",
  );
  out.push(`*Vertices ${graph.order}`, ...vertices);
  if (arcs.length > 0 || plan.defaultDirected) out.push("*Arcs", ...arcs);
  if (edges.length > 0 || !plan.defaultDirected) out.push("*Edges", ...edges);
  return `${out.join("\n")}\n`;
}
