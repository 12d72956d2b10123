/** Messages of the comparison of rounds: the headline, the goals and the verdict (diff/sentences.ts). */
import type { Message } from "./types.ts";

export const DIFF_MESSAGES = {
  "diff.missing.both": { nl: "niet in de gegevens van beide rondes", en: "not in either round's data" },
  "diff.missing.one": {
    nl: (p) => `niet in de gegevens van ronde ${p.round}`,
    en: (p) => `not in round ${p.round}'s data`,
  },
  "diff.list.more": { nl: (p) => ` en ${p.n} andere`, en: (p) => ` and ${p.n} more` },
  "diff.grew": { nl: "groeide van", en: "grew from" },
  "diff.shrank": { nl: "kromp van", en: "shrank from" },
  "diff.reidentified.one": {
    nl: "; 1 organisatie bleef dezelfde onder een nieuwe code",
    en: "; 1 organisation stayed the same under a new id",
  },
  "diff.reidentified.many": {
    nl: (p) => `; ${p.n} organisaties bleven dezelfde onder een nieuwe code`,
    en: (p) => `; ${p.n} organisations stayed the same under a new id`,
  },
  "diff.organisations.changed": {
    nl: (p) =>
      `Het netwerk ${p.grew} ${p.old} naar ${p.new} organisaties: ${p.added} nieuw, ${p.removed} gestopt${p.reidentified}.`,
    en: (p) =>
      `The network ${p.grew} ${p.old} to ${p.new} organisations: ${p.added} new, ${p.removed} stopped${p.reidentified}.`,
  },
  "diff.organisations.same": {
    nl: (p) =>
      `Het netwerk telt nog altijd ${p.n} organisaties: ${p.added} nieuw, ${p.removed} gestopt${p.reidentified}.`,
    en: (p) =>
      `The network still counts ${p.n} organisations: ${p.added} new, ${p.removed} stopped${p.reidentified}.`,
  },
  "diff.relations": {
    nl: (p) =>
      `Samenwerkingen: ${p.added} nieuw, ${p.removed} weggevallen (waarvan ${p.stopped} met gestopte organisaties), ${p.stronger} intenser, ${p.weaker} minder intens.`,
    en: (p) =>
      `Relations: ${p.added} new, ${p.removed} ended (${p.stopped} of them with organisations that stopped), ${p.stronger} stronger, ${p.weaker} weaker.`,
  },
  "diff.barriers": {
    nl: (p) =>
      `Drempels: ${p.resolved} opgelost, ${p.added} nieuw gesignaleerd; ${p.open_new} staan nog open (was ${p.open_old}); ${p.commitments} nieuwe engagementen voor ${p.committed} drempels.`,
    en: (p) =>
      `Barriers: ${p.resolved} resolved, ${p.added} newly signalled; ${p.open_new} still open (was ${p.open_old}); ${p.commitments} new commitments to ${p.committed} barriers.`,
  },
  "diff.barriers.missing": {
    nl: (p) => `Drempels: ${p.why}; niet vergeleken en niet meegeteld in het oordeel.`,
    en: (p) => `Barriers: ${p.why}; not compared and left out of the verdict.`,
  },
  "diff.line.missing": {
    nl: (p) => `De grens formeel ↔ non-formeel/informeel (sector of type): ${p.why}; niet vergeleken.`,
    en: (p) => `The formal ↔ non-formal/informal line (sector or type): ${p.why}; not compared.`,
  },
  "diff.line.ties": {
    nl: (p) =>
      `${p.added} nieuwe banden over de grens formeel ↔ non-formeel/informeel (${p.removed} weggevallen); ${p.now} van de organisaties aan weerszijden heeft nu zo'n band (was ${p.was}).`,
    en: (p) =>
      `${p.added} new ties cross the formal ↔ non-formal/informal line (${p.removed} ended); ${p.now} of the organisations on either side now has such a tie (was ${p.was}).`,
  },
  "diff.line.ei": {
    nl: (p) =>
      `E-I-index formeel ↔ de rest: ${p.old} → ${p.new} (−1 = alleen banden binnen de eigen kant, +1 = alleen erover).`,
    en: (p) =>
      `E-I index formal ↔ the rest: ${p.old} → ${p.new} (−1 = ties only within one's own side, +1 = only across).`,
  },
  "diff.places.missing": {
    nl: (p) => `Gemeenten: ${p.why}; niet per gemeente vergeleken.`,
    en: (p) => `Municipalities: ${p.why}; not compared per municipality.`,
  },
  "diff.places.lost": {
    nl: (p) => `Band formeel ↔ informeel verloren in: ${p.names}.`,
    en: (p) => `Formal ↔ informal tie lost in: ${p.names}.`,
  },
  "diff.places.still_none": {
    nl: (p) =>
      `${p.n} ${p.n === 1 ? "gemeente heeft" : "gemeenten hebben"} nog geen enkele band formeel ↔ informeel: ${p.names}.`,
    en: (p) =>
      `${p.n} ${p.n === 1 ? "municipality still has" : "municipalities still have"} no formal ↔ informal tie: ${p.names}.`,
  },
  "diff.places.all_bridged": {
    nl: "Elke gemeente met organisaties aan een van beide kanten heeft nu een band formeel ↔ informeel.",
    en: "Every municipality with organisations on either side now has a formal ↔ informal tie.",
  },
  "diff.places.newly": { nl: (p) => `Nieuw verbonden: ${p.names}.`, en: (p) => `Newly bridged: ${p.names}.` },
  "diff.suggestions": {
    nl: (p) =>
      `Van de ${p.checked} verbindingen die ecolens op ronde ${p.round} voorstelde, bestaan er nu ${p.realised}.`,
    en: (p) => `Of the ${p.checked} links ecolens suggested on round ${p.round}, ${p.realised} now exist.`,
  },
  "diff.uncertain": {
    nl: (p) =>
      p.n === 1
        ? `1 mogelijke koppeling tussen ${p.a} en ${p.b} wacht op bevestiging (zie onder).`
        : `${p.n} mogelijke koppelingen tussen ${p.a} en ${p.b} wachten op bevestiging (zie onder).`,
    en: (p) =>
      p.n === 1
        ? `1 possible match between ${p.a} and ${p.b} waits for confirmation (see below).`
        : `${p.n} possible matches between ${p.a} and ${p.b} wait for confirmation (see below).`,
  },
  "diff.empty.both": {
    nl: "Beide rondes bevatten geen organisaties.",
    en: "Neither round holds any organisations.",
  },
  "diff.empty.one": {
    nl: (p) => `Ronde ${p.round} bevat geen organisaties.`,
    en: (p) => `Round ${p.round} holds no organisations.`,
  },
  "diff.goal.cross_line_share": {
    nl: "meer organisaties met een band formeel ↔ informeel",
    en: "more organisations with a formal ↔ informal tie",
  },
  "diff.goal.ei_formal": {
    nl: "meer menging over de grens formeel ↔ informeel (E-I)",
    en: "more mixing across the formal ↔ informal line (E-I)",
  },
  "diff.goal.municipalities_bridged": {
    nl: "minder gemeenten zonder band formeel ↔ informeel",
    en: "fewer municipalities without a formal ↔ informal tie",
  },
  "diff.goal.main_component": {
    nl: "meer organisaties in het samenhangende hoofdnetwerk",
    en: "more organisations in the connected main network",
  },
  "diff.goal.open_barriers": { nl: "minder open drempels", en: "fewer open barriers" },
  "diff.goal.open_barriers.missing": {
    nl: (p) => `minder open drempels (${p.why})`,
    en: (p) => `fewer open barriers (${p.why})`,
  },
  "diff.tally": {
    nl: (p) => `${p.better} van de ${p.total} doelen vooruit, ${p.worse} achteruit`,
    en: (p) => `${p.better} of ${p.total} goals moved forward, ${p.worse} back`,
  },
  "diff.verdict.yes": {
    nl: (p) => `Ja, het ecosysteem ging vooruit: ${p.tally}.`,
    en: (p) => `Yes, the ecosystem moved toward its goals: ${p.tally}.`,
  },
  "diff.verdict.mostly": { nl: (p) => `Grotendeels: ${p.tally}.`, en: (p) => `Mostly: ${p.tally}.` },
  "diff.verdict.mixed": { nl: (p) => `Gemengd: ${p.tally}.`, en: (p) => `Mixed: ${p.tally}.` },
  "diff.verdict.no": {
    nl: (p) => `Nee, het ecosysteem ging eerder achteruit: ${p.tally}.`,
    en: (p) => `No, the ecosystem moved away from its goals: ${p.tally}.`,
  },
  "diff.verdict.not_comparable": {
    nl: "Geen enkel doel is in beide rondes gemeten: niet te beoordelen.",
    en: "No goal is measured in both rounds: cannot be judged.",
  },
  "diff.verdict.unchanged": { nl: "Geen verschuiving op de doelen.", en: "No movement on the goals." },
  "diff.verdict.empty": {
    nl: "Niet te beoordelen: een lege ronde is geen vooruitgang en geen achteruitgang op de doelen (kijk na of de juiste bestanden gegeven zijn).",
    en: "Cannot be judged: an empty round is neither progress nor decline on the goals (check that the right files were given).",
  },
} as const satisfies Record<string, Message>;
