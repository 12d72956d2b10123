/**
 * `ecolens analyse <input>`: the helicopter view of a network. Terminal: a summary a municipality
 * can read (each number with a one-line explanation) and short lists of brokers, the most central
 * organisations and single points of failure. `--json` prints the AnalysisResult
 * (docs/analyse-json.md); `--csv FILE` writes one row per organisation with every metric.
 */
import {
  type AnalysisResult,
  analyseNetworkAsync,
  DEFAULT_WEIGHT_MODE,
  metricIds,
  type TopEntry,
  WEIGHT_MODES,
  type WeightMode,
} from "@ecolens/analysis";
import { DEFAULT_SEED, type EcoNetwork, type Lang, toCsvBytes } from "@ecolens/core";
import { Command, Option } from "commander";
import { commandHelp, type MessageCode, msg, msgText, optionHelp, type Params } from "../messages/index.ts";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { InterruptedError, stopOnInterrupt } from "../shared/interrupt.ts";
import { resolveLang } from "../shared/lang.ts";
import { optionalWholeNumber, parseSeed } from "../shared/numbers.ts";
import { fmt, formatTable, heading, percent } from "../shared/output.ts";
import { createProgress, type Progress } from "../shared/progress.ts";
import { checkOutputFile, FORCE_HELP, writeOutputFile } from "../shared/safe-write.ts";
import { chooseSampling, round4, type SamplingChoice, samplingNote } from "../shared/sampling.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeLine } from "../shared/scope.ts";

interface AnalyseCliOptions extends InputOptions, ScopeOptions {
  json?: boolean;
  csv?: string;
  force?: boolean;
  metrics?: string;
  groupBy?: string;
  distance?: WeightMode;
  seed?: string;
  sample?: string;
  exact?: boolean;
  quiet?: boolean;
  threads?: string;
  lang?: string;
}

export function analyseCommand(): Command {
  const cmd = new Command("analyse")
    .description(commandHelp("help.analyse"))
    .argument("[input]", optionHelp("help.arg_input"))
    .option("--json", optionHelp("help.analyse.json"))
    .option("--csv <file>", optionHelp("help.analyse.csv"))
    .option("--force", FORCE_HELP)
    .option("--metrics <list>", `comma-separated metric ids (default: all): ${metricIds().join(", ")}`)
    .option("--group-by <attribute>", optionHelp("help.analyse.group_by"))
    .addOption(
      new Option("--distance <transform>", optionHelp("help.analyse.distance"))
        .choices(WEIGHT_MODES)
        .default(DEFAULT_WEIGHT_MODE),
    )
    .option("--seed <n>", optionHelp("help.analyse.seed"), String(DEFAULT_SEED))
    .option("--sample <k>", optionHelp("help.analyse.sample"))
    .option("--exact", optionHelp("help.analyse.exact"))
    .option("-q, --quiet", optionHelp("help.quiet"))
    .option("--threads <n>", optionHelp("help.analyse.threads"))
    .option("--lang <lang>", optionHelp("help.lang"));
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(runAnalyse);
}

/** Read, scope and analyse the input, then print (and write) the result. */
async function runAnalyse(input: string | undefined, options: AnalyseCliOptions): Promise<void> {
  const lang = resolveLang(options.lang);
  const metrics = parseMetrics(options.metrics);
  const progress = createProgress({ quiet: options.quiet, json: options.json, lang });
  progress.step(msg("progress.reading", lang));
  const loaded = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.analyse"));
  const network = applyScope(loaded, options);
  if (options.csv) checkOutputFile(options.csv, { kind: "csv", force: options.force });
  const sample = optionalWholeNumber(options.sample, "--sample", { min: 1 });
  const choice = chooseSampling(network.graph, {
    sample,
    exact: options.exact,
    metrics,
    distance: options.distance,
  });
  const result = await computeAnalysis(network, options, choice, progress);
  if (options.csv)
    writeOutputFile(options.csv, nodeCsv(result, network.graph), { kind: "csv", force: options.force });
  const shown = choice.sampling ? { ...result, meta: { ...result.meta, sampling: choice.sampling } } : result;
  if (options.json) process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  else
    process.stdout.write(
      `${scopeLine(loaded, options, lang)}${renderAnalysis(result, lang, network.graph.size)}\n`,
    );
  if (!options.json && choice.sampling) process.stdout.write(samplingNote(choice.sampling, lang));
  if (options.csv && !options.json)
    process.stdout.write(`\n${msg("written.metrics", lang, { file: options.csv })}\n`);
}

/** The analysis itself, with progress on stderr; Ctrl-C stops it (InterruptedError). */
async function computeAnalysis(
  network: EcoNetwork,
  options: AnalyseCliOptions,
  choice: SamplingChoice,
  progress: Progress,
): Promise<AnalysisResult> {
  let current = "";
  const threads = optionalWholeNumber(options.threads, "--threads", { min: 1 });
  const seed = parseSeed(options.seed);
  const stop = stopOnInterrupt();
  const running = analyseNetworkAsync(network, {
    signal: stop.signal,
    sampleSources: choice.sampleSources,
    sampleCloseness: choice.sampleCloseness,
    onSampledDistances: (_sources, error) => {
      if (choice.sampling) choice.sampling.closeness_relative_error = round4(error);
    },
    threads,
    metrics: choice.metrics,
    groupBy: options.groupBy,
    distance: options.distance,
    seed,
    onProgress: (step, done, total) => {
      if (step !== current) {
        current = step;
        progress.step(step, total);
      }
      progress.tick(done, total);
    },
  });
  return running
    .catch((error: unknown) => {
      throw stop.signal.aborted ? new InterruptedError() : error;
    })
    .finally(() => {
      stop.release();
      progress.done();
    });
}

