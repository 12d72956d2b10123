/**
 * How many relations of a collected round (`ecolens collect` writes a status per relation, in nl
 * or en) have each tie status, and how many carry a status at all: the numbers behind the data
 * quality line of `validate` and of the report.
 */
import type { EcoNetwork, Lang } from "../model/types.ts";
import { TIE_COLUMNS, TIE_STATUS_LABEL } from "./collect.ts";
import type { TieStatus } from "./collect-ties.ts";

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
