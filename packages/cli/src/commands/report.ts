/**
 * `ecolens report <input>`: one self-contained HTML report (map, charts, findings, tables) that a
 * municipality can open, mail and present as it is. Default output: out/report-<name>.html.
 */
import { basename, extname, resolve } from "node:path";
import { DEFAULT_SEED } from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed } from "../shared/numbers.ts";
import { buildReportHtml } from "../shared/report-html.ts";
import { addRoundOptions, loadRounds } from "../shared/rounds.ts";
import { checkOutputFile, FORCE_HELP, writeOutputFile } from "../shared/safe-write.ts";
import { addScopeOptions, applyScope, type ScopeOptions, scopeText } from "../shared/scope.ts";

export interface ReportCliOptions extends InputOptions, ScopeOptions {
  output?: string;
  lang?: string;
  title?: string;
  seed?: string;
  since?: string[];
  matches?: string;
  force?: boolean;
  quiet?: boolean;
}

/** out/report-<name>.html, where name comes from the input folder or file. */
export function defaultReportPath(input: string | undefined, options: InputOptions): string {
  const from = input ?? options.edges ?? "network";
  const name = basename(from, extname(from)).replace(/[^\p{L}\p{N}_-]+/gu, "-") || "network";
  return `out/report-${name}.html`;
}

export function reportCommand(): Command {
  const cmd = new Command("report")
    .description(commandHelp("help.report"))
    .argument("[input]", optionHelp("help.arg_input"))
    .option("-o, --output <file>", optionHelp("help.report.output"))
    .option("--force", FORCE_HELP)
    .option("--lang <lang>", optionHelp("help.report.lang"))
    .option("--title <text>", optionHelp("help.title"))
    .option("-q, --quiet", optionHelp("help.quiet"))
    .option("--seed <n>", optionHelp("help.report.seed"), String(DEFAULT_SEED));
  addRoundOptions(cmd);
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ReportCliOptions) => {
    const lang = resolveLang(options.lang);
    const seed = parseSeed(options.seed);
    const loaded = requireReadable(await loadNetwork(input, options, lang), msgText("report.refusal"));
    const network = applyScope(loaded, options);
    const target = options.output ?? defaultReportPath(input, options);
    const out = resolve(target);
    // An earlier ecolens report may be replaced; the default out/ folder is made when missing.
    const rules = { kind: "report" as const, force: options.force, createParent: !options.output };
    checkOutputFile(target, rules);
    const name = basename(input ?? options.edges ?? "");
    const rounds = await loadRounds(options.since ?? [], options.matches, name || "new", lang, options);
    const { html } = await buildReportHtml(network, lang, {
      seed,
      title: options.title,
      name,
      rounds,
      scope: scopeText(loaded, options),
      quiet: options.quiet,
    });
    writeOutputFile(target, html, rules);
    process.stdout.write(`${msg("report.written", lang, { file: out })}\n`);
  });
}
