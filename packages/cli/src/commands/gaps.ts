/**
 * `ecolens gaps <input>`: the coordinator's gap hunt. Terminal, in order: white spots, barriers
 * without (enough) partners, suggested missing links with their reasons, and the partners whose
 * departure would hurt most, each with a one-line plain explanation. `--json` prints everything
 * (clusters included); `--csv DIR` writes one CSV per table.
 */
import {
  ACROSS_VALUES,
  type Across,
  analyseClusters,
  type BarrierCoverage,
  barrierCoverage,
  findWhiteSpots,
  type PathwayCoverage,
  partnerDeparture,
  pathwayCoverage,
  roundLayers,
  suggestLinks,
  vocabLabel,
  type WhiteSpots,
} from "@ecolens/analysis";
import { DEFAULT_SEED, type EcoNetwork, type Lang } from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, type MessageCode, msg, msgText, optionHelp, type Params } from "../messages/index.ts";
import { renderCoverage } from "../shared/coverage-text.ts";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed, wholeNumber } from "../shared/numbers.ts";
import { fmt, formatTable, heading } from "../shared/output.ts";
import { FORCE_HELP } from "../shared/safe-write.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeLine } from "../shared/scope.ts";
import { writeGapCsvs } from "./gaps-csv.ts";
import type { GapsResult } from "./gaps-result.ts";

interface GapsCliOptions extends InputOptions, ScopeOptions {
  json?: boolean;
  csv?: string;
  force?: boolean;
  top?: string;
  across?: string;
  seed?: string;
  lang?: string;
}

