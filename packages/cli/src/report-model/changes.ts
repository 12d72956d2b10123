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
import type { EcoNetwork, Text } from "@ecolens/core";
import type { ChangeEdge, ChangesModel, RoundFigure } from "@ecolens/viz";

export interface RoundsInput {
  /** Earlier rounds, oldest first (this report's network is the newest round). */
  networks: EcoNetwork[];
  /** Labels of the earlier rounds and, last, of this round. */
  labels: string[];
  decisions?: MatchDecision[];
}

const T = (nl: string, en: string): Text => ({ nl, en });

/** Key figures in the order the report shows them, with their title and how to print them. */
const FIGURES: Array<[RoundMetricName, Text, RoundFigure["format"]]> = [
  ["organisations", T("Organisaties", "Organisations"), "integer"],
  ["ties", T("Banden (paren)", "Ties (pairs)"), "integer"],
  [
    "cross_line_share",
    T("Org. met band formeel ↔ informeel", "Orgs with a formal ↔ informal tie"),
    "percent",
  ],
  ["cross_line_ties", T("Banden formeel ↔ informeel", "Formal ↔ informal ties"), "integer"],
  ["ei_formal", T("E-I formeel ↔ rest", "E-I formal ↔ rest"), "decimal"],
  [
    "municipalities_without_cross_line_tie",
    T("Gemeenten zonder zo'n band", "Municipalities without such a tie"),
    "integer",
  ],
  ["largest_component_share", T("Aandeel in hoofdnetwerk", "Share in the main component"), "percent"],
  ["components", T("Losse delen", "Components"), "integer"],
  ["density", T("Dichtheid", "Density"), "decimal"],
  ["degree_centralization", T("Centralisatie (graad)", "Degree centralization"), "decimal"],
  ["modularity", T("Modulariteit (clusters)", "Modularity (clusters)"), "decimal"],
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

export function changesModel(
  network: EcoNetwork,
  labels: string[],
  last: RoundComparison,
  series?: RoundSeries,
): ChangesModel {
  const { diff, movement, story } = last;
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
  const lastMove = new Map(movement.metrics.map((m) => [m.metric, m]));
  const figures: RoundFigure[] = FIGURES.map(([metric, title, format]) => {
    const move = lastMove.get(metric);
    const values = series
      ? (series.series.find((s) => s.metric === metric)?.values ?? [])
      : [move?.old ?? null, move?.new ?? null];
    return { metric, title, format, values, assessment: move?.assessment ?? "unknown" };
  });
  const c = diff.counts;
  return {
    labels,
    headline: story.headline,
    verdict: story.verdict,
    verdictText: story.verdict_text,
    goals: story.goals.map((g) => ({ assessment: g.assessment, text: g.text })),
    figures,
    municipalities: movement.municipalities.map((p) => ({
      municipality: p.key,
      name: p.name ?? p.key,
      old: p.old?.share ?? null,
      new: p.new?.share ?? null,
      status: p.status,
    })),
    risers: movement.risers.map((r) => ({
      name: r.name,
      id: r.new_id,
      change: r.betweenness.change ?? 0,
    })),
    fallers: movement.fallers.map((r) => ({
      name: r.name,
      id: r.new_id,
      change: r.betweenness.change ?? 0,
    })),
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
    counts: {
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
    },
    steps: (series?.steps.slice(0, -1) ?? []).map((s) => ({
      from: s.from,
      to: s.to,
      headline: s.headline,
      verdictText: s.verdict_text,
    })),
  };
}
