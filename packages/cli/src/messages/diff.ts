/** Messages of `ecolens diff`: headings, key figures and change lists of inventory rounds. */
import { count } from "./format.ts";
import type { Message } from "./types.ts";

export const DIFF_MESSAGES = {
  "diff.organisations": { nl: "organisaties", en: "organisations" },
  "diff.ties_pairs": { nl: "banden (paren)", en: "ties (pairs)" },
  "diff.density": { nl: "dichtheid", en: "density" },
  "diff.components": { nl: "losse delen", en: "components" },
  "diff.share_in_main_component": { nl: "aandeel in hoofdnetwerk", en: "share in main component" },
  "diff.degree_centralization": { nl: "centralisatie (graad)", en: "degree centralization" },
  "diff.modularity_clusters": { nl: "modulariteit (clusters)", en: "modularity (clusters)" },
  "diff.e_i_formal_rest": { nl: "E-I formeel ↔ rest", en: "E-I formal ↔ rest" },
  "diff.formal_informal_ties": { nl: "banden formeel ↔ informeel", en: "formal ↔ informal ties" },
  "diff.orgs_with_such_a_tie": { nl: "org. met zo'n band", en: "orgs with such a tie" },
  "diff.municipalities_without_one": { nl: "gemeenten zonder zo'n band", en: "municipalities without one" },
  "diff.did_the_ecosystem_move_toward_it": {
    nl: "Ging het ecosysteem vooruit?",
    en: "Did the ecosystem move toward its goals?",
  },
  "diff.key_figures": { nl: "Kerncijfers", en: "Key figures" },
  "diff.metric": { nl: "Maat", en: "Metric" },
  "diff.change": { nl: "Verschil", en: "Change" },
  "diff.top_changes": { nl: "Belangrijkste wijzigingen", en: "Top changes" },
  "diff.new_partners": { nl: "Nieuwe partners", en: "New partners" },
  "diff.stopped": { nl: "Gestopt", en: "Stopped" },
  "diff.new_id_same_organisation": { nl: "Nieuwe code, zelfde organisatie", en: "New id, same organisation" },
  "diff.renamed": { nl: "Nieuwe naam", en: "Renamed" },
  "diff.moved": { nl: "Verhuisd", en: "Moved" },
  "diff.new_formal_informal_ties": {
    nl: "Nieuwe banden formeel ↔ informeel",
    en: "New formal ↔ informal ties",
  },
  "diff.lost_formal_informal_ties": {
    nl: "Weggevallen banden formeel ↔ informeel",
    en: "Lost formal ↔ informal ties",
  },
  "diff.stronger_ties": { nl: "Intensere samenwerking", en: "Stronger ties" },
  "diff.barriers_resolved": { nl: "Drempels opgelost", en: "Barriers resolved" },
  "diff.no_longer_listed": { nl: "niet meer in de lijst", en: "no longer listed" },
  "diff.new_barriers": { nl: "Nieuwe drempels", en: "New barriers" },
  "diff.new_commitments": { nl: "Nieuwe engagementen", en: "New commitments" },
  "diff.larger_broker_role_betweenness": {
    nl: "Meer makelaarsrol (betweenness)",
    en: "Larger broker role (betweenness)",
  },
  "diff.smaller_broker_role": { nl: "Minder makelaarsrol", en: "Smaller broker role" },
  "diff.suggested_links_that_now_exist": {
    nl: "Voorgestelde verbindingen die nu bestaan",
    en: "Suggested links that now exist",
  },
  "diff.learning_offers_not_in_both_roun": {
    nl: "Leerkansen: niet in de gegevens van beide rondes; niet vergeleken.",
    en: "Learning offers: not in both rounds' data; not compared.",
  },
  "diff.what_changed": {
    nl: (p) => `Wat veranderde: ${p.old} → ${p.new}`,
    en: (p) => `What changed: ${p.old} → ${p.new}`,
  },
  "diff.offers": {
    nl: (p) => `Leerkansen: ${p.added} nieuw, ${p.removed} weg (${p.old} → ${p.new}).`,
    en: (p) => `Learning offers: ${p.added} new, ${p.removed} gone (${p.old} → ${p.new}).`,
  },
  "diff.to_confirm": {
    nl: (p) => `Te bevestigen koppelingen (${p.n})`,
    en: (p) => `Matches to confirm (${p.n})`,
  },
  "diff.how_to_confirm": {
    nl: (p) =>
      `Zo bevestig je ze: ${p.csv ? "" : "draai met --csv DIR; "}vul in ${p.file} de kolom 'decision' in met 'same' (zelfde) of 'different' (verschillend) en draai opnieuw met --matches ${p.file}. Tot dan tellen ze als gestopt + nieuw.`,
    en: (p) =>
      `To confirm them: ${p.csv ? "" : "run with --csv DIR; "}in ${p.file} fill in the 'decision' column with 'same' or 'different' and run again with --matches ${p.file}. Until then they count as stopped + new.`,
  },
  "diff.rounds": {
    nl: (p) => `Rondes: ${p.labels}`,
    en: (p) => `Rounds: ${p.labels}`,
  },
  "diff.points": { nl: "procentpunt", en: "pt" },
  "diff.two_rounds": {
    nl: "geef minstens twee rondes: ecolens diff <oud> <nieuw>",
    en: "give at least two rounds: ecolens diff <old> <new>",
  },
  "diff.labels": {
    nl: (p) => `--labels geeft ${count(Number(p.labels), "nl", "naam", "namen")} voor ${p.rounds} rondes`,
    en: (p) => `--labels gives ${count(Number(p.labels), "en", "name", "names")} for ${p.rounds} rounds`,
  },
  "diff.unreadable": {
    nl: (p) =>
      `'${p.path}' heeft ${count(Number(p.errors), "nl", "fout", "fouten")} en geen organisaties; zie 'ecolens validate ${p.path}'`,
    en: (p) =>
      `'${p.path}' has ${count(Number(p.errors), "en", "error", "errors")} and no organisations; see 'ecolens validate ${p.path}'`,
  },
  "diff.matches.missing": {
    nl: (p) => `'${p.file}' bestaat niet (--matches)`,
    en: (p) => `'${p.file}' does not exist (--matches)`,
  },
  "diff.matches.empty": {
    nl: (p) => `'${p.file}' bevat geen bruikbare beslissingen`,
    en: (p) => `'${p.file}' holds no usable decisions`,
  },
} satisfies Record<string, Message>;
