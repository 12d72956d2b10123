/**
 * The metric registry's descriptor: one per metric, the single source for the CLI's help, the
 * JSON keys of `analyse --json`, the report's glossary and docs/metrics.md.
 */
import type { EcoNetwork, Text } from "@ecolens/core";
import type { WeightMode } from "../engine/lengths.ts";
import type { GraphView } from "../view/graph-view.ts";
import type { PassId, PassResults } from "./passes.ts";
import type { MetricValues } from "./result-types.ts";

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
  /**
   * Key in the JSON output (networkx's name where one exists), relative to where the metric's
   * `placement` puts it; a dotted key names a field inside an object.
   */
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

/**
 * Where `analyse --json` puts a metric's outputs: `nodes` = a key per organisation
 * (`nodes.<id>.<key>`); `summary` = keys of `summary` (under `summary.<under>` when given);
 * `groups` = keys of `groups.<id>`.
 */
export type MetricPlacement =
  | { section: "nodes" }
  | { section: "summary"; under?: string }
  | { section: "groups" };

/** What a metric's `compute` may read: the network, its view, the options and the passes it named. */
export interface MetricContext {
  network: EcoNetwork;
  view: GraphView;
  distance: WeightMode;
  seed: number;
  groupBy?: string;
  /** A shared pass's result; only the passes the descriptor names in `passes` (others throw). */
  pass<P extends PassId>(id: P): PassResults[P];
}

/** A metric `analyseNetwork` computes: its description plus what it needs, how to compute it and where it lands. */
export interface AnalyseMetric extends MetricDescriptor {
  /** The shared passes `compute` reads (analyse runs each requested pass once). */
  passes: readonly PassId[];
  placement: MetricPlacement;
  /** The metric's values; every key it returns must be one of its `outputs`. */
  compute(ctx: MetricContext): MetricValues;
}
