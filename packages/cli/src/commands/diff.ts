/**
 * `ecolens diff <old> <new> [more rounds...]`: what changed between inventory rounds, on one
 * screen for a coordinator: the headline sentences and the verdict (did the ecosystem move toward
 * its goals), key figures old -> new with arrows, the top changes, and matches a person should
 * confirm (with how). More than two rounds: a line per metric over time and each step's story.
 * `--json` prints everything; `--csv DIR` writes the tables (uncertain_matches.csv doubles as the
 * decision file for `--matches`). See docs/diff.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  compareRounds,
  comparisonTables,
  diffRounds,
  type FlatTable,
  type MatchDecision,
  parseMatchDecisions,
  type RoundComparison,
  type RoundMetricName,
  type RoundSeries,
  seriesTables,
  vocabLabel,
} from "@ecolens/analysis";
import {
  DEFAULT_SEED,
  decodeBytes,
  type EcoNetwork,
  type Lang,
  label,
  type Text,
  toCsvBytes,
  type VocabName,
} from "@ecolens/core";
import { Command } from "commander";
import { commandHelp, msg, msgText, optionHelp } from "../messages/index.ts";
import { InputError, UsageError } from "../shared/errors.ts";
import { loadNetwork } from "../shared/input.ts";
import { noteInput } from "../shared/input-paths.ts";
import { resolveLang } from "../shared/lang.ts";
import { parseSeed, wholeNumber } from "../shared/numbers.ts";
import { fmt, formatTable, heading, percent, safeCell } from "../shared/output.ts";
import { FORCE_HELP, writeOutputFolder } from "../shared/safe-write.ts";

interface DiffCliOptions {
  json?: boolean;
  csv?: string;
  force?: boolean;
  matches?: string;
  labels?: string;
  top?: string;
  seed?: string;
  lang?: string;
}

export function diffCommand(): Command {
  return new Command("diff")
    .description(commandHelp("help.diff"))
    .argument("<rounds...>", optionHelp("help.diff.arg_rounds"))
    .option("--json", optionHelp("help.json"))
    .option("--csv <dir>", optionHelp("help.diff.csv"))
    .option("--force", FORCE_HELP)
    .option("--matches <file>", optionHelp("help.diff.matches"))
    .option("--labels <list>", optionHelp("help.diff.labels"))
    .option("--top <n>", optionHelp("help.diff.top"), "8")
    .option("--seed <n>", optionHelp("help.diff.seed"), String(DEFAULT_SEED))
    .option("--lang <lang>", optionHelp("help.lang"))
    .action(async (paths: string[], options: DiffCliOptions) => {
      const lang = resolveLang(options.lang);
      if (paths.length < 2) throw new UsageError(msgText("diff.two_rounds"));
      const top = wholeNumber(options.top ?? "8", "--top", { min: 1 });
      const seed = parseSeed(options.seed);
      const labels = roundLabels(paths, options.labels);
      const decisions = options.matches ? readDecisions(options.matches, lang) : [];
      const networks: EcoNetwork[] = [];
      for (const p of paths) networks.push(await loadRound(p, lang));
      if (networks.length === 2) {
        const result = compareRounds(networks[0], networks[1], {
          labels: { old: labels[0], new: labels[1] },
          decisions,
          seed,
        });
        if (options.csv) writeTables(options.csv, comparisonTables(result), options.force);
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else process.stdout.write(`${renderComparison(result, lang, top, options.csv)}\n`);
      } else {
        const series = diffRounds(networks, labels, { decisions, seed });
        if (options.csv)
          writeTables(
            options.csv,
            [...seriesTables(series), ...comparisonTables(series.last)],
            options.force,
          );
        if (options.json) process.stdout.write(`${JSON.stringify(series, null, 2)}\n`);
        else process.stdout.write(`${renderSeries(series, lang, top, options.csv)}\n`);
      }
      if (options.csv && !options.json)
        process.stdout.write(`\n${msg("written.tables", lang, { dir: options.csv })}\n`);
    });
}

function roundLabels(paths: string[], option: string | undefined): string[] {
  if (option === undefined) {
    const names = paths.map((p) =>
      basename(resolve(p)).replace(/\.(csv|tsv|txt|gexf|graphml|xml|json)$/i, ""),
    );
    // Two rounds from folders with the same name: number them instead.
    return new Set(names).size === names.length ? names : paths.map((_, i) => `${i + 1}`);
  }
  const labels = option.split(",").map((s) => s.trim());
  if (labels.length !== paths.length || labels.some((l) => l === ""))
    throw new UsageError(msgText("diff.labels", { labels: labels.length, rounds: paths.length }));
  return labels;
}

async function loadRound(path: string, lang: Lang): Promise<EcoNetwork> {
  const network = await loadNetwork(path, {}, lang);
  if (network.graph.order === 0 && network.report.errors > 0)
    throw new InputError(msgText("diff.unreadable", { path, errors: network.report.errors }));
  return network;
}

function readDecisions(file: string, lang: Lang): MatchDecision[] {
  if (!existsSync(file)) throw new UsageError(msgText("diff.matches.missing", { file }));
  noteInput(file);
  const parsed = parseMatchDecisions(decodeBytes(new Uint8Array(readFileSync(file))).text);
  for (const p of parsed.problems) process.stderr.write(`ecolens: ${file}: ${p.message[lang]}\n`);
  if (parsed.decisions.length === 0 && parsed.problems.length > 0)
    throw new InputError(msgText("diff.matches.empty", { file }));
  return parsed.decisions;
}

/** The tables as one folder that appears whole or not at all (safe-write.ts). */
function writeTables(dir: string, tables: FlatTable[], force = false): void {
  const files = tables.map((t) => ({ name: t.name, data: toCsvBytes(t.header, t.rows) }));
  writeOutputFolder(dir, files, { kind: "csv", force });
}

