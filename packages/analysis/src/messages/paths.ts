/**
 * Messages of the learning paths (paths-learning/): route stories and barrier checks, where a
 * learner's chain breaks, the routes' summary and the pathway coverage of the whole ecosystem.
 */
import type { Message } from "./types.ts";

const one = (n: string | number | undefined) => Number(n) === 1;

/** Route stories: steps, their facts, the tie that leads to them, and barrier checks. */
const STORY_MESSAGES = {
  "paths.free": { nl: "gratis", en: "free" },
  "paths.reason.no_reduced_tariff": {
    nl: (p) => `kost ${p.price} en heeft geen kansentarief`,
    en: (p) => `costs ${p.price}, no reduced tariff`,
  },
  "paths.reason.cost_unknown": { nl: "de prijs is niet gekend", en: "the price is not known" },
  "paths.reason.no_wheelchair_access": {
    nl: "niet rolstoeltoegankelijk",
    en: "not wheelchair accessible",
  },
  "paths.reason.no_easy_language": {
    nl: "niet in klare taal of meertalig",
    en: "not in easy Dutch or several languages",
  },
  "paths.reason.outside_home": {
    nl: "buiten je gemeente en de buurgemeenten",
    en: "outside your and neighbouring municipalities",
  },
  "paths.reason.too_far_no_transport": {
    nl: (p) => `${p.where}, zonder vervoer of openbaar vervoer`,
    en: (p) => `${p.where}, without transport or public transport`,
  },
  "paths.reason.place_unknown": { nl: "de plaats is niet gekend", en: "the place is not known" },
  "paths.reason.online_only": { nl: "enkel online", en: "online only" },
  "paths.reason.other": {
    nl: "niets in het aanbod verlaagt deze drempel",
    en: "nothing in the offer lowers it",
  },
  "paths.partners.none": {
    nl: (p) => `nog geen partner werkt hier aan drempels '${p.what}'`,
    en: (p) => `no partner works on ${p.what} barriers here yet`,
  },
  "paths.partners.first_and_more": {
    nl: (p) => `${p.first} en ${p.more} andere partners`,
    en: (p) => `${p.first} and ${p.more} other partners`,
  },
  "paths.partners.work": {
    nl: (p) => `${p.names} ${Number(p.n) > 1 ? "werken" : "werkt"} aan drempels '${p.what}'`,
    en: (p) => `${p.names} ${Number(p.n) > 1 ? "work" : "works"} on ${p.what} barriers`,
  },
  "paths.check": {
    nl: (p) => `je drempel '${p.what}': ${p.reason}; ${p.partners}`,
    en: (p) => `your ${p.what} barrier: ${p.reason}; ${p.partners}`,
  },
  "paths.fact.reduced_tariff": {
    nl: (p) => `${p.price}, kansentarief`,
    en: (p) => `${p.price}, reduced tariff`,
  },
  "paths.fact.place": { nl: (p) => `in ${p.place}${p.far}`, en: (p) => `in ${p.place}${p.far}` },
  "paths.fact.later": { nl: "voor later, als je oud genoeg bent", en: "for later, once you are old enough" },
  "paths.link.next_step": {
    nl: " (vervolgstap volgens het aanbod)",
    en: " (the onward step the offer names)",
  },
  "paths.link.same_provider": { nl: " (bij dezelfde aanbieder)", en: " (same provider)" },
  "paths.link.relation": {
    nl: (p) => ` (via de band '${p.type}' tussen ${p.from} en ${p.to})`,
    en: (p) => ` (through the ${p.type} tie between ${p.from} and ${p.to})`,
  },
  "paths.story.start": {
    nl: (p) => `Start bij ${p.org} met ${p.title}`,
    en: (p) => `Start at ${p.org} with ${p.title}`,
  },
  "paths.story.next": {
    nl: (p) => `Daarna ${p.title} bij ${p.org}`,
    en: (p) => `Next, ${p.title} at ${p.org}`,
  },
  "paths.story.formal": {
    nl: (p) => `Zo kom je uit bij formeel leren met ${p.recognition}.`,
    en: (p) => `This leads into formal learning with a ${p.recognition}.`,
  },
  "paths.story.blocked": {
    nl: (p) => `${p.n} stap${one(p.n) ? "" : "pen"} geblokkeerd door je drempels.`,
    en: (p) => `${p.n} step${one(p.n) ? " is" : "s are"} blocked by your barriers.`,
  },
} as const satisfies Record<string, Message>;

