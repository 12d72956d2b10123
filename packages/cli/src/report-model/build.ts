/**
 * buildReportModel: runs the analyses that exist (helicopter view, clusters, white spots, barrier
 * coverage, link suggestions, partner departure) and turns their results into viz's plain
 * ReportModel. viz only renders; every number comes from @ecolens/analysis. An analysis that
 * fails on an odd network leaves its section out instead of failing the whole report.
 */
import {
  type AnalysisResult,
  analyseClusters,
  barrierCoverage,
  findWhiteSpots,
  METRICS,
  type PlaceOverview,
  partnerDeparture,
  suggestLinks,
} from "@ecolens/analysis";
import { DEFAULT_SEED, type EcoNetwork, type Lang } from "@ecolens/core";
import type { ReportMetric, ReportModel, ReportNode } from "@ecolens/viz";
import { cachedLayout } from "../shared/layout-cache.ts";
import { tieStatusText } from "../shared/ties.ts";
import { analyseForReport } from "./analyse-for-report.ts";
import { changesModel, compareForReport, type RoundsInput } from "./changes.ts";
import { headlineFigures } from "./figures.ts";
import { geoModel } from "./geo-model.ts";
import { offeringGrid, sectorMixing } from "./grids.ts";
import { learningPathsModel } from "./learning-paths.ts";
import { reportPlace } from "./place.ts";
import { reportVocab } from "./vocab.ts";

export interface ReportModelOptions {
  seed?: number;
  /** Suggested links to list (default 20). */
  suggestions?: number;
  /** Called before each step (for progress on a terminal). */
  onStep?: (step: string) => void;
  /** Earlier inventory rounds: adds the "What changed" section (`ecolens report --since`). */
  rounds?: RoundsInput;
  /** Betweenness is sampled from this many organisations on (default LARGE_NETWORK). */
  largeNetwork?: number;
}

/** Metrics the map may size nodes by. */
const SIZEABLE = new Set([
  "degree",
  "strength",
  "betweenness",
  "pagerank",
  "eigenvector",
  "harmonic",
  "core_number",
]);
const MAX_FINDINGS = 200;

async function attemptAsync<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (process.env.ECOLENS_DEBUG)
      process.stderr.write(`report: ${String((error as Error)?.stack ?? error)}\n`);
    return undefined;
  }
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (process.env.ECOLENS_DEBUG)
      process.stderr.write(`report: ${String((error as Error)?.stack ?? error)}\n`);
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

