/**
 * The report's "What changed" section from `compareRounds` / `diffRounds` (docs/diff.md): the
 * story, the key figures over the rounds, bridging per municipality, the broker risers and
 * fallers, and the relations that came and went, with ids translated to this report's round so
 * the map can draw them. Lost ties whose partner stopped cannot be drawn; they are listed.
 */
import {
  compareRounds,
  diffRounds,
  type MatchDecision,
  type RoundComparison,
  type RoundMetricName,
  type RoundSeries,
} from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { ChangeEdge, ChangesModel, RoundFigure } from "@ecolens/viz";
import { type MessageCode, msg } from "../messages.ts";

/** The metrics with a `round.<metric>` title in the catalogue. */
type MessageMetric = MessageCode extends infer C ? (C extends `round.${infer M}` ? M : never) : never;

export interface RoundsInput {
  /** Earlier rounds, oldest first (this report's network is the newest round). */
  networks: EcoNetwork[];
  /** Labels of the earlier rounds and, last, of this round. */
  labels: string[];
  decisions?: MatchDecision[];
}

/** Key figures in the order the report shows them (titles: the catalogue's `round.<metric>`). */
const FIGURES: Array<[RoundMetricName & MessageMetric, RoundFigure["format"]]> = [
  ["organisations", "integer"],
  ["ties", "integer"],
  ["cross_line_share", "percent"],
  ["cross_line_ties", "integer"],
  ["ei_formal", "decimal"],
  ["municipalities_without_cross_line_tie", "integer"],
  ["largest_component_share", "percent"],
  ["components", "integer"],
  ["density", "decimal"],
  ["degree_centralization", "decimal"],
  ["modularity", "decimal"],
];

export function compareForReport(
  network: EcoNetwork,
  rounds: RoundsInput,
  seed: number,
): { last: RoundComparison; series?: RoundSeries } {
  const all = [...rounds.networks, network];
  if (all.length !== rounds.labels.length)
    throw new RangeError(`report: ${all.length} rounds but ${rounds.labels.length} labels`);
  if (all.length === 2) {
    const last = compareRounds(all[0], all[1], {
      labels: { old: rounds.labels[0], new: rounds.labels[1] },
      decisions: rounds.decisions,
      seed,
    });
    return { last };
  }
  const series = diffRounds(all, rounds.labels, { decisions: rounds.decisions, seed });
  return { last: series.last, series };
}

/** The relations that came and went, with the ids of this report's round where they exist. */
function changeEdges(
  network: EcoNetwork,
  last: RoundComparison,
): { added: ChangeEdge[]; removed: ChangeEdge[] } {
  const { diff } = last;
  const graph = network.graph;
  const newIdOf = new Map(diff.matching.matched.map((m) => [m.old_id, m.new_id]));
  const onMap = (id: string | undefined): id is string => id !== undefined && graph.hasNode(id);
  const added: ChangeEdge[] = diff.relations.added.map((r) => ({
    source: r.source_id,
    target: r.target_id,
    source_name: r.source_name,
    target_name: r.target_name,
    relation_type: r.relation_type,
    cross_line: r.cross_line,
    drawable: onMap(r.source_id) && onMap(r.target_id),
  }));
  const removed: ChangeEdge[] = diff.relations.removed.map((r) => {
    const s = newIdOf.get(r.source_id);
    const t = newIdOf.get(r.target_id);
    return {
      source: s ?? r.source_id,
      target: t ?? r.target_id,
      source_name: r.source_name,
      target_name: r.target_name,
      relation_type: r.relation_type,
      cross_line: r.cross_line,
      drawable: onMap(s) && onMap(t),
    };
  });
  return { added, removed };
}

/** The key figures over the rounds (two rounds: old and new), with the last step's assessment. */
function roundFigures(last: RoundComparison, series?: RoundSeries): RoundFigure[] {
  const lastMove = new Map(last.movement.metrics.map((m) => [m.metric, m]));
  return FIGURES.map(([metric, format]) => {
    const move = lastMove.get(metric);
    const values = series
      ? (series.series.find((s) => s.metric === metric)?.values ?? [])
      : [move?.old ?? null, move?.new ?? null];
    return {
      metric,
      title: msg(`round.${metric}`),
      format,
      values,
      assessment: move?.assessment ?? "unknown",
    };
  });
}

function changeCounts(last: RoundComparison): ChangesModel["counts"] {
  const c = last.diff.counts;
  return {
    organisations: {
      old: c.organisations.old,
      new: c.organisations.new,
      added: c.organisations.added,
      removed: c.organisations.removed,
    },
    relations: {
      old: c.relations.old,
      new: c.relations.new,
      added: c.relations.added,
      removed: c.relations.removed,
    },
    barriers: {
      resolved: c.barriers.resolved,
      added: c.barriers.added,
      open_old: c.barriers.open_old,
      open_new: c.barriers.open_new,
    },
    offerings: { added: c.offerings.added, removed: c.offerings.removed },
  };
}

/** Bridging per municipality and the broker risers and fallers of the last step. */
function movementRows(last: RoundComparison): Pick<ChangesModel, "municipalities" | "risers" | "fallers"> {
  const { movement } = last;
  const broker = (r: (typeof movement.risers)[number]) => ({
    name: r.name,
    id: r.new_id,
    change: r.betweenness.change ?? 0,
  });
  return {
    municipalities: movement.municipalities.map((p) => ({
      municipality: p.key,
      name: p.name ?? p.key,
      old: p.old?.share ?? null,
      new: p.new?.share ?? null,
      status: p.status,
    })),
    risers: movement.risers.map(broker),
    fallers: movement.fallers.map(broker),
  };
}

export function changesModel(
  network: EcoNetwork,
  labels: string[],
  last: RoundComparison,
  series?: RoundSeries,
): ChangesModel {
  const { diff, story } = last;
  const graph = network.graph;
  const { added, removed } = changeEdges(network, last);
  const { municipalities, risers, fallers } = movementRows(last);
  return {
    labels,
    headline: story.headline,
    verdict: story.verdict,
    verdictText: story.verdict_text,
    goals: story.goals.map((g) => ({ assessment: g.assessment, text: g.text })),
    figures: roundFigures(last, series),
    municipalities,
    risers,
    fallers,
    addedOrgs: diff.organisations.added.map((o) => o.id).filter((id) => graph.hasNode(id)),
    removedOrgs: diff.organisations.removed.map((o) => ({
      id: o.id,
      name: o.name,
      municipality: o.municipality,
    })),
    addedEdges: added,
    removedEdges: removed,
    uncertain: diff.matching.uncertain.map((u) => ({
      old_name: u.old_name,
      new_name: u.new_name,
      message: u.message,
    })),
    counts: changeCounts(last),
    steps: (series?.steps.slice(0, -1) ?? []).map((s) => ({
      from: s.from,
      to: s.to,
      headline: s.headline,
      verdictText: s.verdict_text,
    })),
  };
}

/** The "What changed" section: the rounds compared, then the model (`ecolens report --since`). */
export function changesForReport(network: EcoNetwork, rounds: RoundsInput, seed: number): ChangesModel {
  const { last, series } = compareForReport(network, rounds, seed);
  return changesModel(network, rounds.labels, last, series);
}