/** Where a learner's chain breaks, and who could mend it. */
const BREAK_MESSAGES = {
  "paths.who.age": { nl: (p) => `een ${p.age}-jarige`, en: (p) => `a ${p.age}-year-old` },
  "paths.who": { nl: (p) => ` voor ${p.parts}`, en: (p) => ` for ${p.parts}` },
  "paths.near_home": { nl: (p) => ` in of bij ${p.home}`, en: (p) => ` in or near ${p.home}` },
  "paths.more": { nl: (p) => ` en ${p.n} andere`, en: (p) => ` and ${p.n} more` },
  "paths.distance": { nl: (p) => `, ${p.km} km`, en: (p) => `, ${p.km} km away` },
  "paths.aim.formal": { nl: "formeel", en: "formal" },
  "paths.aim.non_formal": { nl: "non-formeel", en: "non-formal" },
  "paths.with_recognition": { nl: " met erkenning", en: " with recognition" },
  "paths.break.no_start": {
    nl: (p) => `Er is nergens een informeel of non-formeel aanbod rond ${p.theme}${p.who}.`,
    en: (p) => `There is no informal or non-formal offer on ${p.theme}${p.who} anywhere.`,
  },
  "paths.break.no_start.who_could": {
    nl: (p) =>
      `${p.names} werk${one(p.n) ? "t" : "en"} rond dit thema en kan een laagdrempelige start aanbieden.`,
    en: (p) => `${p.names} work${one(p.n) ? "s" : ""} on this theme and could offer a low-threshold start.`,
  },
  "paths.break.no_start_nearby": {
    nl: (p) =>
      `Geen start rond ${p.theme}${p.who} in ${p.home} of een buurgemeente; de dichtste is ${p.nearest}${p.distance}.`,
    en: (p) =>
      `No start on ${p.theme}${p.who} in ${p.home} or a neighbouring municipality; the nearest is ${p.nearest}${p.distance}.`,
  },
  "paths.break.no_onward_step": {
    nl: (p) =>
      `Er is een start rond ${p.theme}${p.near} (${p.starts}${p.more}), maar zonder vervolgstap: het aanbod noemt geen doorstroom en de aanbieder heeft geen doorverwijzing, doorstroom of gezamenlijke activiteit met een aanbieder van een volgend niveau.`,
    en: (p) =>
      `There is a ${p.theme} start${p.near} (${p.starts}${p.more}) but no onward step: the offer names none and its provider has no referral, pathway or joint-activity tie to a provider of a next level.`,
  },
  "paths.break.no_destination": {
    nl: (p) => `Er bestaat nergens een ${p.aim} aanbod rond ${p.theme}${p.recognition}${p.who}.`,
    en: (p) => `There is no ${p.aim} offer on ${p.theme}${p.recognition}${p.who} anywhere.`,
  },
  "paths.break.nearest_destination": {
    nl: (p) => `Het dichtste ${p.aim} aanbod rond ${p.theme} is ${p.title}`,
    en: (p) => `The nearest ${p.aim} ${p.theme} offer is ${p.title}`,
  },
  "paths.break.untied": {
    nl: (p) => `; de aanbieder heeft geen enkele band met een aanbieder van een start rond ${p.theme}`,
    en: (p) => `, whose provider has no tie to any ${p.theme} start provider`,
  },
  "paths.break.tied_otherwise": {
    nl: (p) =>
      `; de aanbieder is verbonden met ${p.names}, maar niet via doorverwijzing, doorstroom of een gezamenlijke activiteit naar dit aanbod`,
    en: (p) =>
      `; its provider is tied to ${p.names}, but not through a referral, pathway or joint activity leading to this offer`,
  },
  "paths.break.brokers": {
    nl: (p) =>
      `. ${p.names} ${one(p.n) ? "is met beide kanten verbonden en kan" : "zijn met beide kanten verbonden en kunnen"} de brug slaan`,
    en: (p) => `. ${p.names} ${one(p.n) ? "is" : "are"} tied to both sides and could build the bridge`,
  },
  "paths.break.unknown_step": {
    nl: (p) => `${p.title} noemt vervolgstap '${p.id}'`,
    en: (p) => `${p.title} names onward step '${p.id}'`,
  },
  "paths.break.unknown_next_step": {
    nl: (p) => `${p.steps}, maar die staat niet (met dit thema) in de inventaris.`,
    en: (p) => `${p.steps}, which is not in the inventory (on this theme).`,
  },
  "paths.break.all_blocked": {
    nl: (p) => `Elke route heeft een stap die je drempels blokkeren. ${p.steps}.`,
    en: (p) => `Every route has a step your barriers block. ${p.steps}.`,
  },
} as const satisfies Record<string, Message>;

