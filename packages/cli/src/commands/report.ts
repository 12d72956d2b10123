/**
 * `ecolens report <input>`: one self-contained HTML report (map, charts, findings, tables) that a
 * municipality can open, mail and present as it is. Default output: out/report-<name>.html.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { type MatchDecision, parseMatchDecisions } from "@ecolens/analysis";
import { DEFAULT_SEED, decodeBytes, type EcoNetwork, type Lang, type Text } from "@ecolens/core";
import { buildReportModel, type RoundsInput } from "@ecolens/report";
import { renderReportHtml } from "@ecolens/viz";
import { Command } from "commander";
import { InputError, UsageError } from "../shared/errors.ts";
import { addInputOptions, type InputOptions, loadNetwork, requireReadable } from "../shared/input.ts";
import { noteInput } from "../shared/input-paths.ts";
import { resolveLang } from "../shared/lang.ts";
import { cachedLayout } from "../shared/layout-cache.ts";
import { parseSeed } from "../shared/numbers.ts";
import { createProgress } from "../shared/progress.ts";
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

/** Builds the model and renders the page (shared by report, view and start). */
export async function buildReportHtml(
  network: EcoNetwork,
  lang: Lang,
  options: {
    seed: number;
    title?: string;
    name?: string;
    rounds?: RoundsInput;
    scope?: Text | null;
    quiet?: boolean;
  },
): Promise<{ html: string; model: Awaited<ReturnType<typeof buildReportModel>> }> {
  const progress = createProgress({ lang, quiet: options.quiet });
  const steps: Record<string, { nl: string; en: string }> = {
    analyse: { nl: "netwerk analyseren", en: "analysing the network" },
    clusters: { nl: "clusters zoeken", en: "finding clusters" },
    layout: { nl: "kaart schikken", en: "laying out the map" },
    gaps: { nl: "hiaten zoeken", en: "finding gaps" },
    suggestions: { nl: "verbindingen voorstellen", en: "suggesting links" },
    resilience: { nl: "kritieke partners", en: "critical partners" },
    paths: { nl: "leerpaden", en: "learning paths" },
    changes: { nl: "rondes vergelijken", en: "comparing rounds" },
  };
  const model = await buildReportModel(network, lang, {
    seed: options.seed,
    rounds: options.rounds,
    layout: cachedLayout,
    onStep: (step) => progress.step(steps[step]?.[lang] ?? step),
  });
  // The graph name of an inventory is its list of files: a short name reads better on the page.
  if (options.name) model.meta.name = options.name;
  if (options.scope) model.meta.scope = options.scope;
  progress.step(lang === "nl" ? "rapport schrijven" : "writing the report");
  const html = await renderReportHtml(model, { lang, title: options.title });
  progress.done();
  return { html, model };
}

export function reportCommand(): Command {
  const cmd = new Command("report")
    .description(
      "Write one self-contained HTML report (map, charts, findings) to open, mail or present.\n" +
        "Schrijf één zelfstandig HTML-rapport (kaart, grafieken, vaststellingen) om te openen, mailen of tonen.",
    )
    .argument("[input]", "inventory folder or GEXF/GraphML/JSON file / inventarismap of bestand")
    .option("-o, --output <file>", "output file (default out/report-<name>.html) / uitvoerbestand")
    .option("--force", FORCE_HELP)
    .option("--lang <lang>", "language of the report: nl or en / taal: nl of en")
    .option("--title <text>", "title on the report / titel van het rapport")
    .option("-q, --quiet", "no progress on stderr / geen voortgang op stderr")
    .option(
      "--seed <n>",
      "seed for layout and clusters / startwaarde voor kaart en clusters",
      String(DEFAULT_SEED),
    );
  addRoundOptions(cmd);
  addInputOptions(cmd);
  addScopeOptions(cmd);
  return cmd.action(async (input: string | undefined, options: ReportCliOptions) => {
    const lang = resolveLang(options.lang);
    const seed = parseSeed(options.seed);
    const loaded = requireReadable(await loadNetwork(input, options, lang), {
      nl: "geen rapport",
      en: "no report",
    });
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
    process.stdout.write(lang === "nl" ? `Rapport geschreven: ${out}\n` : `Report written: ${out}\n`);
  });
}

