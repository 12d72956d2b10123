/**
 * buildReportModel: runs the analyses that exist (helicopter view, clusters, white spots, barrier
 * coverage, link suggestions, partner departure, learning paths, the map of the municipalities)
 * and turns their results into viz's plain ReportModel, one section module each. viz only renders;
 * every number comes from @ecolens/analysis. No file system: the caller reads the files and may
 * pass its own layout (the CLI's cached one) and a finished analysis.
 *
 * An analysis that throws on an odd network does not fail the whole report: its section is left
 * out and `model.failures` says "could not be computed: why" (section-result.ts), at the top of
 * the report. The "What changed" section is asked for explicitly: a failure there is an error.
 */
import { analyseClusters } from "@ecolens/analysis";
import { DEFAULT_SEED, type EcoNetwork, type Lang } from "@ecolens/core";
import { computeLayout, type Position, type ReportModel } from "@ecolens/viz";
import { analyseForReport, type ReportAnalysis } from "./analyse-for-report.ts";
import { reportPlace } from "./place.ts";
import { SectionLog } from "./section-result.ts";
import { barrierRows, nodeBarrierLinks } from "./sections/barriers.ts";
import { changesForReport, type RoundsInput } from "./sections/changes.ts";
import { type ClusterAnalysis, clustersModel } from "./sections/clusters.ts";
import { dataQualityModel } from "./sections/data-quality.ts";
import { geoModel } from "./sections/geo.ts";
import { learningPathsModel } from "./sections/learning-paths.ts";
import { criticalRows, suggestionRows } from "./sections/links.ts";
import { mixingModel } from "./sections/mixing.ts";
import { networkSection, placeOfAnalysis } from "./sections/network.ts";
import { filePositions, reportEdges, reportMetrics, reportNodes } from "./sections/nodes.ts";
import { whiteSpotSection } from "./sections/white-spots.ts";
import { tieStatusText } from "./tie-status.ts";
import { reportVocab } from "./vocab.ts";

/** Positions for the map (the CLI passes a cached ForceAtlas2 layout). */
export type LayoutFunction = (graph: EcoNetwork["graph"], seed: number) => Map<string, Position>;
/** The same, computed elsewhere (a worker thread): started before the analysis, awaited after it. */
export type BackgroundLayoutFunction = (
  graph: EcoNetwork["graph"],
  seed: number,
) => Promise<Map<string, Position>>;

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
  /** The helicopter-view analysis when the caller already ran it (else analyseForReport runs). */
  analysis?: ReportAnalysis;
  /** The map layout (default viz's computeLayout); a file's own positions win when every node has one. */
  layout?: LayoutFunction;
  /** Used instead of `layout` when given: runs while the analysis runs. */
  backgroundLayout?: BackgroundLayoutFunction;
}

const defaultLayout: LayoutFunction = (graph, seed) => computeLayout(graph, { seed });

interface Analysed {
  analysed?: ReportAnalysis;
  clusters?: ClusterAnalysis;
}

/** The whole-network analysis and the clusters, each a section of its own. */
async function analyseSections(
  network: EcoNetwork,
  seed: number,
  options: ReportModelOptions,
  log: SectionLog,
): Promise<Analysed> {
  const step = options.onStep ?? (() => {});
  const graph = network.graph;
  step("analyse");
  const given = options.analysis;
  const analysed =
    graph.order === 0
      ? undefined
      : await log.runAsync("analysis", () =>
          given
            ? Promise.resolve(given)
            : analyseForReport(network, seed, { largeNetwork: options.largeNetwork }),
        );
  step("clusters");
  const clusters =
    graph.order > 1 && graph.size > 0
      ? log.run("clusters", () => analyseClusters(graph, { seed }))
      : undefined;
  return { analysed, clusters };
}

