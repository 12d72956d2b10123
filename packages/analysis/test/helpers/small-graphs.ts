/** Tiny hand-made graphs and networks whose metric values can be derived by hand. */
import type { EcoGraph, EcoNetwork } from "@ecolens/core";
import { MultiGraph } from "graphology";

export function graphOf(
  nodes: string[],
  edges: Array<[string, string, number?]>,
  options: { directed?: boolean; relationType?: string } = {},
): EcoGraph {
  const g = new MultiGraph({ type: "mixed", allowSelfLoops: true }) as EcoGraph;
  for (const id of nodes) g.addNode(id, { label: id });
  for (const [s, t, w] of edges) {
    const attrs = {
      relation_type: options.relationType ?? "joint_activity",
      weight: w ?? 1,
      directed: Boolean(options.directed),
    };
    if (options.directed) g.addDirectedEdge(s, t, attrs);
    else g.addUndirectedEdge(s, t, attrs);
  }
  return g;
}

/** An EcoNetwork around a graph with empty side tables (as the generic list reader gives). */
export function networkOf(graph: MultiGraph | EcoGraph): EcoNetwork {
  return {
    graph: graph as EcoGraph,
    organisations: [],
    relations: [],
    offerings: [],
    barriers: [],
    commitments: [],
    municipalities: [],
    report: { files: [], findings: [], errors: 0, warnings: 0 },
    source: { kind: "lists", files: [] },
  };
}
