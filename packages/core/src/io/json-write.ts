/**
 * graphology's own serialisation (`graph.export()`), readable by `Graph.from()` in any graphology
 * app (Gephi Lite, sigma demos) and by readGraphologyJson. Metrics become node attributes; values
 * JSON cannot hold (NaN, Infinity) become null, as JSON.stringify does.
 */
import type { EcoNetwork } from "../model/types.ts";
import { type MetricColumns, present } from "./attribute-schema.ts";

export interface JsonWriteOptions {
  metrics?: MetricColumns;
}

export function writeGraphologyJson(network: EcoNetwork, options: JsonWriteOptions = {}): string {
  const data = network.graph.export();
  const metrics = options.metrics ?? {};
  const names = Object.keys(metrics);
  if (names.length > 0) {
    for (const node of data.nodes) {
      const attrs: Record<string, unknown> = { ...(node.attributes ?? {}) };
      for (const m of names) {
        const v = Object.hasOwn(metrics[m], node.key) ? metrics[m][node.key] : null;
        if (present(v)) attrs[m] = v;
        else delete attrs[m];
      }
      node.attributes = attrs as typeof node.attributes;
    }
  }
  return `${JSON.stringify({ options: data.options, attributes: data.attributes, nodes: data.nodes, edges: data.edges })}\n`;
}
