/**
 * The comparison as flat tables (one per CSV file / download), for the CLI's `--csv DIR` and the
 * report. `uncertain_matches` has the decision file's columns first (old_id, new_id, decision),
 * so a person fills in `decision` and hands the same file back with `--matches`.
 */
import type { RoundComparison, RoundSeries } from "./rounds.ts";

export interface FlatTable {
  /** File name, e.g. `relations.csv`. */
  name: string;
  header: string[];
  rows: unknown[][];
}

/** One table per CSV file, in the order of the download. */
export function comparisonTables(c: RoundComparison): FlatTable[] {
  return [
    metricsTable(c),
    organisationsTable(c),
    relationsTable(c),
    barriersTable(c),
    commitmentsTable(c),
    offeringsTable(c),
    municipalitiesTable(c),
    centralityTable(c),
    suggestionsFollowupTable(c),
    matchesTable(c),
    uncertainMatchesTable(c),
  ];
}

function metricsTable(c: RoundComparison): FlatTable {
  const { diff, movement: move } = c;
  return {
    name: "metrics.csv",
    header: ["metric", diff.labels.old, diff.labels.new, "change", "assessment"],
    rows: move.metrics.map((m) => [m.metric, m.old, m.new, m.change, m.assessment]),
  };
}

function organisationsTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  const o = diff.organisations;
  return {
    name: "organisations.csv",
    header: ["change", "old_id", "new_id", "name", "method", "org_type", "municipality", "fields", "details"],
    rows: [
      ...o.added.map((x) => ["added", null, x.id, x.name, null, x.org_type, x.municipality, null, null]),
      ...o.removed.map((x) => ["removed", x.id, null, x.name, null, x.org_type, x.municipality, null, null]),
      ...o.changed.map((x) => [
        "changed",
        x.old_id,
        x.new_id,
        x.name,
        x.method,
        null,
        null,
        x.changes.map((f) => f.field),
        x.changes.map((f) => `${f.field}: ${show(f.old)} -> ${show(f.new)}`).join(" / "),
      ]),
    ],
  };
}

function relationsTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  const r = diff.relations;
  const relRow = (change: string, x: (typeof r.added)[number]) => [
    change,
    x.source_id,
    x.source_name,
    x.target_id,
    x.target_name,
    x.relation_type,
    change === "removed" ? x.level : null,
    change === "added" ? x.level : null,
    change === "removed" ? x.frequency : null,
    change === "added" ? x.frequency : null,
    x.cross_line,
    x.whole_pair,
    x.with_new_or_stopped_organisation,
  ];
  return {
    name: "relations.csv",
    header: [
      "change",
      "source_id",
      "source_name",
      "target_id",
      "target_name",
      "relation_type",
      "level_old",
      "level_new",
      "frequency_old",
      "frequency_new",
      "cross_line",
      "whole_pair",
      "with_new_or_stopped_organisation",
    ],
    rows: [
      ...r.added.map((x) => relRow("added", x)),
      ...r.removed.map((x) => relRow("removed", x)),
      ...r.changed.map((x) => [
        "changed",
        x.source_id,
        x.source_name,
        x.target_id,
        x.target_name,
        x.relation_type,
        x.level.old,
        x.level.new,
        x.frequency.old,
        x.frequency.new,
        x.cross_line,
        false,
        false,
      ]),
    ],
  };
}

function barriersTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  const b = diff.barriers;
  return {
    name: "barriers.csv",
    header: [
      "change",
      "barrier_id",
      "barrier_type",
      "target_group",
      "municipality",
      "old_status",
      "status",
      "how",
    ],
    rows: [
      ...b.added.map((x) => [
        "added",
        x.barrier_id,
        x.barrier_type,
        x.target_group,
        x.municipality,
        null,
        x.status,
        null,
      ]),
      ...b.resolved.map((x) => [
        "resolved",
        x.barrier_id,
        x.barrier_type,
        x.target_group,
        x.municipality,
        x.old_status,
        x.status,
        x.how,
      ]),
      ...b.status_changed.map((x) => [
        "status_changed",
        x.barrier_id,
        x.barrier_type,
        x.target_group,
        x.municipality,
        x.old_status,
        x.status,
        null,
      ]),
    ],
  };
}

function commitmentsTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  const b = diff.barriers;
  return {
    name: "commitments.csv",
    header: ["change", "barrier_id", "org_id", "org_name", "commitment_type"],
    rows: [
      ...b.commitments_added.map((x) => ["added", x.barrier_id, x.org_id, x.org_name, x.commitment_type]),
      ...b.commitments_removed.map((x) => ["removed", x.barrier_id, x.org_id, x.org_name, x.commitment_type]),
    ],
  };
}

function offeringsTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  const f = diff.offerings;
  return {
    name: "offerings.csv",
    header: ["change", "offering_id", "new_offering_id", "org_id", "title"],
    rows: [
      ...f.added.map((x) => ["added", x.offering_id, null, x.org_id, x.title]),
      ...f.removed.map((x) => ["removed", x.offering_id, null, x.org_id, x.title]),
      ...f.renumbered.map((x) => ["renumbered", x.old_id, x.new_id, null, x.title]),
    ],
  };
}

function municipalitiesTable(c: RoundComparison): FlatTable {
  const move = c.movement;
  return {
    name: "municipalities.csv",
    header: [
      "nis_code",
      "name",
      "status",
      "formal_old",
      "non_formal_informal_old",
      "with_cross_line_tie_old",
      "share_old",
      "formal_new",
      "non_formal_informal_new",
      "with_cross_line_tie_new",
      "share_new",
      "share_change",
    ],
    rows: move.municipalities.map((m) => [
      m.key,
      m.name,
      m.status,
      m.old?.formal,
      m.old?.non_formal_informal,
      m.old?.with_cross_line_tie,
      m.old?.share,
      m.new?.formal,
      m.new?.non_formal_informal,
      m.new?.with_cross_line_tie,
      m.new?.share,
      m.share_change,
    ]),
  };
}

function centralityTable(c: RoundComparison): FlatTable {
  const move = c.movement;
  return {
    name: "centrality.csv",
    header: [
      "old_id",
      "new_id",
      "name",
      "degree_old",
      "degree_new",
      "degree_change",
      "betweenness_old",
      "betweenness_new",
      "betweenness_change",
    ],
    rows: move.centrality.map((x) => [
      x.old_id,
      x.new_id,
      x.name,
      x.degree.old,
      x.degree.new,
      x.degree.change,
      x.betweenness.old,
      x.betweenness.new,
      x.betweenness.change,
    ]),
  };
}

function suggestionsFollowupTable(c: RoundComparison): FlatTable {
  const move = c.movement;
  return {
    name: "suggestions_followup.csv",
    header: ["u", "u_label", "v", "v_label", "score", "status", "new_u", "new_v"],
    rows: move.suggestions.items.map((x) => [
      x.u,
      x.u_label,
      x.v,
      x.v_label,
      x.score,
      x.status,
      x.new_u,
      x.new_v,
    ]),
  };
}

function matchesTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  return {
    name: "matches.csv",
    header: ["old_id", "new_id", "method", "old_name", "new_name"],
    rows: diff.matching.matched.map((m) => [m.old_id, m.new_id, m.method, m.old_name, m.new_name]),
  };
}

function uncertainMatchesTable(c: RoundComparison): FlatTable {
  const { diff } = c;
  return {
    name: "uncertain_matches.csv",
    header: [
      "old_id",
      "new_id",
      "decision",
      "old_name",
      "new_name",
      "old_municipality",
      "new_municipality",
      "old_kbo",
      "new_kbo",
      "similarity",
      "reason",
    ],
    rows: diff.matching.uncertain.map((u) => [
      u.old_id,
      u.new_id,
      "",
      u.old_name,
      u.new_name,
      u.old_municipality,
      u.new_municipality,
      u.old_kbo,
      u.new_kbo,
      u.similarity,
      u.reason,
    ]),
  };
}

/** More rounds: one row per metric with a column per round, plus the bridging per municipality. */
export function seriesTables(s: RoundSeries): FlatTable[] {
  return [
    {
      name: "series.csv",
      header: ["metric", ...s.labels],
      rows: s.series.map((x) => [x.metric, ...x.values]),
    },
    {
      name: "municipalities_series.csv",
      header: ["nis_code", "name", ...s.labels],
      rows: s.municipalities.map((m) => [m.key, m.name, ...m.shares]),
    },
  ];
}

function show(v: string | string[] | null): string {
  if (v === null) return "–";
  return Array.isArray(v) ? v.join("|") : v;
}
