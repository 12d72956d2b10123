/** Messages of matching organisations between rounds and of the decision file. */
import type { Message } from "./types.ts";

export const MATCH_MESSAGES = {
  "decisions.missing_columns": {
    nl: "Het beslissingsbestand heeft de kolommen old_id, new_id en decision nodig (of oud_id, nieuw_id, beslissing).",
    en: "The decision file needs the columns old_id, new_id and decision (or oud_id, nieuw_id, beslissing).",
  },
  "decisions.missing_ids": {
    nl: (p) => `Rij ${p.row}: old_id en new_id zijn allebei nodig.`,
    en: (p) => `Row ${p.row}: both old_id and new_id are needed.`,
  },
  "decisions.unknown": {
    nl: (p) =>
      `Rij ${p.row}: onbekende beslissing '${p.value}'; gebruik 'same' (zelfde) of 'different' (verschillend).`,
    en: (p) => `Row ${p.row}: unknown decision '${p.value}'; use 'same' or 'different'.`,
  },
  "match.reason.shared_kbo": {
    nl: "zelfde ondernemingsnummer, maar dat nummer delen meerdere organisaties",
    en: "same enterprise number, but several organisations share it",
  },
  "match.reason.same_name_kbo_differs": {
    nl: "zelfde naam en gemeente, maar een ander ondernemingsnummer",
    en: "same name and municipality, but a different enterprise number",
  },
  "match.reason.same_name_ambiguous": {
    nl: "meerdere organisaties met deze naam in deze gemeente",
    en: "several organisations with this name in this municipality",
  },
  "match.reason.same_name_neighbouring_municipality": {
    nl: "zelfde naam in een buurgemeente",
    en: "same name in a neighbouring municipality",
  },
  "match.reason.same_name_other_municipality": {
    nl: "zelfde naam in een andere gemeente",
    en: "same name in another municipality",
  },
  "match.reason.similar_name": { nl: "gelijkaardige naam", en: "similar name" },
  "match.uncertain": {
    nl: (p) =>
      `Is "${p.old_name}"${p.old_where} [${p.old_id}] dezelfde organisatie als "${p.new_name}"${p.new_where} [${p.new_id}]? ${p.why}.`,
    en: (p) =>
      `Is "${p.old_name}"${p.old_where} [${p.old_id}] the same organisation as "${p.new_name}"${p.new_where} [${p.new_id}]? ${p.why}.`,
  },
  "match.unused.old_missing": {
    nl: (p) => `'${p.id}' staat niet in de oude ronde`,
    en: (p) => `'${p.id}' is not in the old round`,
  },
  "match.unused.new_missing": {
    nl: (p) => `'${p.id}' staat niet in de nieuwe ronde`,
    en: (p) => `'${p.id}' is not in the new round`,
  },
  "match.unused.unknown_id": {
    nl: (p) => `Beslissing ${p.old_id} → ${p.new_id} niet gebruikt: ${p.why}.`,
    en: (p) => `Decision ${p.old_id} → ${p.new_id} not used: ${p.why}.`,
  },
  "match.unused.double": {
    nl: (p) =>
      `Beslissing ${p.old_id} → ${p.new_id} niet gebruikt: een van beide is al aan een andere organisatie gekoppeld, of het paar staat ook als 'different'.`,
    en: (p) =>
      `Decision ${p.old_id} → ${p.new_id} not used: one of them is already matched to another organisation, or the pair is also marked 'different'.`,
  },
} as const satisfies Record<string, Message>;
