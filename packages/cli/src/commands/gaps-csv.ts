/** `ecolens gaps --csv DIR`: one CSV per table, in the Flemish Excel default of core's writer. */
import { toCsvBytes } from "@ecolens/core";
import { type FolderFile, writeOutputFolder } from "../shared/safe-write.ts";
import type { GapsResult } from "./gaps-result.ts";

/** One CSV per table, in the Flemish Excel default of core's writer; the folder appears whole. */
export function writeGapCsvs(dir: string, r: GapsResult, force = false): void {
  const tables = [
    whiteSpotsCsv,
    barriersCsv,
    barrierMatrixCsv,
    suggestionsCsv,
    departureCsv,
    pathwayCoverageCsv,
    clustersCsv,
    clusterProfilesCsv,
  ];
  writeOutputFolder(
    dir,
    tables.map((table) => table(r)),
    { kind: "csv", force },
  );
}

function csvFile(name: string, header: string[], rows: unknown[][]): FolderFile {
  return { name, data: toCsvBytes(header, rows) };
}

/** White spots and fragile cells, priority first. */
function whiteSpotsCsv(r: GapsResult): FolderFile {
  const ws = r.white_spots;
  const cells = [
    ...ws.white_spots.priority.map((c) => ["white_spot", c] as const),
    ...ws.white_spots.other.map((c) => ["white_spot", c] as const),
    ...ws.fragile.priority.map((c) => ["fragile", c] as const),
    ...ws.fragile.other.map((c) => ["fragile", c] as const),
  ];
  return csvFile(
    "white_spots.csv",
    [
      "status",
      "theme",
      "target_group",
      "priority",
      "nis_code",
      "municipality",
      "providers",
      "covered_elsewhere",
    ],
    cells.map(([status, c]) => [
      status,
      c.theme,
      c.target_group,
      c.priority,
      c.nis_code,
      c.municipality,
      c.providers,
      c.covered_elsewhere,
    ]),
  );
}

/** Every barrier with its coverage and sentence. */
function barriersCsv(r: GapsResult): FolderFile {
  return csvFile(
    "barriers.csv",
    [
      "barrier_id",
      "barrier_type",
      "target_group",
      "priority",
      "nis_code",
      "municipality",
      "status",
      "severity",
      "coverage",
      "committed_partners",
      "lowering_offerings",
      "sentence_nl",
      "sentence_en",
    ],
    r.barriers.barriers.map((x) => [
      x.barrier_id,
      x.barrier_type,
      x.target_group,
      x.priority,
      x.nis_code,
      x.municipality,
      x.status,
      x.severity,
      x.coverage,
      x.committed_partners,
      x.lowering_offerings.map((o) => o.offering_id),
      x.sentence.nl,
      x.sentence.en,
    ]),
  );
}

/** Open barriers per type and target group. */
function barrierMatrixCsv(r: GapsResult): FolderFile {
  return csvFile(
    "barrier_matrix.csv",
    ["scope", "barrier_type", "target_group", "open", "uncovered", "single_partner", "partners"],
    r.barriers.matrix.map((c) => [
      c.scope,
      c.barrier_type,
      c.target_group,
      c.open,
      c.uncovered,
      c.single_partner,
      c.partners,
    ]),
  );
}

/** Suggested ties with their score parts and reasons. */
function suggestionsCsv(r: GapsResult): FolderFile {
  return csvFile(
    "suggestions.csv",
    [
      "rank",
      "u",
      "u_label",
      "v",
      "v_label",
      "score",
      "structural",
      "themes",
      "target_groups",
      "barrier",
      "geography",
      "reasons",
      "sentence_nl",
      "sentence_en",
    ],
    r.suggestions.suggestions.map((x, i) => [
      i + 1,
      x.u,
      x.u_label,
      x.v,
      x.v_label,
      x.score,
      x.components.structural,
      x.components.themes,
      x.components.target_groups,
      x.components.barrier,
      x.components.geography,
      x.reasons.map((reason) => reason.kind),
      x.sentence.nl,
      x.sentence.en,
    ]),
  );
}

/** What leaving partners would cut off. */
function departureCsv(r: GapsResult): FolderFile {
  return csvFile(
    "partner_departure.csv",
    [
      "rank",
      "id",
      "label",
      "degree",
      "cut_off",
      "fragmentation_rise",
      "barriers_orphaned",
      "cross_line_ties",
      "sentence_nl",
      "sentence_en",
    ],
    r.departure.organisations.map((o, i) => [
      i + 1,
      o.id,
      o.label,
      o.degree,
      o.cut_off,
      o.fragmentation_rise,
      o.barriers_orphaned,
      o.cross_line_ties,
      o.sentence.nl,
      o.sentence.en,
    ]),
  );
}

/** Pathway coverage per cell with its blocked steps. */
function pathwayCoverageCsv(r: GapsResult): FolderFile {
  return csvFile(
    "pathway_coverage.csv",
    [
      "scope",
      "municipality",
      "theme",
      "target_group",
      "priority",
      "status",
      "starts",
      "starts_with_route",
      "routes",
      "routes_free",
      "dead_end_starts",
      "unlinked_providers",
      "blocked_steps",
      "sentence_nl",
      "sentence_en",
    ],
    r.pathway_coverage.cells.map((c) => [
      c.scope,
      c.municipality,
      c.theme,
      c.target_group,
      c.priority,
      c.status,
      c.starts,
      c.starts_with_route,
      c.routes,
      c.routes_free,
      c.dead_end_starts,
      c.unlinked_providers,
      c.blocked_steps.map((b) => `${b.offering_id}:${b.barrier_id}`),
      c.sentence.nl,
      c.sentence.en,
    ]),
  );
}

/** Cluster membership per organisation. */
function clustersCsv(r: GapsResult): FolderFile {
  return csvFile(
    "clusters.csv",
    ["id", "cluster"],
    Object.entries(r.clusters.membership).map(([id, c]) => [id, c]),
  );
}

/** Each cluster: size, density, main organisations and make-up. */
function clusterProfilesCsv(r: GapsResult): FolderFile {
  return csvFile(
    "cluster_profiles.csv",
    ["cluster", "size", "density", "main_organisations", "sectors", "municipalities", "themes"],
    r.clusters.profiles.map((p) => [
      p.cluster,
      p.size,
      p.density,
      p.main_organisations.map((o) => o.id),
      p.by_sector.map((x) => `${x.value}:${x.count}`),
      p.by_municipality.map((x) => `${x.value}:${x.count}`),
      p.by_theme.map((x) => `${x.value}:${x.count}`),
    ]),
  );
}