const METRIC_LABEL: Record<RoundMetricName, Text> = {
  organisations: msgText("diff.organisations"),
  ties: msgText("diff.ties_pairs"),
  density: msgText("diff.density"),
  components: msgText("diff.components"),
  largest_component_share: msgText("diff.share_in_main_component"),
  degree_centralization: msgText("diff.degree_centralization"),
  modularity: msgText("diff.modularity_clusters"),
  ei_formal: msgText("diff.e_i_formal_rest"),
  cross_line_ties: msgText("diff.formal_informal_ties"),
  cross_line_share: msgText("diff.orgs_with_such_a_tie"),
  municipalities_without_cross_line_tie: msgText("diff.municipalities_without_one"),
};

function value(metric: RoundMetricName, v: number | null, lang: Lang): string {
  if (v === null) return "–";
  if (metric === "largest_component_share" || metric === "cross_line_share") return percent(v, lang);
  if (metric === "density") return fmt(v, lang, 4);
  if (metric === "ei_formal") return fmt(v, lang, 2);
  return fmt(v, lang, 3);
}

function change(metric: RoundMetricName, c: number | null, lang: Lang): string {
  if (c === null) return "";
  if (Math.abs(c) < 1e-12) return "→ 0";
  const arrow = c > 0 ? "↑" : "↓";
  const shown =
    metric === "largest_component_share" || metric === "cross_line_share"
      ? `${fmt(Math.abs(c) * 100, lang, 1)} ${msg("diff.points", lang)}`
      : value(metric, Math.abs(c), lang);
  return `${arrow} ${c > 0 ? "+" : "-"}${shown.replace(/^-/, "")}`;
}

