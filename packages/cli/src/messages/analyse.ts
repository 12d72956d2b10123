/** Messages of `ecolens analyse`: the summary rows (label and one-line explanation) and top lists. */
import type { Message } from "./types.ts";

export const ANALYSE_MESSAGES = {
  "analyse.title": { nl: "Het netwerk in één oogopslag", en: "The network at a glance" },
  "analyse.n": { nl: "Organisaties", en: "Organisations" },
  "analyse.n.note": { nl: "in dit netwerk", en: "in this network" },
  "analyse.m": { nl: "Paren met een relatie", en: "Pairs with a tie" },
  "analyse.m.note": {
    nl: "verschillende paren die samenwerken (meerdere relaties tussen hetzelfde paar tellen één keer)",
    en: "distinct pairs working together (several relations between the same pair count once)",
  },
  "analyse.relations": { nl: "Relaties", en: "Relations" },
  "analyse.relations.note": {
    nl: "alle opgegeven relaties; één paar kan er meerdere hebben (bv. doorverwijzing én stuurgroep)",
    en: "every relation given; one pair can have several (e.g. referral and governance)",
  },
  "analyse.density": { nl: "Dichtheid", en: "Density" },
  "analyse.density.note": {
    nl: (p) => `${p.share} van alle mogelijke paren werkt samen`,
    en: (p) => `${p.share} of all possible pairs work together`,
  },
  "analyse.components": { nl: "Losse delen", en: "Separate parts" },
  "analyse.components.note": {
    nl: "delen zonder onderlinge verbinding",
    en: "parts with no tie between them",
  },
  "analyse.largest": { nl: "Grootste deel", en: "Largest part" },
  "analyse.largest.note": { nl: "van de organisaties hangt samen", en: "of organisations are connected" },
  "analyse.isolates": { nl: "Zonder relaties", en: "Without ties" },
  "analyse.isolates.note": {
    nl: "organisaties die (nog) met niemand samenwerken",
    en: "organisations working with nobody (yet)",
  },
  "analyse.fragmentation": { nl: "Versnippering", en: "Fragmentation" },
  "analyse.fragmentation.note": {
    nl: "aandeel paren dat elkaar langs geen weg bereikt (0 = iedereen bereikt iedereen, 1 = niemand)",
    en: "share of pairs that cannot reach each other (0 = everyone reaches everyone, 1 = nobody)",
  },
  "analyse.centralization": { nl: "Centralisatie (graad)", en: "Centralization (degree)" },
  "analyse.centralization.note": {
    nl: "1 = alles draait rond één spil, 0 = iedereen even centraal",
    en: "1 = everything turns around one hub, 0 = all equal",
  },
  "analyse.distance": { nl: "Gemiddelde afstand", en: "Average distance" },
  "analyse.distance.note": { nl: "stappen tussen twee organisaties", en: "steps between two organisations" },
  "analyse.distance.largest": {
    nl: "stappen tussen twee organisaties (in het grootste deel)",
    en: "steps between two organisations (in the largest part)",
  },
  "analyse.closure": { nl: "Geslotenheid", en: "Closure" },
  "analyse.closure.note": {
    nl: "kans dat twee partners van iemand ook elkaar kennen (0 tot 1)",
    en: "chance that two partners of someone also know each other (0 to 1)",
  },
  "analyse.reciprocity": { nl: "Wederkerigheid", en: "Reciprocity" },
  "analyse.reciprocity.note": {
    nl: "van de gerichte relaties wordt beantwoord",
    en: "of directed ties are returned",
  },
  "analyse.cross": { nl: "Formeel ↔ non-formeel", en: "Formal ↔ non-formal" },
  "analyse.cross.note": {
    nl: (p) =>
      `van de ${p.n} paren met een relatie waarvan beide kanten formeel of non-formeel/informeel zijn, verbindt formeel onderwijs met non-formeel of informeel leren`,
    en: (p) =>
      `of the ${p.n} pairs with a tie whose two sides are formal or non-formal/informal link formal education with non-formal or informal learning`,
  },
  "analyse.organisation": { nl: "organisatie", en: "organisation" },
  "analyse.brokers": { nl: "Makelaars", en: "Brokers" },
  "analyse.brokers.note": {
    nl: "Liggen het vaakst op de kortste weg tussen anderen (tussenpositie, genormaliseerd van 0 tot 1): ze verbinden werelden.",
    en: "Most often on the shortest route between others (betweenness, normalised from 0 to 1): they connect worlds.",
  },
  "analyse.brokers.value": { nl: "tussenpositie", en: "betweenness" },
  "analyse.central": { nl: "Meest centraal", en: "Most central" },
  "analyse.central.note": {
    nl: "Hebben de meeste verschillende partners.",
    en: "Have the most different partners.",
  },
  "analyse.central.value": { nl: "partners", en: "partners" },
  "analyse.spof": { nl: "Kwetsbare schakels", en: "Single points of failure" },
  "analyse.spof.note": {
    nl: "Valt deze organisatie weg, dan raken zoveel organisaties afgesneden van de rest.",
    en: "If this organisation drops out, this many organisations are cut off from the rest.",
  },
  "analyse.spof.value": { nl: "afgesneden", en: "cut off" },
  "analyse.empty": { nl: "Het netwerk is leeg.", en: "The network is empty." },
  "analyse.computed": { nl: (p) => `Berekend: ${p.list}`, en: (p) => `Computed: ${p.list}` },
  "analyse.metric.unknown": {
    nl: (p) => `onbekende maat ${p.unknown || "(leeg)"}; kies uit: ${p.known}`,
    en: (p) => `unknown metric ${p.unknown || "(empty)"}; choose from: ${p.known}`,
  },
} satisfies Record<string, Message>;
