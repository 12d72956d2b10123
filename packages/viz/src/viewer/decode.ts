/** Turns the embedded payload back into nodes the encoders understand (browser side). */
import type { ReportNode } from "../model.ts";
import type { Payload } from "../report/payload.ts";

export interface ViewerNode extends ReportNode {
  index: number;
  /** Barrier links: [barrier_type, target_group, role]. */
  barriers: Array<{ barrier_type: string; target_group: string; role: "signals" | "works_on" }>;
}

export interface ViewerEdge {
  source: number;
  target: number;
  relation_type: string;
  weight: number;
  directed: boolean;
  /** Only when the input carries tie statuses: confirmed by both sides. */
  confirmed?: boolean;
}

export function decodeNodes(p: Payload): ViewerNode[] {
  const code = (field: keyof Payload["dict"], i: number) => (i < 0 ? undefined : p.dict[field][i]);
  const metricIds = Object.keys(p.nodes.metrics);
  const nodes: ViewerNode[] = p.nodes.id.map((id, i) => {
    const metrics: Record<string, number | null> = Object.create(null);
    for (const m of metricIds) metrics[m] = p.nodes.metrics[m][i];
    const attrs = p.nodes.attrs[i];
    return {
      index: i,
      id,
      label: p.nodes.label[i],
      x: p.nodes.x[i],
      y: p.nodes.y[i],
      sector: code("sector", p.nodes.sector[i]),
      org_type: code("org_type", p.nodes.org_type[i]),
      municipality: code("municipality", p.nodes.municipality[i]),
      learning_context: code("learning_context", p.nodes.learning_context[i]),
      cluster: p.nodes.cluster[i] < 0 ? undefined : p.nodes.cluster[i],
      themes: p.nodes.themes[i].map((t) => p.dict.theme[t]),
      target_groups: p.nodes.target_groups[i].map((t) => p.dict.target_group[t]),
      attributes: attrs === 0 ? undefined : attrs,
      metrics,
      barriers: [],
    };
  });
  for (const [n, type, group, role] of p.nodeBarriers) {
    nodes[n].barriers.push({
      barrier_type: p.dict.barrier_type[type] ?? "",
      target_group: p.dict.target_group[group] ?? "",
      role: role === 0 ? "signals" : "works_on",
    });
  }
  return nodes;
}

export function decodeEdges(p: Payload): ViewerEdge[] {
  return p.edges.s.map((s, i) => ({
    source: s,
    target: p.edges.t[i],
    relation_type: p.dict.relation_type[p.edges.type[i]] ?? "",
    weight: p.edges.w[i],
    directed: p.edges.d[i] === 1,
    ...(p.edges.c ? { confirmed: p.edges.c[i] === 1 } : {}),
  }));
}