export async function buildReportModel(
  network: EcoNetwork,
  _lang: Lang,
  options: ReportModelOptions = {},
): Promise<ReportModel> {
  const seed = options.seed ?? DEFAULT_SEED;
  const step = options.onStep ?? (() => {});
  const graph = network.graph;
  const n = graph.order;

  step("analyse");
  const analysed =
    n > 0
      ? await attemptAsync(() => analyseForReport(network, seed, { largeNetwork: options.largeNetwork }))
      : undefined;
  const analysis: AnalysisResult | undefined = analysed?.analysis;
  step("clusters");
  const clusters = n > 1 && graph.size > 0 ? attempt(() => analyseClusters(graph, { seed })) : undefined;
  step("layout");
  // A research file's own layout (GEXF viz:position, x/y attributes) when every node has one.
  const positions = filePositions(graph) ?? cachedLayout(graph, seed);

  const ids = graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const place = analysis?.groups.place as PlaceOverview | undefined;
  const nodes: ReportNode[] = ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    const attributes: Record<string, string> = Object.create(null);
    for (const key of ["legal_form", "address", "postcode", "scope", "partnership_role", "kbo_number"])
      if (str(a[key])) attributes[key] = String(a[key]);
    // A research file's own attributes (GEXF, GraphML, Pajek, lists): for the panel and for the map's
    // colour when there is no sector (viz defaultColourBy: viz colours, a categorical attribute).
    if (network.source.kind !== "inventory") Object.assign(attributes, fileAttributes(a));
    const p = positions.get(id) ?? { x: 0, y: 0 };
    const metrics: Record<string, number | null> = Object.create(null);
    const row = analysis?.nodes[id];
    if (row) for (const key of Object.keys(row)) metrics[key] = row[key];
    const membership = clusters?.membership[id];
    return {
      id,
      label: str(a.label) ?? id,
      org_type: str(a.org_type),
      sector: str(a.sector),
      learning_context: str(a.learning_context),
      municipality: str(a.nis_code) ?? (str(a.municipality) ? `name:${a.municipality}` : undefined),
      nis_code: str(a.nis_code),
      themes: strings(a.themes),
      target_groups: strings(a.target_groups),
      attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
      x: p.x,
      y: p.y,
      cluster: membership === undefined ? undefined : membership - 1,
      metrics,
    };
  });

  const nodeKeys = new Set(nodes.flatMap((node) => Object.keys(node.metrics)));
  const metrics: ReportMetric[] = METRICS.map((d) => ({
    id: d.id,
    level: d.level,
    title: d.title,
    explanation: d.explanation,
    sizeable: d.level === "node" && SIZEABLE.has(d.id) && nodeKeys.has(d.id),
  }));

  const edges: ReportModel["edges"] = [];
  // A collected round: the map draws ties not confirmed by both sides differently.
  const tieStatuses = tieStatusText(network) !== undefined;
  graph.forEachEdge((_e, attr, source, target, _sa, _ta, undirected) => {
    edges.push({
      source,
      target,
      relation_type: String(attr.relation_type ?? ""),
      weight: typeof attr.weight === "number" ? attr.weight : 1,
      directed: !undirected,
      ...(tieStatuses ? { confirmed: attr.confirmed === true } : {}),
    });
  });

  const model: ReportModel = {
    meta: {
      name: String(graph.getAttribute("name") ?? ""),
      seed,
      sourceKind: network.source.kind,
      files: network.source.files,
      place: reportPlace(network),
      relations: edges.length,
    },
    vocab: reportVocab(network, [
      ...nodes.map((node) => node.municipality ?? ""),
      ...(place?.municipalities.map((m) => m.key) ?? []),
    ]),
    nodes,
    edges,
    metrics,
  };
  if (analysed?.sampling) model.sampling = analysed.sampling;

  if (analysis) {
    model.figures = headlineFigures(analysis, edges.length);
    model.meta.ties = analysis.summary.m;
    model.cutPoints = analysis.top.single_points_of_failure.map((p) => ({ id: p.id, cutOff: p.value }));
    model.brokers = analysis.top.brokers.map((b) => {
      const raw = analysis.nodes[b.id]?.betweenness;
      return {
        id: b.id,
        score: b.value,
        raw: typeof raw === "number" ? raw : undefined,
        metric: "betweenness",
      };
    });
    if (place)
      model.formalInformal = place.municipalities.map((m) => ({
        municipality: m.key,
        orgs: m.cross_line.formal + m.cross_line.non_formal_informal,
        withTie: m.cross_line.with_cross_line_tie,
      }));
    model.mixing = attempt(() => sectorMixing(network));
  }

  if (clusters)
    model.clusters = {
      modularity: clusters.modularity,
      clusters: clusters.profiles.map((p) => ({
        cluster: p.cluster - 1,
        size: p.size,
        // The profile counts organisations without a sector as "unknown": the report's code for that is "".
        sectors: Object.fromEntries(p.by_sector.map((c) => [c.value === "unknown" ? "" : c.value, c.count])),
        examples: p.main_organisations.map((o) => o.label),
      })),
    };

  if (n > 0) {
    step("gaps");
    const spots = attempt(() => findWhiteSpots(network));
    if (spots && spots.cells_checked > 0) {
      const white = [...spots.white_spots.priority, ...spots.white_spots.other];
      model.whiteSpots = white.map((c) => ({
        municipality: c.nis_code,
        theme: c.theme,
        target_group: c.target_group,
        offerings: 0,
        priority: c.priority,
        coveredElsewhere: c.covered_elsewhere,
      }));
      model.offeringGrid = offeringGrid(spots);
    }
    const coverage = attempt(() => barrierCoverage(network));
    if (coverage && coverage.barriers.length > 0) {
      const descriptions = new Map(network.barriers.map((b) => [b.barrier_id, b.description]));
      model.barriers = coverage.barriers.map((b) => ({
        barrier_id: b.barrier_id,
        barrier_type: b.barrier_type,
        target_group: b.target_group,
        municipality: b.nis_code,
        description: descriptions.get(b.barrier_id),
        severity: b.severity,
        committed: b.committed_partners.length,
        status: b.status,
      }));
    }
    model.nodeBarriers = [
      ...network.barriers
        .filter((b) => b.org_id)
        .map((b) => ({
          org_id: b.org_id as string,
          barrier_id: b.barrier_id,
          role: "signals" as const,
          barrier_type: b.barrier_type,
          target_group: b.target_group,
        })),
      ...network.commitments.flatMap((c) => {
        const b = network.barriers.find((x) => x.barrier_id === c.barrier_id);
        return b
          ? [
              {
                org_id: c.org_id,
                barrier_id: b.barrier_id,
                role: "works_on" as const,
                barrier_type: b.barrier_type,
                target_group: b.target_group,
              },
            ]
          : [];
      }),
    ];
    step("suggestions");
    const suggested =
      n > 2 ? attempt(() => suggestLinks(network, { top: options.suggestions ?? 20 })) : undefined;
    if (suggested)
      model.suggestions = suggested.suggestions.map((s) => ({
        source: s.u,
        target: s.v,
        score: s.score,
        reason: s.sentence,
      }));
    step("resilience");
    const departure = n > 2 ? attempt(() => partnerDeparture(network)) : undefined;
    if (departure)
      model.critical = departure.organisations
        .filter((o) => o.cut_off > 0)
        .map((o) => ({ id: o.id, cutOff: o.cut_off, reason: o.sentence }));
  }

  if (n > 0) {
    step("paths");
    const paths = attempt(() => learningPathsModel(network));
    model.geo = attempt(() => geoModel(network));
    if (paths) model.learningPaths = paths;
  }
  if (options.rounds) {
    // Asked for explicitly: a failure here is an error, not a silently missing section.
    step("changes");
    const { last, series } = compareForReport(network, options.rounds, seed);
    model.changes = changesModel(network, options.rounds.labels, last, series);
  }

  const report = network.report;
  const ties = tieStatusText(network);
  model.dataQuality = {
    ...(ties ? { ties } : {}),
    ...(network.response ? { response: network.response } : {}),
    files: report.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      dataRows: f.dataRows,
      imported: f.imported,
      rejected: f.rejected,
    })),
    errors: report.errors,
    warnings: report.warnings,
    findings: report.findings.slice(0, MAX_FINDINGS).map((f) => ({
      severity: f.severity,
      code: f.code,
      file: f.file,
      row: f.row,
      column: f.column,
      value: f.value,
      message: f.message,
    })),
    totalFindings: report.findings.length,
  };
  return model;
}

const NOT_SHOWN = new Set([
  "label",
  "x",
  "y",
  "size",
  "sector",
  "org_type",
  "learning_context",
  "municipality",
  "nis_code",
]);

/** Text, number and yes/no attributes of a node from a research file, as text. */
function fileAttributes(a: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, v] of Object.entries(a))
    if (
      !NOT_SHOWN.has(key) &&
      (typeof v === "string" || typeof v === "number" || typeof v === "boolean") &&
      String(v) !== ""
    )
      out[key] = String(v);
  return out;
}

/** Every node's finite `x`/`y` from its file (Gephi's layout), or undefined when any lacks one. */
function filePositions(graph: EcoNetwork["graph"]): Map<string, { x: number; y: number }> | undefined {
  if (graph.order === 0) return undefined;
  const out = new Map<string, { x: number; y: number }>();
  for (const id of graph.nodes()) {
    const { x, y } = graph.getNodeAttributes(id) as { x?: unknown; y?: unknown };
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y))
      return undefined;
    out.set(id, { x, y });
  }
  const xs = [...out.values()];
  const spread = xs.some((p) => p.x !== xs[0].x || p.y !== xs[0].y);
  return spread || out.size === 1 ? out : undefined;
}