/** An earlier round under the current scope; a scope that cannot apply there names the round. */
function scopedRound(network: EcoNetwork, path: string, scope: ScopeOptions): EcoNetwork {
  try {
    return applyScope(network, scope);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError({
      nl: `${path} (--since): ${error.text.nl}`,
      en: `${path} (--since): ${error.text.en}`,
    });
  }
}

/** `--since` (repeatable) and `--matches`: earlier inventory rounds for "What changed". */
export function addRoundOptions(cmd: Command): Command {
  return cmd
    .option(
      "--since <round>",
      "an earlier inventory round (folder or file); repeat for more rounds, oldest first, or give a folder of round folders / eerdere inventarisronde; herhaal, oudste eerst",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      "--matches <file>",
      "confirmed matches for --since: old_id;new_id;decision (see ecolens diff) / bevestigde koppelingen",
    );
}

/**
 * The earlier rounds of `--since`: each value is a round (inventory folder or file), or a folder
 * that holds round folders only (taken in name order, e.g. 2021/ 2023/). Labels are the folder or
 * file names; the newest round is labelled `currentLabel`.
 */
export function expandRounds(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p))
      throw new UsageError({
        nl: `'${p}' bestaat niet (--since)`,
        en: `'${p}' does not exist (--since)`,
      });
    if (statSync(p).isDirectory()) {
      const entries = readdirSync(p).sort();
      const hasData = entries.some((f) => /\.(csv|tsv|txt)$/i.test(f) && statSync(join(p, f)).isFile());
      const subdirs = entries.filter((f) => statSync(join(p, f)).isDirectory());
      if (!hasData && subdirs.length > 0) {
        out.push(...subdirs.map((d) => join(p, d)));
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * Loads the `--since` rounds (and `--matches` decisions) for report and view; each earlier round
 * gets the same scope as the current one, so a municipality is compared with itself.
 */
export async function loadRounds(
  since: string[],
  matches: string | undefined,
  currentLabel: string,
  lang: Lang,
  scope: ScopeOptions = {},
): Promise<RoundsInput | undefined> {
  if (since.length === 0) {
    if (matches)
      throw new UsageError({
        nl: "--matches hoort bij --since (een eerdere ronde)",
        en: "--matches goes with --since (an earlier round)",
      });
    return undefined;
  }
  const paths = expandRounds(since);
  const networks: EcoNetwork[] = [];
  for (const p of paths) {
    const n = await loadNetwork(p, {}, lang);
    if (n.graph.order === 0 && n.report.errors > 0)
      throw new InputError({
        nl: `'${p}' heeft ${n.report.errors} fout(en) en geen organisaties; zie 'ecolens validate ${p}'`,
        en: `'${p}' has ${n.report.errors} error(s) and no organisations; see 'ecolens validate ${p}'`,
      });
    networks.push(scopedRound(n, p, scope));
  }
  const names = [
    ...paths.map((p) => basename(resolve(p)).replace(/\.(csv|tsv|txt|gexf|graphml|xml|json)$/i, "")),
    currentLabel,
  ];
  const labels = new Set(names).size === names.length ? names : names.map((_, i) => String(i + 1));
  let decisions: MatchDecision[] | undefined;
  if (matches) {
    if (!existsSync(matches))
      throw new UsageError({
        nl: `'${matches}' bestaat niet (--matches)`,
        en: `'${matches}' does not exist (--matches)`,
      });
    noteInput(matches);
    const parsed = parseMatchDecisions(decodeBytes(new Uint8Array(readFileSync(matches))).text);
    for (const p of parsed.problems) process.stderr.write(`ecolens: ${matches}: ${p.message[lang]}\n`);
    decisions = parsed.decisions;
  }
  return { networks, labels, decisions };
}
