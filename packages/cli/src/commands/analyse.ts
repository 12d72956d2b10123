/**
 * `ecolens analyse <input>`: the helicopter view of a network. Terminal: a summary a municipality
 * can read (each number with a one-line explanation) and short lists of brokers, the most central
 * organisations and single points of failure. `--json` prints the AnalysisResult
 * (docs/analyse-json.md); `--csv FILE` writes one row per organisation with every metric.
 */
import { type AnalysisResult, analyseNetworkAsync, metricIds, type TopEntry } from "@ecolens/analysis";
import { type Lang, type Text, toCsvBytes } from "@ecolens/core";
import { Command, Option } from "commander";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { InterruptedError, stopOnInterrupt } from "../shared/interrupt.ts";
import { resolveLang } from "../shared/lang.ts";
import { optionalWholeNumber, parseSeed } from "../shared/numbers.ts";
import { fmt, formatTable, heading, percent } from "../shared/output.ts";
import { createProgress } from "../shared/progress.ts";
import { checkOutputFile, FORCE_HELP, writeOutputFile } from "../shared/safe-write.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeLine } from "../shared/scope.ts";

interface AnalyseCliOptions extends InputOptions, ScopeOptions {
  json?: boolean;
  csv?: string;
  force?: boolean;
  metrics?: string;
  groupBy?: string;
  distance?: "none" | "inverse" | "weight";
  seed?: string;
  sample?: string;
  threads?: string;
  lang?: string;
}

