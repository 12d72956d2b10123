/**
 * `--ties confirmed|all` on every command that reads an input: `confirmed` keeps only the ties
 * both sides confirmed (the inventory's `confirmed` / `bevestigd` column, which `ecolens collect`
 * fills), so every analysis, map and report runs on confirmed ties only. Organisations stay.
 */
import { type EcoNetwork, type Lang, TIE_STATUS_LABEL, tieStatusCounts } from "@ecolens/core";
import { formatNumber } from "../messages/format.ts";
import { msg, msgText, optionHelp } from "../messages/index.ts";
import { UsageError } from "./errors.ts";

export const TIES_HELP = optionHelp("help.ties");

export function applyTies(network: EcoNetwork, ties: string | undefined): EcoNetwork {
  if (ties === undefined || ties === "all") return network;
  if (ties !== "confirmed") throw new UsageError(msgText("ties.unknown", { value: ties }));
  const graph = network.graph.copy();
  for (const key of graph.edges()) if (graph.getEdgeAttribute(key, "confirmed") !== true) graph.dropEdge(key);
  return { ...network, graph, relations: network.relations.filter((r) => r.confirmed === true) };
}

/**
 * Data quality of a collected round (`ecolens collect` writes a tie status per relation): one line
 * with the share of ties confirmed by both sides and the other statuses; "" for other inventories.
 */
export function tieStatusLine(network: EcoNetwork, lang: Lang): string {
  const { counts, seen } = tieStatusCounts(network);
  if (seen === 0) return "";
  const total = network.relations.length;
  const pct = (n: number) => `${Math.round((100 * n) / Math.max(1, total))}%`;
  const num = (n: number) => formatNumber(n, lang, 0);
  const rest = (["reported_by_one", "contradicted", "no_response"] as const)
    .map((s) => `${TIE_STATUS_LABEL[s][lang]}: ${num(counts[s])}`)
    .join(", ");
  const line = msg("ties.confirmed_line", lang, {
    n: num(counts.confirmed),
    total: num(total),
    share: pct(counts.confirmed),
    list: rest,
  });
  return `${line}\n`;
}
