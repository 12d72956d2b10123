/**
 * Scope options shared by the analysing commands: analyse one municipality, relation type,
 * sector or the ego network of one organisation (analysis/scope does the filtering).
 */
import { describeScope, isEmptyScope, type Scope, ScopeError, scopeNetwork } from "@ecolens/analysis";
import { type EcoNetwork, type Lang, levenshtein, type Text } from "@ecolens/core";
import type { Command } from "commander";
import { msg, msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "./errors.ts";
import { resolveMunicipality, resolveVocabList } from "./scope-values.ts";

export interface ScopeOptions {
  municipality?: string[];
  relationType?: string[];
  sector?: string[];
  type?: string[];
  ego?: string;
  radius?: string;
}

export function addScopeOptions(cmd: Command): Command {
  return cmd
    .option("--municipality <names...>", optionHelp("help.scope.municipality"))
    .option("--relation-type <types...>", optionHelp("help.scope.relation_type"))
    .option("--sector <sectors...>", optionHelp("help.scope.sector"))
    .option("--type <types...>", optionHelp("help.scope.type"))
    .option("--ego <id>", optionHelp("help.scope.ego"))
    .option("--radius <k>", optionHelp("help.scope.radius"), "1");
}

/** The scope the options describe as typed (comma-separated values are split too). */
export function scopeFromOptions(opts: ScopeOptions): Scope {
  const list = (values?: string[]) =>
    values
      ?.flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  const radiusText = opts.radius ?? "1";
  const radius = Number(radiusText);
  if (!/^\d+$/.test(radiusText.trim()) || !Number.isSafeInteger(radius))
    throw new UsageError(msgText("radius.bad", { value: radiusText }));
  return {
    municipality: list(opts.municipality),
    relationType: list(opts.relationType),
    sector: list(opts.sector),
    orgType: list(opts.type),
    ego: opts.ego,
    radius,
  };
}

/** Values of one attribute found in the input (for inputs with their own relation types...). */
function presentValues(network: EcoNetwork, where: "node" | "edge", name: string): string[] {
  const found = new Set<string>();
  const add = (attr: Record<string, unknown>) => {
    if (typeof attr[name] === "string" && attr[name] !== "") found.add(attr[name] as string);
  };
  if (where === "node") network.graph.forEachNode((_id, attr) => add(attr));
  else network.graph.forEachEdge((_id, attr) => add(attr));
  return [...found].sort();
}

/**
 * The scope with every value resolved to its code (nl/en codes and labels accepted) and every
 * municipality to one present in the input; an unknown value is a usage error.
 */
export function resolveScope(network: EcoNetwork, opts: ScopeOptions): Scope {
  const scope = scopeFromOptions(opts);
  return {
    ...scope,
    municipality: scope.municipality?.map((m) => resolveMunicipality(network, m, "--municipality")),
    sector: resolveVocabList("sector", scope.sector, "--sector", presentValues(network, "node", "sector")),
    orgType: resolveVocabList(
      "org_type",
      scope.orgType,
      "--type",
      presentValues(network, "node", "org_type"),
    ),
    relationType: resolveVocabList(
      "relation_type",
      scope.relationType,
      "--relation-type",
      presentValues(network, "edge", "relation_type"),
    ),
  };
}

export function applyScope(network: EcoNetwork, opts: ScopeOptions): EcoNetwork {
  const scope = resolveScope(network, opts);
  if (isEmptyScope(scope)) return network;
  try {
    return scopeNetwork(network, scope);
  } catch (error) {
    if (!(error instanceof ScopeError)) throw error;
    if (error.code === "UNKNOWN_EGO" && scope.ego !== undefined) {
      const near = closeIds(scope.ego, network.graph.nodes());
      const hint = near.length > 0 ? near.map((id) => `'${id}'`).join(", ") : "";
      if (!hint) throw new UsageError(error.text);
      throw new UsageError({
        nl: msg("ego.did_you_mean", "nl", { error: error.text.nl, hint }),
        en: msg("ego.did_you_mean", "en", { error: error.text.en, hint }),
      });
    }
    throw new UsageError(error.text);
  }
}

/** The scope of the options in words ("Only municipality: Ieper"), or null when there is none. */
export function scopeText(network: EcoNetwork, opts: ScopeOptions): Text | null {
  return describeScope(resolveScope(network, opts), network);
}

/** The scope as the first line of a command's terminal output ("" when there is none). */
export function scopeLine(network: EcoNetwork, opts: ScopeOptions, lang: Lang): string {
  const text = scopeText(network, opts);
  return text ? `${text[lang]}\n\n` : "";
}

/** Up to five ids closest to `wanted` (edit distance, case ignored; substrings count as close). */
export function closeIds(wanted: string, ids: readonly string[], limit = 5): string[] {
  const w = wanted.toLowerCase();
  const scored = ids
    .map((id) => {
      const l = id.toLowerCase();
      const d = l.includes(w) || w.includes(l) ? Math.abs(l.length - w.length) / 10 : levenshtein(w, l);
      return { id, d };
    })
    .filter(({ d }) => d <= Math.max(2, Math.floor(w.length / 3)));
  return scored
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.id);
}
