/**
 * The metric registry's descriptor: one per metric, the single source for the CLI's help, the
 * JSON keys of `analyse --json`, the report's glossary and docs/metrics.md.
 */
import type { Text } from "@ecolens/core";

export type MetricLevel = "network" | "node" | "group";

/** What an edge weight means to this metric (architecture principle 2). */
export type WeightMeaning =
  | "none" // ignores weights
  | "strength" // weight = tie intensity (PageRank, Louvain, strength)
  | "distance-from-strength"; // optional: strength turned into distance by an explicit transform

export interface MetricOption {
  name: string;
  type: "number" | "integer" | "boolean" | "string" | "enum";
  default: number | boolean | string | null;
  values?: readonly string[];
  description: Text;
}

export interface MetricOutput {
  /** Key in the JSON output (networkx's name where one exists). */
  key: string;
  type: "number" | "integer" | "boolean" | "string" | "string[]" | "object";
  description: Text;
}

export interface MetricDescriptor {
  id: string;
  level: MetricLevel;
  title: Text;
  /** What the number tells a coordinator, in plain language. */
  explanation: Text;
  weight: WeightMeaning;
  options: readonly MetricOption[];
  outputs: readonly MetricOutput[];
  /** Equivalent function in networkx or R sna, so researchers know what to compare with. */
  equivalent?: string;
  /** Source of the formula. */
  reference?: string;
}
