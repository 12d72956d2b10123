/** The report's suggested links (with their reasons) and critical partners (with what they cut off). */
import { partnerDeparture, suggestLinks } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { CriticalRow, SuggestionRow } from "@ecolens/viz";

export function suggestionRows(network: EcoNetwork, top: number): SuggestionRow[] {
  return suggestLinks(network, { top }).suggestions.map((s) => ({
    source: s.u,
    target: s.v,
    score: s.score,
    reason: s.sentence,
  }));
}

/** Organisations whose departure cuts others off, with the sentence that says so. */
export function criticalRows(network: EcoNetwork): CriticalRow[] {
  return partnerDeparture(network)
    .organisations.filter((o) => o.cut_off > 0)
    .map((o) => ({ id: o.id, cutOff: o.cut_off, reason: o.sentence }));
}
