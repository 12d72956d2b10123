/**
 * Data quality of a collected round (`ecolens collect` writes a tie status per relation): one line
 * with the share of ties confirmed by both sides and the counts of the other statuses, in both
 * languages; undefined for other inventories.
 */
import { type EcoNetwork, type Lang, TIE_STATUS_LABEL, tieStatusCounts } from "@ecolens/core";
import { msg, wholeNumber } from "./messages.ts";

const OTHER_STATUSES = ["reported_by_one", "contradicted", "no_response"] as const;

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
