/**
 * A GraphView from CSV text through the product's own path: core's node and edge list reader,
 * then buildView. (The benchmark's typed-array loader lives in bench/fast and is not the product.)
 */
import { readNodeEdgeLists } from "@ecolens/core";
import { buildView, type GraphView } from "../../src/view/graph-view.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

export function edgeListView(edges: string, options: { directed?: boolean; nodes?: string } = {}): GraphView {
  const network = readNodeEdgeLists(
    { name: "edges.csv", bytes: bytes(edges) },
    options.nodes === undefined ? undefined : { name: "nodes.csv", bytes: bytes(options.nodes) },
    { directed: options.directed },
  );
  return buildView(network.graph);
}
