/**
 * Data quality of a collected round (`ecolens collect` writes a tie status per relation): one line
 * with the share of ties confirmed by both sides and the counts of the other statuses, in both
 * languages; undefined for other inventories.
 */
import { type EcoNetwork, type Lang, TIE_COLUMNS, TIE_STATUS_LABEL, type TieStatus } from "@ecolens/core";
import { msg, wholeNumber } from "./messages.ts";

const OTHER_STATUSES = ["reported_by_one", "contradicted", "no_response"] as const;

/** Relations per tie status, and how many relations carry a status at all. */
export function tieStatusCounts(network: EcoNetwork): { counts: Record<TieStatus, number>; seen: number } {
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
  return { counts, seen };
}

export function tieStatusText(network: EcoNetwork): { nl: string; en: string } | undefined {
  const { counts, seen } = tieStatusCounts(network);
  if (seen === 0) return undefined;
  const total = network.relations.length;
  const rest = (lang: Lang) =>
    OTHER_STATUSES.map((s) => `${TIE_STATUS_LABEL[s][lang]}: ${wholeNumber(counts[s], lang)}`).join(", ");
  return msg("quality.tie_status", {
    confirmed: counts.confirmed,
    total,
    share: `${Math.round((100 * counts.confirmed) / Math.max(1, total))}%`,
    rest: { nl: rest("nl"), en: rest("en") },
  });
}