/** A vocabulary label in running text: "doorverwijzing", "gezamenlijke activiteit". */
function plainLabel(kind: VocabName, code: string, lang: Lang): string {
  const text = label(kind, code, lang);
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

const MARK = { better: "+", worse: "-", same: "=", neutral: " ", unknown: "?" } as const;

export function renderComparison(r: RoundComparison, lang: Lang, top: number, csvDir?: string): string {
  const say = (t: Text) => t[lang];
  const { diff: d, movement: m, story } = r;
  const out: string[] = [];
  out.push(heading(say(msgText("diff.what_changed", { old: d.labels.old, new: d.labels.new }))));
  for (const h of story.headline) out.push(`• ${safeCell(say(h))}`);
  out.push(`\n${say(msgText("diff.did_the_ecosystem_move_toward_it"))} ${say(story.verdict_text)}`);
  for (const g of story.goals) out.push(`  [${MARK[g.assessment]}] ${say(g.text)}`);

  out.push(heading(say(msgText("diff.key_figures"))));
  out.push(
    formatTable(
      [
        { header: say(msgText("diff.metric")) },
        { header: d.labels.old, align: "right", max: 14 },
        { header: d.labels.new, align: "right", max: 14 },
        { header: say(msgText("diff.change")), align: "right" },
        { header: "" },
      ],
      m.metrics.map((x) => [
        say(METRIC_LABEL[x.metric]),
        value(x.metric, x.old, lang),
        value(x.metric, x.new, lang),
        change(x.metric, x.change, lang),
        x.assessment === "better" ? "✓" : x.assessment === "worse" ? "✗" : "",
      ]),
    ),
  );

  out.push(...topChangeLines(r, lang, top));

  const u = d.matching;
  if (u.uncertain.length > 0 || u.decisions.unused.length > 0) {
    out.push(heading(say(msgText("diff.to_confirm", { n: u.uncertain.length }))));
    u.uncertain.slice(0, Math.max(top, 20)).forEach((x, i) => {
      out.push(`${i + 1}. ${safeCell(say(x.message))}`);
    });
    if (u.uncertain.length > Math.max(top, 20)) out.push("…");
    for (const x of u.decisions.unused) out.push(`! ${safeCell(say(x.message))}`);
    const file = csvDir ? join(csvDir, "uncertain_matches.csv") : "DIR/uncertain_matches.csv";
    out.push(say(msgText("diff.how_to_confirm", { csv: csvDir ? "yes" : "", file })));
  }
  return out.join("\n");
}

/** The "Top changes" section: who joined, stopped, moved, which ties and barriers changed. */
function topChangeLines(r: RoundComparison, lang: Lang, top: number): string[] {
  const say = (t: Text) => t[lang];
  const { diff: d, movement: m } = r;
  const out: string[] = [];
  out.push(heading(say(msgText("diff.top_changes"))));
  const names = (items: string[]) => {
    const shown = items.slice(0, top).map(safeCell).join(", ");
    return items.length > top ? `${shown}, … (+${items.length - top})` : shown;
  };
  const line = (label: Text, items: string[]) => {
    if (items.length > 0) out.push(`${say(label)} (${items.length}): ${names(items)}`);
  };
  const o = d.organisations;
  line(
    msgText("diff.new_partners"),
    o.added.map((x) => x.name),
  );
  line(
    msgText("diff.stopped"),
    o.removed.map((x) => x.name),
  );
  line(
    msgText("diff.new_id_same_organisation"),
    o.reidentified.map((x) => `${x.name} [${x.old_id} → ${x.new_id}, ${x.method}]`),
  );
  line(
    msgText("diff.renamed"),
    o.changed.flatMap((c) => c.changes.filter((f) => f.field === "name").map((f) => `${f.old} → ${f.new}`)),
  );
  line(
    msgText("diff.moved"),
    o.changed.flatMap((c) =>
      c.changes
        .filter((f) => f.field === "municipality")
        .map((f) => `${c.name} (${f.old ?? "–"} → ${f.new ?? "–"})`),
    ),
  );
  const tie = (x: { source_name: string; target_name: string; relation_type: string }) =>
    `${x.source_name} — ${x.target_name} (${plainLabel("relation_type", x.relation_type, lang)})`;
  line(msgText("diff.new_formal_informal_ties"), d.relations.added.filter((x) => x.cross_line).map(tie));
  line(msgText("diff.lost_formal_informal_ties"), d.relations.removed.filter((x) => x.cross_line).map(tie));
  line(
    msgText("diff.stronger_ties"),
    d.relations.changed
      .filter((x) => (x.level.new ?? 0) > (x.level.old ?? 0))
      .map((x) => `${tie(x)} ${x.level.old ?? "–"}→${x.level.new}`),
  );
  line(
    msgText("diff.barriers_resolved"),
    d.barriers.resolved.map((x) =>
      x.how === "gone" ? `${x.barrier_id} (${say(msgText("diff.no_longer_listed"))})` : x.barrier_id,
    ),
  );
  line(
    msgText("diff.new_barriers"),
    d.barriers.added.map((x) => `${x.barrier_id} (${vocabLabel("barrier_type", x.barrier_type, lang)})`),
  );
  line(
    msgText("diff.new_commitments"),
    d.barriers.commitments_added.map(
      (x) =>
        `${x.barrier_id}: ${x.org_name}${x.commitment_type ? ` (${plainLabel("commitment_type", x.commitment_type, lang)})` : ""}`,
    ),
  );
  line(
    msgText("diff.larger_broker_role_betweenness"),
    m.risers.map((x) => `${x.name} +${fmt(x.betweenness.change, lang, 3)}`),
  );
  line(
    msgText("diff.smaller_broker_role"),
    m.fallers.map((x) => `${x.name} ${fmt(x.betweenness.change, lang, 3)}`),
  );
  line(
    msgText("diff.suggested_links_that_now_exist"),
    m.suggestions.items.filter((x) => x.status === "realised").map((x) => `${x.u_label} — ${x.v_label}`),
  );
  const off = d.counts.offerings;
  out.push(
    say(
      d.layers.compared.offerings
        ? msgText("diff.offers", { added: off.added, removed: off.removed, old: off.old, new: off.new })
        : msgText("diff.learning_offers_not_in_both_roun"),
    ),
  );

  return out;
}

export function renderSeries(s: RoundSeries, lang: Lang, top: number, csvDir?: string): string {
  const say = (t: Text) => t[lang];
  const out: string[] = [];
  out.push(heading(say(msgText("diff.rounds", { labels: s.labels.join(" → ") }))));
  out.push(
    formatTable(
      [
        { header: say(msgText("diff.metric")) },
        ...s.labels.map((l) => ({ header: l, align: "right" as const, max: 14 })),
      ],
      s.series.map((x) => [say(METRIC_LABEL[x.metric]), ...x.values.map((v) => value(x.metric, v, lang))]),
    ),
  );
  // Every step but the last in short; the last one in full below.
  for (const step of s.steps.slice(0, -1)) {
    out.push(heading(`${step.from} → ${step.to}`));
    for (const h of step.headline) out.push(`• ${safeCell(say(h))}`);
    out.push(say(step.verdict_text));
  }
  out.push(renderComparison(s.last, lang, top, csvDir));
  return out.join("\n");
}
