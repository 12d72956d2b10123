/**
 * Earlier inventory rounds for "What changed": the `--since` and `--matches` options and the
 * loading of those rounds under the current scope. Shared by the report and view commands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { type MatchDecision, parseMatchDecisions } from "@ecolens/analysis";
import { decodeBytes, type EcoNetwork, type Lang } from "@ecolens/core";
import type { RoundsInput } from "@ecolens/report";
import type { Command } from "commander";
import { msgText, optionHelp } from "../messages/index.ts";
import { InputError, UsageError } from "./errors.ts";
import { loadNetwork } from "./input.ts";
import { noteInput } from "./input-paths.ts";
import { applyScope, type ScopeOptions } from "./scope.ts";

/** An earlier round under the current scope; a scope that cannot apply there names the round. */
function scopedRound(network: EcoNetwork, path: string, scope: ScopeOptions): EcoNetwork {
  try {
    return applyScope(network, scope);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The scope's own message, in each language, after the round it is about.
    const about = (text: string) => `${path} (--since): ${text}`;
    throw new UsageError({ nl: about(error.text.nl), en: about(error.text.en) });
  }
}

/** `--since` (repeatable) and `--matches`: earlier inventory rounds for "What changed". */
export function addRoundOptions(cmd: Command): Command {
  return cmd
    .option("--since <round>", optionHelp("help.rounds.since"), (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .option("--matches <file>", optionHelp("help.rounds.matches"));
}

/**
 * The earlier rounds of `--since`: each value is a round (inventory folder or file), or a folder
 * that holds round folders only (taken in name order, e.g. 2021/ 2023/). Labels are the folder or
 * file names; the newest round is labelled `currentLabel`.
 */
export function expandRounds(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(msgText("rounds.missing", { path: p }));
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
    if (matches) throw new UsageError(msgText("rounds.matches_without_since"));
    return undefined;
  }
  const paths = expandRounds(since);
  const networks: EcoNetwork[] = [];
  for (const p of paths) {
    const n = await loadNetwork(p, {}, lang);
    if (n.graph.order === 0 && n.report.errors > 0)
      throw new InputError(msgText("rounds.unreadable", { path: p, errors: n.report.errors }));
    networks.push(scopedRound(n, p, scope));
  }
  const names = [
    ...paths.map((p) => basename(resolve(p)).replace(/\.(csv|tsv|txt|gexf|graphml|xml|json)$/i, "")),
    currentLabel,
  ];
  const labels = new Set(names).size === names.length ? names : names.map((_, i) => String(i + 1));
  let decisions: MatchDecision[] | undefined;
  if (matches) {
    if (!existsSync(matches)) throw new UsageError(msgText("rounds.matches_missing", { path: matches }));
    noteInput(matches);
    const parsed = parseMatchDecisions(decodeBytes(new Uint8Array(readFileSync(matches))).text);
    for (const p of parsed.problems) process.stderr.write(`ecolens: ${matches}: ${p.message[lang]}\n`);
    decisions = parsed.decisions;
  }
  return { networks, labels, decisions };
}
