/**
 * `ecolens paths <input> --theme T ...`: personal learning routes from a passion to (formal)
 * learning, with barrier checks and where the chain breaks; `--coverage` prints the pathway
 * coverage of the whole ecosystem (theme × target group, region and municipalities).
 * See docs/learning-paths.md.
 */
import {
  BARRIER_ALIASES,
  findLearningRoutes,
  type Learner,
  pathwayCoverage,
  type RouteResult,
  resolveLearnerPlace,
  vocabLabel,
} from "@ecolens/analysis";
import { type Lang, matchVocabulary } from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, type MessageCode, msg, msgText, optionHelp, type Params } from "../messages/index.ts";
import { renderCoverage } from "../shared/coverage-text.ts";
import { UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { resolveLang } from "../shared/lang.ts";
import { wholeNumber } from "../shared/numbers.ts";
import { heading, safeCell } from "../shared/output.ts";
import { resolveMunicipality, resolveVocabValue, vocabChoices } from "../shared/scope-values.ts";

interface PathsCliOptions extends InputOptions {
  theme?: string;
  group?: string;
  targetGroup?: string;
  age?: string;
  municipality?: string;
  barrier?: string[];
  to?: string;
  top?: string;
  maxSteps?: string;
  coverage?: boolean;
  json?: boolean;
  lang?: string;
}

export function pathsCommand(): Command {
  const cmd = new Command("paths")
    .description(commandHelp("help.paths"))
    .argument("[input]", optionHelp("help.paths.arg_input"))
    .option("--theme <theme>", optionHelp("help.paths.theme"))
    .option("--target-group <group>", optionHelp("help.paths.target_group"))
    .option("--group <group>", optionHelp("help.paths.group"))
    .option("--age <n>", optionHelp("help.paths.age"))
    .option("--municipality <name>", optionHelp("help.paths.municipality"))
    .option("--barrier <types...>", optionHelp("help.paths.barrier"))
    .option("--to <level>", optionHelp("help.paths.to"))
    .option("--top <k>", optionHelp("help.paths.top"), "5")
    .option("--max-steps <n>", optionHelp("help.paths.max_steps"), "4")
    .option("--coverage", optionHelp("help.paths.coverage"))
    .option("--json", optionHelp("help.paths.json"))
    .option("--lang <lang>", optionHelp("help.lang"));
  addInputOptions(cmd);
  return cmd.action(async (input: string | undefined, options: PathsCliOptions) => {
    const lang = resolveLang(options.lang);
    const top = wholeNumber(options.top ?? "5", "--top", { min: 1 });
    const maxSteps = wholeNumber(options.maxSteps ?? "4", "--max-steps", { min: 1 });
    if (!options.coverage && !options.theme)
      throw new UsageError({
        nl: msg("paths.theme.missing", "nl", { choices: vocabChoices("theme", "nl") }),
        en: msg("paths.theme.missing", "en", { choices: vocabChoices("theme", "en") }),
      });
    const learner: Learner = {
      theme: options.theme ? resolveVocabValue("theme", options.theme, "--theme") : "",
      group: targetGroup(options),
      age: options.age === undefined ? undefined : wholeNumber(options.age, "--age", { min: 0, max: 120 }),
      barriers: (options.barrier ?? [])
        .flatMap((b) => b.split(","))
        .filter((b) => b.trim() !== "")
        .map(
          (b) =>
            BARRIER_ALIASES.get(b.trim().toLowerCase()) ?? resolveVocabValue("barrier_type", b, "--barrier"),
        ),
      to: options.to === undefined ? undefined : destination(options.to),
    };
    const network = requireReadable(await loadNetwork(input, options, lang), msgText("refusal.analyse"));
    if (options.coverage) {
      const coverage = pathwayCoverage(network, { maxSteps });
      if (options.json) process.stdout.write(`${JSON.stringify(coverage, null, 2)}\n`);
      else process.stdout.write(`${renderCoverage(coverage, lang, top)}\n`);
      return;
    }
    if (options.municipality !== undefined)
      // A learner may live in a municipality without organisations in the input (routes then
      // lead to the neighbours); anything else goes through the shared resolver's usage error.
      learner.municipality =
        resolveLearnerPlace(network, options.municipality) ??
        resolveMunicipality(network, options.municipality, "--municipality");
    const result = findLearningRoutes(network, learner, { top, maxSteps });
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${renderRoutes(result, lang)}\n`);
  });
}

function targetGroup(options: PathsCliOptions): string | undefined {
  if (options.targetGroup !== undefined)
    return resolveVocabValue("target_group", options.targetGroup, "--target-group");
  return options.group === undefined
    ? undefined
    : resolveVocabValue("target_group", options.group, "--group");
}

function destination(raw: string): "formal" | "non_formal" {
  const code = matchVocabulary("learning_context", raw);
  if (code === "formal" || code === "non_formal") return code;
  throw new UsageError(msgText("paths.to.unknown", { value: raw }));
}

export function renderRoutes(r: RouteResult, lang: Lang): string {
  const say = (code: MessageCode, params?: Params) => msg(code, lang, params);
  const l = r.learner;
  const who: string[] = [];
  if (l.age !== undefined) who.push(say("paths.age", { age: l.age }));
  if (l.group) who.push(vocabLabel("target_group", l.group, lang));
  if (l.municipality) who.push(say("paths.in", { place: l.municipality }));
  if (l.barriers.length > 0)
    who.push(
      `${say("paths.barriers")}: ${l.barriers.map((b) => vocabLabel("barrier_type", b, lang)).join(", ")}`,
    );
  const out: string[] = [];
  out.push(
    heading(
      `${say("paths.title")}: ${vocabLabel("theme", l.theme, lang)}${who.length ? ` (${who.join("; ")})` : ""}`,
    ),
  );
  out.push(r.summary[lang]);
  r.routes.forEach((route, i) => {
    out.push(`\n${i + 1}. ${safeCell(route.story[lang])}`);
    route.steps.forEach((s, j) => {
      out.push(
        `   ${j + 1}) ${safeCell(s.org_name)} · ${safeCell(s.title ?? s.offering_id)} [${s.offering_id}]${s.blocked ? say("paths.blocked") : ""}`,
      );
    });
  });
  if (r.breaks.length > 0) {
    out.push(heading(say("paths.breaks")));
    for (const b of r.breaks) {
      out.push(`- ${safeCell(b.sentence[lang])}`);
      if (b.mender_names.length > 0)
        out.push(`  ${say("paths.menders")}: ${safeCell(b.mender_names.join(", "))}`);
    }
  }
  if (r.truncated) out.push(say("paths.truncated"));
  return out.join("\n");
}
