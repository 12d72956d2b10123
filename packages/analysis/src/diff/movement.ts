/**
 * How the network moved between two rounds: the whole-network figures side by side (with the
 * direction that counts as progress toward the ecosystem's goals), bridging per municipality,
 * each organisation's change in degree and betweenness, and which links suggested on the first
 * round (links/suggest.ts) exist in the second.
 */
import type { EcoNetwork } from "@ecolens/core";
import { type Across, suggestLinks } from "../links/suggest.ts";
import { compareIds } from "../view/graph-view.ts";
import { compareLayers, type LayerComparison } from "./layers.ts";
import type { MatchResult } from "./match.ts";
import {
  type OrgCentrality,
  orgCentralities,
  type PlaceBridging,
  ROUND_METRICS,
  type RoundMetricName,
  type RoundMetrics,
  type RoundMetricsOptions,
  roundMetrics,
} from "./round-metrics.ts";

/** "up"/"down": which way counts as progress; "none": a description, not a goal. */
export const METRIC_GOAL: Record<RoundMetricName, "up" | "down" | "none"> = {
  organisations: "none",
  ties: "none",
  density: "none",
  components: "down",
  largest_component_share: "up",
  degree_centralization: "none",
  modularity: "none",
  ei_formal: "up",
  cross_line_ties: "up",
  cross_line_share: "up",
  municipalities_without_cross_line_tie: "down",
};

export type Assessment = "better" | "worse" | "same" | "neutral" | "unknown";

export interface MetricMove {
  metric: RoundMetricName;
  old: number | null;
  new: number | null;
  change: number | null;
  assessment: Assessment;
}

export interface PlaceMove {
  key: string;
  name: string | null;
  old: PlaceBridging | null;
  new: PlaceBridging | null;
  share_change: number | null;
  /**
   * Checked against both rounds: still_none only when neither round has a tie across the line
   * there; lost_bridge: a tie before, none now (never "still none"); newly_bridged: none before,
   * one now; not_compared: a round has no places (or no line) in its data.
   */
  status: "newly_bridged" | "lost_bridge" | "still_none" | "bridged" | "no_sides" | "not_compared";
}

export interface CentralityMove {
  old_id: string | null;
  new_id: string | null;
  name: string;
  degree: { old: number | null; new: number | null; change: number | null };
  betweenness: { old: number | null; new: number | null; change: number | null };
}

export interface SuggestionFollowUp {
  u: string;
  v: string;
  u_label: string;
  v_label: string;
  score: number;
  /** realised: a tie of any type exists in the new round; gone: one of the two left. */
  status: "realised" | "not_yet" | "gone";
  new_u: string | null;
  new_v: string | null;
}

export interface Movement {
  rounds: { old: RoundMetrics; new: RoundMetrics };
  layers: LayerComparison;
  metrics: MetricMove[];
  municipalities: PlaceMove[];
  /** One row per organisation of either round: matched first by new id, then added, then removed. */
  centrality: CentralityMove[];
  /** Largest rises and falls in betweenness (at most 10 each). */
  risers: CentralityMove[];
  fallers: CentralityMove[];
  suggestions: { across: Across; checked: number; realised: number; items: SuggestionFollowUp[] };
}

export interface MovementOptions extends RoundMetricsOptions {
  labels?: { old?: string; new?: string };
  /** How many first-round suggestions to follow up (default 20). */
  suggestions?: number;
  across?: Across;
}

const EPS = 1e-12;

export function assess(metric: RoundMetricName, old: number | null, now: number | null): Assessment {
  if (old === null || now === null) return "unknown";
  const goal = METRIC_GOAL[metric];
  if (goal === "none") return "neutral";
  if (Math.abs(now - old) < EPS) return "same";
  return now > old === (goal === "up") ? "better" : "worse";
}

/** Metrics that need a layer in both rounds to be compared. */
const NEEDS: Partial<Record<RoundMetricName, "places" | "sides">> = {
  ei_formal: "sides",
  cross_line_ties: "sides",
  cross_line_share: "sides",
  municipalities_without_cross_line_tie: "places",
};

/**
 * Old and new side by side. With `layers`, a metric whose layer one round lacks, and every metric
 * when a round is empty, is "unknown": an empty round does not tick "components 1 -> 0".
 */
export function compareRoundMetrics(
  a: RoundMetrics,
  b: RoundMetrics,
  layers?: LayerComparison,
): MetricMove[] {
  return ROUND_METRICS.map((metric) => {
    const old = a.values[metric];
    const now = b.values[metric];
    const need = NEEDS[metric];
    const comparable =
      !layers ||
      (layers.both_non_empty &&
        (need === undefined || (layers.compared[need] && (need !== "places" || layers.compared.sides))));
    return {
      metric,
      old,
      new: now,
      change: old === null || now === null ? null : now - old,
      assessment: comparable ? assess(metric, old, now) : "unknown",
    };
  });
}