export function gapsCommand(): Command {
  const cmd = new Command("gaps")
    .description(commandHelp("help.gaps"))
    .argument("[input]", optionHelp("help.arg_input"))
    .option("--json", optionHelp("help.json"))
    .option("--csv <dir>", optionHelp("help.gaps.csv"))
    .option("--force", FORCE_HELP)
    .option("--top <n>", optionHelp("help.gaps.top"), "10")
    .option("--across <line>", optionHelp("help.gaps.across", { list: ACROSS_VALUES.join(", ") }), "formal")
    .option("--seed <n>", optionHelp("help.gaps.seed"), String(DEFAULT_SEED))
    .option("--lang <lang>", optionHelp("help.lang"));
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: GapsCliOptions) => {
    const lang = resolveLang(options.lang);
    const top = wholeNumber(options.top ?? "10", "--top", { min: 1 });
    const seed = parseSeed(options.seed);
    const across = options.across ?? "formal";
    if (!(ACROSS_VALUES as readonly string[]).includes(across))
      throw new UsageError(
        msgText("gaps.across.unknown", { value: across, choices: ACROSS_VALUES.join(", ") }),
      );
    const loaded = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.analyse"));
    const network = applyScope(loaded, options);
    const result: GapsResult = {
      organisations: network.graph.order,
      ties: network.graph.size,
      white_spots: findWhiteSpots(network),
      barriers: barrierCoverage(network),
      suggestions: suggestLinks(network, { across: across as Across, top: Math.max(top, 20) }),
      departure: partnerDeparture(network),
      clusters: analyseClusters(network.graph, { seed }),
      pathway_coverage: pathwayCoverage(network),
      layers: inputLayers(network),
    };
    if (options.csv) writeGapCsvs(options.csv, result, options.force);
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${scopeLine(loaded, options, lang)}${renderGaps(result, lang, top)}\n`);
    if (options.csv && !options.json)
      process.stdout.write(`\n${msg("written.tables", lang, { dir: options.csv })}\n`);
  });
}

/** The terminal text of `gaps`, every sentence from the message catalogue (messages/gaps.ts). */
export function renderGaps(r: GapsResult, lang: Lang, top: number): string {
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const out: string[] = [];
  // A section whose data the input lacks says so, instead of "none found", which would read as good news.
  out.push(
    ...(r.layers.offerings && r.layers.places
      ? whiteSpotLines(r.white_spots, lang, top)
      : [heading(say("gaps.white.title")), say("gaps.white.no_layer")]),
  );
  out.push(
    ...(r.layers.barriers
      ? barrierLines(r.barriers, lang, top)
      : [heading(say("gaps.barriers.title")), say("gaps.barriers.no_layer")]),
  );
  const s = r.suggestions;
  out.push(heading(say("gaps.links.title")));
  out.push(say("gaps.links.note", { across: say(`gaps.across.${s.across}`) }));
  s.suggestions.slice(0, top).forEach((x, i) => {
    out.push(`${i + 1}. ${x.u_label} — ${x.v_label}  (${fmt(x.score, lang, 2)})\n   ${x.sentence[lang]}`);
  });
  if (s.suggestions.length === 0) out.push(say("gaps.links.none"));

  const d = r.departure;
  const critical = d.organisations.filter(
    (o) => o.cut_off > 0 || o.barriers_orphaned.length > 0 || o.cross_line_ties > 0,
  );
  out.push(heading(say("gaps.critical.title")));
  out.push(say("gaps.critical.note"));
  critical.slice(0, top).forEach((o, i) => {
    out.push(`${i + 1}. ${o.sentence[lang]}`);
  });
  if (critical.length === 0) out.push(say("gaps.critical.none"));
  out.push(
    ...(r.layers.offerings
      ? pathLines(r.pathway_coverage, lang, top)
      : [heading(say("gaps.paths.title")), say("gaps.paths.no_layer")]),
  );
  return out.join("\n");
}

function inputLayers(network: EcoNetwork): GapsResult["layers"] {
  const { offerings, barriers, places } = roundLayers(network);
  return { offerings, barriers, places };
}

function whiteSpotLines(ws: WhiteSpots, lang: Lang, top: number): string[] {
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const nWhite = ws.white_spots.priority.length + ws.white_spots.other.length;
  const out = [
    heading(say("gaps.white.title")),
    say("gaps.white.note", {
      white: nWhite,
      cells: ws.cells_checked,
      priority: ws.white_spots.priority.length,
      fragile: ws.fragile.priority.length + ws.fragile.other.length,
    }),
  ];
  const spotTable = (rows: typeof ws.white_spots.priority) =>
    formatTable(
      [
        { header: say("gaps.col.group"), max: 28 },
        { header: say("gaps.col.theme"), max: 28 },
        { header: say("gaps.col.municipality"), max: 24 },
        { header: say("gaps.col.elsewhere"), align: "right" },
      ],
      rows
        .slice(0, top)
        .map((c) => [
          vocabLabel("target_group", c.target_group, lang),
          vocabLabel("theme", c.theme, lang),
          c.municipality,
          c.covered_elsewhere,
        ]),
      lang,
    );
  if (ws.white_spots.priority.length > 0)
    out.push(`\n${say("gaps.white.priority")}`, spotTable(ws.white_spots.priority));
  if (ws.white_spots.other.length > 0)
    out.push(`\n${say("gaps.white.other")}`, spotTable(ws.white_spots.other));
  if (nWhite === 0) out.push(say("gaps.white.none"));
  return out;
}

function barrierLines(b: BarrierCoverage, lang: Lang, top: number): string[] {
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const weak = b.barriers.filter((x) => x.coverage !== "covered");
  const out = [
    heading(say("gaps.barriers.title")),
    say("gaps.barriers.note", { weak: weak.length, open: b.open }),
  ];
  if (weak.length > 0)
    out.push(
      formatTable(
        [
          { header: say("gaps.col.barrier"), max: 16 },
          { header: say("gaps.col.type"), max: 22 },
          { header: say("gaps.col.group"), max: 26 },
          { header: say("gaps.col.municipality"), max: 20 },
          { header: say("gaps.col.partners"), align: "right" },
          { header: say("gaps.col.offers"), align: "right" },
        ],
        weak
          .slice(0, top)
          .map((x) => [
            x.barrier_id,
            vocabLabel("barrier_type", x.barrier_type, lang),
            vocabLabel("target_group", x.target_group, lang),
            x.municipality ?? say("gaps.region"),
            x.committed_partners.length,
            x.lowering_offerings.length,
          ]),
        lang,
      ),
    );
  return out;
}

function pathLines(pc: PathwayCoverage, lang: Lang, top: number): string[] {
  const out = [heading(msg("gaps.paths.title", lang))];
  const regionProblems = pc.cells.filter((c) => c.scope === "region" && c.status !== "route");
  if (regionProblems.length === 0) out.push(pc.summary[lang]);
  else {
    // Only where chains break (the region's problems first, cut to --top): renderCoverage's own
    // heading is replaced by the section heading above.
    const shown = {
      ...pc,
      cells: [...regionProblems.slice(0, top), ...pc.cells.filter((c) => c.scope !== "region")],
    };
    out.push(renderCoverage(shown, lang, top).split("\n").slice(3).join("\n"));
    out.push(msg("gaps.paths.more", lang, { n: regionProblems.length }));
  }
  return out;
}
