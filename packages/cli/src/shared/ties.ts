/**
 * `--ties confirmed|all` on every command that reads an input: `confirmed` keeps only the ties
 * both sides confirmed (the inventory's `confirmed` / `bevestigd` column, which `ecolens collect`
 * fills), so every analysis, map and report runs on confirmed ties only. Organisations stay.
 */
import { type EcoNetwork, type Lang, TIE_COLUMNS, TIE_STATUS_LABEL, type TieStatus } from "@ecolens/core";
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
  const byLabel = new Map<string, TieStatus>();
  for (const [status, labels] of Object.entries(TIE_STATUS_LABEL) as Array<[TieStatus, Record<Lang, string>]>)
    for (const l of Object.values(labels)) byLabel.set(l, status);
  const counts: Record<TieStatus, number> = {
    confirmed: 0,
    reported_by_one: 0,
    contradicted: 0,
    no_response: 0,
  };
  let seen = 0;
  for (const r of network.relations) {
    const raw = r.extra[TIE_COLUMNS.en.status] ?? r.extra[TIE_COLUMNS.nl.status];
    const status = raw === undefined ? undefined : byLabel.get(raw.trim());
    if (!status) continue;
    counts[status]++;
    seen++;
  }
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

/** The same line in both languages (for the report's data quality section); undefined when none. */
export function tieStatusText(network: EcoNetwork): { nl: string; en: string } | undefined {
  const nl = tieStatusLine(network, "nl").trim();
  return nl === "" ? undefined : { nl, en: tieStatusLine(network, "en").trim() };
}