/** `--metrics a,b` -> ids; an unknown id is a usage error naming the known ones. */
export function parseMetrics(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const ids = list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const known = metricIds();
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0 || ids.length === 0)
    throw new UsageError(
      msgText("analyse.metric.unknown", {
        unknown: unknown.map((u) => `'${u}'`).join(", "),
        known: known.join(", "),
      }),
    );
  return ids;
}

/** One row per organisation: id, label, then every metric key (sorted). */
function nodeCsv(
  result: AnalysisResult,
  graph: { getNodeAttribute(id: string, name: string): unknown },
): Uint8Array {
  const ids = Object.keys(result.nodes);
  const keys = [...new Set(ids.flatMap((id) => Object.keys(result.nodes[id])))].sort();
  const rows = ids.map((id) => [
    id,
    String(graph.getNodeAttribute(id, "label") ?? id),
    ...keys.map((k) => result.nodes[id][k]),
  ]);
  return toCsvBytes(["id", "label", ...keys], rows);
}

/** The terminal text: summary block and top lists, in the user's language. `relations` counts
 * every relation (several per pair possible) when it differs from the pairs with a tie. */
export function renderAnalysis(result: AnalysisResult, lang: Lang, relations?: number): string {
  const s = result.summary;
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const num = (v: number | null | undefined, digits = 3) => fmt(v, lang, digits);
  const rows: Array<[string, string, string]> = [
    [say("analyse.n"), num(s.n), say("analyse.n.note")],
    [say("analyse.m"), num(s.m), say("analyse.m.note")],
  ];
  if (relations !== undefined && relations !== s.m)
    rows.push([say("analyse.relations"), num(relations), say("analyse.relations.note")]);
  if (s.density !== undefined)
    rows.push([
      say("analyse.density"),
      num(s.density),
      say("analyse.density.note", { share: percent(s.density, lang) }),
    ]);
  if (s.components) {
    const c = s.components;
    rows.push(
      [say("analyse.components"), num(c.count), say("analyse.components.note")],
      [say("analyse.largest"), percent(c.largest_share, lang), say("analyse.largest.note")],
      [say("analyse.isolates"), num(c.isolates.length), say("analyse.isolates.note")],
      [say("analyse.fragmentation"), num(c.fragmentation), say("analyse.fragmentation.note")],
    );
  }
  if (s.centralization)
    rows.push([
      say("analyse.centralization"),
      num(s.centralization.degree),
      say("analyse.centralization.note"),
    ]);
  if (s.average_shortest_path_length !== undefined) {
    const aspl = s.average_shortest_path_length ?? s.largest_component?.average_shortest_path_length ?? null;
    const inLargest = s.average_shortest_path_length === null && s.largest_component !== null;
    rows.push([
      say("analyse.distance"),
      num(aspl, 2),
      say(inLargest ? "analyse.distance.largest" : "analyse.distance.note"),
    ]);
  }
  if (s.transitivity !== undefined)
    rows.push([say("analyse.closure"), num(s.transitivity), say("analyse.closure.note")]);
  if (s.reciprocity !== undefined && s.reciprocity !== null)
    rows.push([say("analyse.reciprocity"), percent(s.reciprocity, lang), say("analyse.reciprocity.note")]);
  const cross = s.cross_sector;
  if (cross && cross.formal_informal_tie_share !== null)
    rows.push([
      say("analyse.cross"),
      percent(cross.formal_informal_tie_share, lang),
      say("analyse.cross.note", { n: num(cross.ties_with_known_sides) }),
    ]);
  const parts = [
    heading(say("analyse.title")),
    formatTable([{ header: "" }, { header: "", align: "right" }, { header: "" }], rows)
      .split("\n")
      .slice(2)
      .join("\n"),
  ];
  const top = result.top;
  const list = (key: "brokers" | "central" | "spof", entries: TopEntry[], digits = 3) => {
    if (entries.length === 0) return;
    parts.push(heading(say(`analyse.${key}`)), say(`analyse.${key}.note`), "");
    parts.push(
      formatTable(
        [
          { header: "#", align: "right" },
          { header: say("analyse.organisation"), max: 48 },
          { header: say(`analyse.${key}.value`), align: "right" },
        ],
        entries.map((e, i) => [
          i + 1,
          e.label === e.id ? e.id : `${e.label} (${e.id})`,
          num(e.value, digits),
        ]),
      ),
    );
  };
  list("brokers", top.brokers);
  list("central", top.most_central, 0);
  list("spof", top.single_points_of_failure, 0);
  if (s.n === 0) parts.push("", say("analyse.empty"));
  const known = new Set(metricIds());
  const skipped = [...known].filter((id) => !result.meta.metrics.includes(id));
  if (skipped.length > 0 && result.meta.metrics.length < known.size)
    parts.push("", say("analyse.computed", { list: result.meta.metrics.join(", ") }));
  return parts.join("\n");
}