function placeStatus(o: PlaceBridging | null, n: PlaceBridging | null): PlaceMove["status"] {
  const sides = (p: PlaceBridging | null) => (p ? p.formal + p.non_formal_informal : 0);
  const had = (o?.with_cross_line_tie ?? 0) > 0;
  const has = (n?.with_cross_line_tie ?? 0) > 0;
  if (sides(o) + sides(n) === 0) return "no_sides";
  return had && has ? "bridged" : has ? "newly_bridged" : had ? "lost_bridge" : "still_none";
}

function placeMoves(a: RoundMetrics, b: RoundMetrics, compared: boolean): PlaceMove[] {
  const oldBy = new Map(a.municipalities.map((p) => [p.key, p]));
  const newBy = new Map(b.municipalities.map((p) => [p.key, p]));
  const keys = [...new Set([...oldBy.keys(), ...newBy.keys()])].sort(compareIds);
  return keys.map((key) => {
    const o = oldBy.get(key) ?? null;
    const n = newBy.get(key) ?? null;
    const status = compared ? placeStatus(o, n) : "not_compared";
    return {
      key,
      name: n?.name ?? o?.name ?? null,
      old: o,
      new: n,
      share_change: o?.share != null && n?.share != null ? n.share - o.share : null,
      status,
    };
  });
}

function centralityMoves(
  matching: MatchResult,
  oldC: ReadonlyMap<string, OrgCentrality>,
  newC: ReadonlyMap<string, OrgCentrality>,
  name: (oldId: string | null, newId: string | null) => string,
): CentralityMove[] {
  const row = (oldId: string | null, newId: string | null): CentralityMove => {
    const o = oldId === null ? undefined : oldC.get(oldId);
    const n = newId === null ? undefined : newC.get(newId);
    const pair = (a: number | undefined, b: number | undefined) => ({
      old: a ?? null,
      new: b ?? null,
      change: a === undefined || b === undefined ? null : b - a,
    });
    return {
      old_id: oldId,
      new_id: newId,
      name: name(oldId, newId),
      degree: pair(o?.degree, n?.degree),
      betweenness: pair(o?.betweenness, n?.betweenness),
    };
  };
  return [
    ...matching.matched.map((m) => row(m.old_id, m.new_id)),
    ...matching.added.map((id) => row(null, id)),
    ...matching.removed.map((id) => row(id, null)),
  ];
}

export function movement(
  oldNetwork: EcoNetwork,
  newNetwork: EcoNetwork,
  matching: MatchResult,
  options: MovementOptions = {},
): Movement {
  const a = roundMetrics(oldNetwork, options.labels?.old ?? "old", options);
  const b = roundMetrics(newNetwork, options.labels?.new ?? "new", options);
  const layers = compareLayers(oldNetwork, newNetwork);
  const oldNames = new Map(matching.matched.map((m) => [m.old_id, m.new_name]));
  const label = (net: EcoNetwork, id: string) =>
    net.graph.hasNode(id) ? String(net.graph.getNodeAttribute(id, "label") ?? id) : id;
  const name = (oldId: string | null, newId: string | null) =>
    newId !== null
      ? label(newNetwork, newId)
      : oldId !== null
        ? (oldNames.get(oldId) ?? label(oldNetwork, oldId))
        : "";
  const centrality = centralityMoves(
    matching,
    orgCentralities(oldNetwork),
    orgCentralities(newNetwork),
    name,
  );
  const moved = centrality.filter(
    (c) => c.betweenness.change !== null && Math.abs(c.betweenness.change) > EPS,
  );
  const byRise = (x: CentralityMove, y: CentralityMove) =>
    y.betweenness.change! - x.betweenness.change! || compareIds(x.new_id ?? "", y.new_id ?? "");
  const risers = moved
    .filter((c) => c.betweenness.change! > 0)
    .sort(byRise)
    .slice(0, 10);
  const fallers = moved
    .filter((c) => c.betweenness.change! < 0)
    .sort(
      (x, y) => x.betweenness.change! - y.betweenness.change! || compareIds(x.new_id ?? "", y.new_id ?? ""),
    )
    .slice(0, 10);

  const across = options.across ?? "formal";
  const oldToNew = new Map(matching.matched.map((m) => [m.old_id, m.new_id]));
  const suggested = suggestLinks(oldNetwork, { across, top: options.suggestions ?? 20 }).suggestions;
  const items: SuggestionFollowUp[] = suggested.map((s) => {
    const nu = oldToNew.get(s.u) ?? null;
    const nv = oldToNew.get(s.v) ?? null;
    const status =
      nu === null || nv === null ? "gone" : newNetwork.graph.areNeighbors(nu, nv) ? "realised" : "not_yet";
    return {
      u: s.u,
      v: s.v,
      u_label: s.u_label,
      v_label: s.v_label,
      score: s.score,
      status,
      new_u: nu,
      new_v: nv,
    };
  });
  return {
    rounds: { old: a, new: b },
    layers,
    metrics: compareRoundMetrics(a, b, layers),
    municipalities: placeMoves(a, b, layers.compared.places && layers.compared.sides),
    centrality,
    risers,
    fallers,
    suggestions: {
      across,
      checked: items.length,
      realised: items.filter((i) => i.status === "realised").length,
      items,
    },
  };
}
