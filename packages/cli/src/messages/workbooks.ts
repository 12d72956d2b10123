/** Messages of the workbook round: `template` (forms to send out), `collect` (forms that came back) and tie statuses. */
import { formatNumber } from "./format.ts";
import type { Message } from "./types.ts";

export const WORKBOOK_MESSAGES = {
  "template.usage": {
    nl: "geef -o inventaris.xlsx, of --per-partner MAP --from <inventaris>",
    en: "give -o inventory.xlsx, or --per-partner DIR --from <inventory>",
  },
  "template.per_partner_from": {
    nl: "--per-partner vraagt --from <inventaris>: de formulieren worden vooraf ingevuld met de vorige ronde",
    en: "--per-partner needs --from <inventory>: the forms are pre-filled from the last round",
  },
  "template.not_xlsx": {
    nl: (p) => `'${p.file}': een werkmap eindigt op .xlsx`,
    en: (p) => `'${p.file}': a workbook ends in .xlsx`,
  },
  "template.refusal": { nl: "geen sjabloon", en: "no template" },
  "template.written": {
    nl: (p) => `Sjabloon geschreven naar ${p.file}`,
    en: (p) => `Template written to ${p.file}`,
  },
  "template.forms_written": {
    nl: (p) => `${p.n} formulieren geschreven naar ${p.dir}`,
    en: (p) => `${p.n} forms written to ${p.dir}`,
  },
  "collect.not_folder": {
    nl: (p) => `'${p.dir}' is geen map met formulieren`,
    en: (p) => `'${p.dir}' is not a folder of forms`,
  },
  "collect.refusal": { nl: "niets samen te voegen", en: "nothing to merge" },
  "collect.no_forms": {
    nl: (p) => `'${p.dir}' bevat geen .xlsx-formulieren`,
    en: (p) => `'${p.dir}' holds no .xlsx forms`,
  },
  "collect.written": {
    nl: (p) => `Samengevoegde ronde geschreven naar ${p.dir}; controleer ze met: ecolens validate ${p.dir}`,
    en: (p) => `Merged round written to ${p.dir}; check it with: ecolens validate ${p.dir}`,
  },
  /** n and total as the locale writes them, share a percentage. */
  "collect.returned": {
    nl: (p) => `Formulieren terug: ${p.n} van ${p.total} organisaties (${p.share})`,
    en: (p) => `Forms returned: ${p.n} of ${p.total} organisations (${p.share})`,
  },
  "collect.relations": { nl: (p) => `Relaties: ${p.n}`, en: (p) => `Relations: ${p.n}` },
  /** n as the locale writes it, removed the count (for the plural). */
  "collect.deleted": {
    nl: (p) => `Verwijderd door de partners: ${p.n} ${Number(p.removed) === 1 ? "relatie" : "relaties"}`,
    en: (p) => `Deleted by the partners: ${p.n} ${Number(p.removed) === 1 ? "relation" : "relations"}`,
  },
  "collect.no_form_from": { nl: "Geen formulier terug van:", en: "No form returned by:" },
  "collect.more": {
    nl: (p) => `  ... en ${formatNumber(Number(p.n), "nl", 0)} andere`,
    en: (p) => `  ... and ${p.n} more`,
  },
  "ties.unknown": {
    nl: (p) => `onbekende waarde '${p.value}' voor --ties: kies confirmed of all`,
    en: (p) => `unknown value '${p.value}' for --ties: choose confirmed or all`,
  },
  /** n and total as the locale writes them; share a percentage; list the other statuses. */
  "ties.confirmed_line": {
    nl: (p) => `Relaties bevestigd door beide kanten: ${p.n} van ${p.total} (${p.share}); ${p.list}.`,
    en: (p) => `Ties confirmed by both sides: ${p.n} of ${p.total} (${p.share}); ${p.list}.`,
  },
} as const satisfies Record<string, Message>;