/** meta, vocab, nodes, edges and metrics: the parts every report has. */
function baseModel(
  network: EcoNetwork,
  seed: number,
  inputs: Analysed,
  edges: ReportModel["edges"],
  positions: Map<string, Position>,
) {
  const graph = network.graph;
  const analysis = inputs.analysed?.analysis;
  const nodes = reportNodes(network, { analysis, membership: inputs.clusters?.membership, positions });
  const place = placeOfAnalysis(analysis);
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
    metrics: reportMetrics(nodes),
  };
  if (inputs.analysed?.sampling) model.sampling = inputs.analysed.sampling;
  return model;
}

/** White spots, barriers, suggestions, critical partners, learning paths and the map of places. */
function placeSections(
  network: EcoNetwork,
  model: Partial<ReportModel>,
  inputs: Analysed,
  options: ReportModelOptions,
  log: SectionLog,
) {
  const step = options.onStep ?? (() => {});
  const n = network.graph.order;
  step("gaps");
  Object.assign(model, log.run("white_spots", () => whiteSpotSection(network)) ?? {});
  const barriers = log.run("barriers", () => barrierRows(network));
  if (barriers) model.barriers = barriers;
  model.nodeBarriers = nodeBarrierLinks(network);
  step("suggestions");
  const suggestions =
    n > 2 ? log.run("suggestions", () => suggestionRows(network, options.suggestions ?? 20)) : undefined;
  if (suggestions) model.suggestions = suggestions;
  step("resilience");
  const critical = n > 2 ? log.run("critical", () => criticalRows(network)) : undefined;
  if (critical) model.critical = critical;
  step("paths");
  const paths = log.run("learning_paths", () => learningPathsModel(network));
  model.geo = log.run("geo", () => geoModel(network, placeOfAnalysis(inputs.analysed?.analysis)));
  if (paths) model.learningPaths = paths;
}

/**
 * Every section that does not need the map's positions, in the model's order, computed while a
 * background layout (the CLI's worker thread) is still running.
 */
function sectionsWithoutPositions(
  network: EcoNetwork,
  seed: number,
  inputs: Analysed,
  edges: ReportModel["edges"],
  options: ReportModelOptions,
  log: SectionLog,
): Partial<ReportModel> {
  const sections: Partial<ReportModel> = {};
  const analysis = inputs.analysed?.analysis;
  if (analysis) {
    Object.assign(sections, networkSection(analysis, edges.length));
    sections.mixing = log.run("mixing", () => mixingModel(network));
  }
  if (inputs.clusters) sections.clusters = clustersModel(inputs.clusters);
  if (network.graph.order > 0) placeSections(network, sections, inputs, options, log);
  if (options.rounds) {
    options.onStep?.("changes");
    sections.changes = changesForReport(network, options.rounds, seed);
  }
  return sections;
}

export async function buildReportModel(
  network: EcoNetwork,
  _lang: Lang,
  options: ReportModelOptions = {},
): Promise<ReportModel> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = new SectionLog();
  const fromFile = filePositions(network.graph);
  // A background layout that fails (a thread that cannot start) falls back to this thread's.
  const background = fromFile
    ? undefined
    : options.backgroundLayout?.(network.graph, seed).catch(() => undefined);
  const inputs = await analyseSections(network, seed, options, log);
  // A collected round: the map draws ties not confirmed by both sides differently.
  const edges = reportEdges(network, tieStatusText(network) !== undefined);
  const sections = sectionsWithoutPositions(network, seed, inputs, edges, options, log);
  // The positions are awaited last, so a background layout overlaps every other section.
  options.onStep?.("layout");
  const positions = fromFile ?? (await background) ?? (options.layout ?? defaultLayout)(network.graph, seed);
  const model = baseModel(network, seed, inputs, edges, positions);
  const analysis = inputs.analysed?.analysis;
  if (analysis) model.meta.ties = analysis.summary.m;
  Object.assign(model, sections);
  model.dataQuality = dataQualityModel(network);
  if (log.failures.length > 0) model.failures = log.failures;
  return model;
}