/** The summary of one learner's routes. */
const SUMMARY_MESSAGES = {
  "paths.summary.none": {
    nl: "Geen route gevonden; hieronder waar de keten breekt en wie ze kan herstellen.",
    en: "No route found; below is where the chain breaks and who could mend it.",
  },
  "paths.summary.to_non_formal": { nl: " naar non-formeel leren", en: " into non-formal learning" },
  "paths.summary.see_breaks": {
    nl: " Zie ook waar de keten breekt.",
    en: " See also where the chain breaks.",
  },
  "paths.summary": {
    nl: (p) =>
      `${p.found} route${one(p.n) ? "" : "s"}${p.aim} gevonden; de beste ${p.best}: ${p.free} zonder blokkerende drempel, ${p.formal} tot formeel leren met erkenning.${p.breaks}`,
    en: (p) =>
      `${p.found} route${one(p.n) ? "" : "s"}${p.aim} found; the best ${p.best}: ${p.free} without a blocking barrier, ${p.formal} into formal learning with recognition.${p.breaks}`,
  },
} as const satisfies Record<string, Message>;

/** The pathway coverage of the ecosystem: its summary and one sentence per cell. */
const COVERAGE_MESSAGES = {
  "paths.coverage.summary": {
    nl: (p) =>
      `${p.with} van ${p.total} combinaties thema × doelgroep in de regio hebben een route van een informele of non-formele start naar formeel leren met erkenning waarop aan elke drempel een partner werkt.`,
    en: (p) =>
      `${p.with} of ${p.total} theme × target group combinations in the region have a route from an informal or non-formal start to formal learning with recognition without an uncovered barrier.`,
  },
  "paths.cell.in": { nl: (p) => ` in ${p.place}`, en: (p) => ` in ${p.place}` },
  "paths.cell.in_region": { nl: " in de regio", en: " in the region" },
  "paths.cell.head": {
    nl: (p) => `${p.theme} voor ${p.group}${p.where}: `,
    en: (p) => `${p.theme} for ${p.group}${p.where}: `,
  },
  "paths.cell.no_start": {
    nl: (p) => `${p.n} formeel aanbod met erkenning, maar geen informele of non-formele start.`,
    en: (p) =>
      `${p.n} formal offer${one(p.n) ? "" : "s"} with recognition, but no informal or non-formal start.`,
  },
  "paths.cell.no_route": {
    nl: (p) => `${p.n} ${one(p.n) ? "startpunt" : "startpunten"}, geen enkel leidt naar formeel leren`,
    en: (p) => `${p.n} start${one(p.n) ? "" : "s"}, none leads to formal learning`,
  },
  "paths.cell.routes": {
    nl: (p) =>
      `${p.with} van ${p.starts} startpunten ${one(p.with) ? "leidt" : "leiden"} naar formeel leren (${p.routes} route${one(p.routes) ? "" : "s"}, ${p.free} waarop aan elke drempel een partner werkt)`,
    en: (p) =>
      `${p.with} of ${p.starts} starts lead to formal learning (${p.routes} route${one(p.routes) ? "" : "s"}, ${p.free} without an uncovered barrier)`,
  },
  "paths.cell.dead_ends": {
    nl: (p) => `${p.n} zonder vervolgstap`,
    en: (p) => `${p.n} with no onward step`,
  },
  "paths.cell.unlinked": {
    nl: (p) => `${p.n} aanbieder${one(p.n) ? "" : "s"} zonder band met een formele aanbieder rond dit thema`,
    en: (p) => `${p.n} provider${one(p.n) ? "" : "s"} with no tie to a formal provider on this theme`,
  },
  "paths.cell.no_destination": {
    nl: "er is geen formeel aanbod met erkenning rond dit thema",
    en: "there is no formal offer with recognition on this theme",
  },
  "paths.cell.blocked": {
    nl: (p) => `geblokkeerd door drempels zonder aanpak (${p.types})`,
    en: (p) => `blocked by uncovered barriers (${p.types})`,
  },
} as const satisfies Record<string, Message>;

export const PATHS_MESSAGES = {
  ...STORY_MESSAGES,
  ...BREAK_MESSAGES,
  ...SUMMARY_MESSAGES,
  ...COVERAGE_MESSAGES,
} as const satisfies Record<string, Message>;