export function analyseCommand(): Command {
  const cmd = new Command("analyse")
    .description(
      "Analyse the network: density, fragmentation, centralization, brokers, single points of failure.\n" +
        "Analyseer het netwerk: dichtheid, versnippering, centralisatie, makelaars, kwetsbare schakels.",
    )
    .argument("[input]", "inventory folder or GEXF/GraphML/JSON file / inventarismap of bestand")
    .option("--json", "print the full result as JSON / volledig resultaat als JSON")
    .option("--csv <file>", "write one row per organisation with every metric / één rij per organisatie")
    .option("--force", FORCE_HELP)
    .option("--metrics <list>", `comma-separated metric ids (default: all): ${metricIds().join(", ")}`)
    .option(
      "--group-by <attribute>",
      "node attribute for the group metrics / knoopattribuut voor groepsmaten",
    )
    .addOption(
      new Option(
        "--distance <transform>",
        "tie length for betweenness/closeness: none (every tie one step), inverse (1/strength), weight (weight is a distance) / lengte van een band",
      )
        .choices(["none", "inverse", "weight"])
        .default("none"),
    )
    .option("--seed <n>", "seed for the permutation tests / startwaarde voor permutatietests", "42")
    .option(
      "--sample <k>",
      "estimate betweenness from k random sources (large networks; error ~1/sqrt(k)) / schat tussenpositie uit k bronnen",
    )
    .option(
      "--threads <n>",
      "worker threads for betweenness and closeness (default: all cores) / rekendraden",
    )
    .option("--lang <lang>", "language of messages: nl or en / taal: nl of en");
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: AnalyseCliOptions) => {
    const lang = resolveLang(options.lang);
    const metrics = parseMetrics(options.metrics);
    const loaded = requireReadable(await loadNetwork(input, options, lang), {
      nl: "niets te analyseren",
      en: "nothing to analyse",
    });
    const network = applyScope(loaded, options);
    if (options.csv) checkOutputFile(options.csv, { kind: "csv", force: options.force });
    const progress = createProgress();
    let current = "";
    const sampleSources = optionalWholeNumber(options.sample, "--sample", { min: 1 });
    const threads = optionalWholeNumber(options.threads, "--threads", { min: 1 });
    const seed = parseSeed(options.seed);
    const stop = stopOnInterrupt();
    const running = analyseNetworkAsync(network, {
      signal: stop.signal,
      sampleSources,
      threads,
      metrics,
      groupBy: options.groupBy,
      distance: options.distance,
      seed,
      onProgress: (step, done, total) => {
        if (step !== current) {
          current = step;
          progress.step(step, total);
        }
        progress.tick(done);
      },
    });
    const result = await running
      .catch((error: unknown) => {
        throw stop.signal.aborted ? new InterruptedError() : error;
      })
      .finally(() => {
        stop.release();
        progress.done();
      });
    if (options.csv)
      writeOutputFile(options.csv, nodeCsv(result, network.graph), { kind: "csv", force: options.force });
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${scopeLine(loaded, options, lang)}${renderAnalysis(result, lang)}\n`);
    if (options.csv && !options.json)
      process.stdout.write(
        lang === "nl"
          ? `\nMaten per organisatie geschreven naar ${options.csv}\n`
          : `\nMetrics per organisation written to ${options.csv}\n`,
      );
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
    throw new UsageError({
      nl: `onbekende maat ${unknown.map((u) => `'${u}'`).join(", ") || "(leeg)"}; kies uit: ${known.join(", ")}`,
      en: `unknown metric ${unknown.map((u) => `'${u}'`).join(", ") || "(empty)"}; choose from: ${known.join(", ")}`,
    });
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

const T = (nl: string, en: string): Text => ({ nl, en });

/** The terminal text: summary block and top lists, in the user's language. */
export function renderAnalysis(result: AnalysisResult, lang: Lang): string {
  const s = result.summary;
  const say = (t: Text) => t[lang];
  const rows: Array<[Text, string, Text]> = [
    [T("Organisaties", "Organisations"), String(s.n), T("in dit netwerk", "in this network")],
    [
      T("Relaties", "Ties"),
      String(s.m),
      T("verschillende paren die samenwerken", "distinct pairs working together"),
    ],
  ];
  if (s.density !== undefined)
    rows.push([
      T("Dichtheid", "Density"),
      fmt(s.density),
      T(
        `${percent(s.density)} van alle mogelijke paren werkt samen`,
        `${percent(s.density)} of all possible pairs work together`,
      ),
    ]);
  if (s.components) {
    const c = s.components;
    rows.push(
      [
        T("Losse delen", "Separate parts"),
        String(c.count),
        T("delen zonder onderlinge verbinding", "parts with no tie between them"),
      ],
      [
        T("Grootste deel", "Largest part"),
        percent(c.largest_share),
        T("van de organisaties hangt samen", "of organisations are connected"),
      ],
      [
        T("Zonder relaties", "Without ties"),
        String(c.isolates.length),
        T("organisaties die (nog) met niemand samenwerken", "organisations working with nobody (yet)"),
      ],
      [
        T("Versnippering", "Fragmentation"),
        fmt(c.fragmentation),
        T("aandeel paren dat elkaar langs geen weg bereikt", "share of pairs that cannot reach each other"),
      ],
    );
  }
  if (s.centralization)
    rows.push([
      T("Centralisatie (graad)", "Centralization (degree)"),
      fmt(s.centralization.degree),
      T(
        "1 = alles draait rond één spil, 0 = iedereen even centraal",
        "1 = everything turns around one hub, 0 = all equal",
      ),
    ]);
  if (s.average_shortest_path_length !== undefined) {
    const aspl = s.average_shortest_path_length ?? s.largest_component?.average_shortest_path_length ?? null;
    const inLargest = s.average_shortest_path_length === null && s.largest_component !== null;
    rows.push([
      T("Gemiddelde afstand", "Average distance"),
      fmt(aspl, 2),
      inLargest
        ? T(
            "stappen tussen twee organisaties (in het grootste deel)",
            "steps between two organisations (in the largest part)",
          )
        : T("stappen tussen twee organisaties", "steps between two organisations"),
    ]);
  }
  if (s.transitivity !== undefined)
    rows.push([
      T("Geslotenheid", "Closure"),
      fmt(s.transitivity),
      T(
        "kans dat twee partners van iemand ook elkaar kennen",
        "chance that two partners of someone also know each other",
      ),
    ]);
  if (s.reciprocity !== undefined && s.reciprocity !== null)
    rows.push([
      T("Wederkerigheid", "Reciprocity"),
      percent(s.reciprocity),
      T("van de gerichte relaties wordt beantwoord", "of directed ties are returned"),
    ]);
  const cross = s.cross_sector;
  if (cross && cross.formal_informal_tie_share !== null)
    rows.push([
      T("Formeel ↔ niet-formeel", "Formal ↔ non-formal"),
      percent(cross.formal_informal_tie_share),
      T(
        "van de relaties verbindt formeel onderwijs met niet-formeel/informeel leren",
        "of ties link formal education with non-formal/informal learning",
      ),
    ]);
  const parts = [
    heading(say(T("Het netwerk in één oogopslag", "The network at a glance"))),
    formatTable(
      [{ header: "" }, { header: "", align: "right" }, { header: "" }],
      rows.map(([label, value, note]) => [say(label), value, say(note)]),
    )
      .split("\n")
      .slice(2)
      .join("\n"),
  ];
  const top = result.top;
  const list = (title: Text, note: Text, entries: TopEntry[], valueHeader: Text, digits = 3) => {
    if (entries.length === 0) return;
    parts.push(heading(say(title)), say(note), "");
    parts.push(
      formatTable(
        [
          { header: "#", align: "right" },
          { header: say(T("organisatie", "organisation")), max: 48 },
          { header: say(valueHeader), align: "right" },
        ],
        entries.map((e, i) => [
          i + 1,
          e.label === e.id ? e.id : `${e.label} (${e.id})`,
          fmt(e.value, digits),
        ]),
      ),
    );
  };
  list(
    T("Makelaars", "Brokers"),
    T(
      "Liggen het vaakst op de kortste weg tussen anderen: ze verbinden werelden (en zijn een knelpunt als ze wegvallen).",
      "Most often on the shortest route between others: they connect worlds (and are a bottleneck if they drop out).",
    ),
    top.brokers,
    T("tussenpositie", "betweenness"),
  );
  list(
    T("Meest centraal", "Most central"),
    T("Hebben de meeste verschillende partners.", "Have the most different partners."),
    top.most_central,
    T("partners", "partners"),
    0,
  );
  list(
    T("Kwetsbare schakels", "Single points of failure"),
    T(
      "Valt deze organisatie weg, dan raken zoveel organisaties afgesneden van de rest.",
      "If this organisation drops out, this many organisations are cut off from the rest.",
    ),
    top.single_points_of_failure,
    T("afgesneden", "cut off"),
    0,
  );
  if (s.n === 0) parts.push("", say(T("Het netwerk is leeg.", "The network is empty.")));
  const known = new Set(metricIds());
  const skipped = [...known].filter((id) => !result.meta.metrics.includes(id));
  if (skipped.length > 0 && result.meta.metrics.length < known.size)
    parts.push(
      "",
      say(T(`Berekend: ${result.meta.metrics.join(", ")}`, `Computed: ${result.meta.metrics.join(", ")}`)),
    );
  return parts.join("\n");
}
