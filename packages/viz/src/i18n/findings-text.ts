/**
 * The key findings' sentences, keyed by code, in Dutch and English. `{name}` placeholders are
 * filled by `fill` (values already formatted by the locale); `one`/`many` pairs pick the form
 * for a count. The sentences are chosen by the data (report/findings-*.ts), never printed as-is.
 */
export const FINDING_TEXT = {
  size_same: {
    nl: "Het netwerk telt {orgs}{where} en {relations}.",
    en: "The network holds {orgs}{where} and {relations}.",
  },
  size_pairs_one: {
    nl: "Het netwerk telt {orgs}{where} met {relations} tussen {pairs} paren organisaties: {extra} relatie is een tweede soort samenwerking tussen hetzelfde paar. De netwerkmaten tellen paren.",
    en: "The network holds {orgs}{where} with {relations} between {pairs} pairs of organisations: {extra} relation is a second kind of working relation between the same pair. The network measures count pairs.",
  },
  size_pairs_many: {
    nl: "Het netwerk telt {orgs}{where} met {relations} tussen {pairs} paren organisaties: {extra} relaties zijn een tweede of volgende soort samenwerking tussen hetzelfde paar. De netwerkmaten tellen paren.",
    en: "The network holds {orgs}{where} with {relations} between {pairs} pairs of organisations: {extra} relations are a second or further kind of working relation between the same pair. The network measures count pairs.",
  },
  where: { nl: " in {places}", en: " in {places}" },
  connected: {
    nl: "Alle organisaties zijn via partners met elkaar verbonden.",
    en: "All organisations are connected to each other through partners.",
  },
  parts: {
    nl: "{share} hangen samen in één geheel; het netwerk bestaat uit {parts} losse delen{isolates}.",
    en: "{share} hang together in one whole; the network has {parts} separate parts{isolates}.",
  },
  parts_isolates: { nl: "; {isolates} geen enkele relatie", en: "; {isolates} no relation at all" },
  isolates: { nl: "{isolates} nog geen enkele relatie.", en: "{isolates} no relation yet." },
  rejected_one: {
    nl: "Let op: {share} is geweigerd en telt in dit rapport niet mee ({errors} bij het inlezen).",
    en: "Note: {share} was rejected and does not count in this report ({errors} on import).",
  },
  rejected_many: {
    nl: "Let op: {share} zijn geweigerd en tellen in dit rapport niet mee ({errors} bij het inlezen).",
    en: "Note: {share} were rejected and do not count in this report ({errors} on import).",
  },
  link_quality: { nl: "Zie Datakwaliteit", en: "See Data quality" },
  link_barriers: { nl: "Naar de drempels", en: "To the barriers" },
  link_white_spots: { nl: "Naar de witte vlekken", en: "To the white spots" },
  link_suggestions: { nl: "Naar de voorstellen", en: "To the suggestions" },
  formal_informal: {
    nl: "{share} in formeel onderwijs of in non-formeel of informeel leren hebben minstens één relatie over die grens{best}.{zero}",
    en: "{share} in formal education or in non-formal or informal learning have at least one relation across that line{best}.{zero}",
  },
  formal_informal_best: {
    nl: " (het hoogste aandeel in {place}: {part} van de {whole}, {pct})",
    en: " (the highest share in {place}: {part} of the {whole}, {pct})",
  },
  formal_informal_zero: {
    nl: " In {places} is er geen enkele zo'n relatie.",
    en: " In {places} there is no such relation at all.",
  },
  more_places: { nl: " en {n} andere gemeenten", en: " and {n} other municipalities" },
  brokers_one: {
    nl: "{names} ligt het vaakst op de kortste weg tussen twee andere organisaties (hoogste tussenpositie).",
    en: "{names} lies most often on the shortest route between two other organisations (highest betweenness).",
  },
  brokers_many: {
    nl: "{names} liggen het vaakst op de kortste weg tussen twee andere organisaties (hoogste tussenpositie).",
    en: "{names} lie most often on the shortest route between two other organisations (highest betweenness).",
  },
  brokers_replaceable_one: {
    nl: "Ze is niet onmisbaar: valt ze weg, dan blijven de anderen elkaar bereiken, alleen via langere wegen.",
    en: "It is not indispensable: if it drops out, the others still reach each other, only by longer routes.",
  },
  brokers_replaceable_many: {
    nl: "Geen van hen is onmisbaar: valt er één weg, dan blijven de anderen elkaar bereiken, alleen via langere wegen.",
    en: "None of them is indispensable: if one drops out, the others still reach each other, only by longer routes.",
  },
  brokers_cut_one: { nl: "Bovendien een snijpunt: {parts}.", en: "Also a cut point: {parts}." },
  brokers_cut_many: { nl: "Bovendien snijpunten: {parts}.", en: "Also cut points: {parts}." },
  broker_cuts_one: {
    nl: "zonder {name} raakt {count} organisatie los van de rest",
    en: "without {name}, {count} organisation loses its link to the rest",
  },
  broker_cuts_many: {
    nl: "zonder {name} raken {count} organisaties los van de rest",
    en: "without {name}, {count} organisations lose their link to the rest",
  },
  cut_points: {
    nl: "{cut}: valt er één weg, dan raken andere organisaties los van de rest. Het meest bij {name}: {orgs}.",
    en: "{cut}: if one drops out, other organisations lose their link to the rest. Most for {name}: {orgs}.",
  },
  barriers_all: {
    nl: "Aan alle {n} gesignaleerde drempels werkt minstens één partner.",
    en: "At least one partner works on each of the {n} signalled barriers.",
  },
  barriers_open_one: {
    nl: "{share} heeft nog geen partner die eraan werkt.",
    en: "{share} has no partner working on it yet.",
  },
  barriers_open_many: {
    nl: "{share} hebben nog geen partner die eraan werkt.",
    en: "{share} have no partner working on them yet.",
  },
  white_spots: {
    nl: "{share} hebben geen enkele aanbieder. Het belangrijkst: {named}.",
    en: "{share} have no provider at all. Most important: {named}.",
  },
  white_spot: {
    nl: "{theme} voor {group} ({priority}ontbreekt in {missing} van de {places} gemeenten{elsewhere})",
    en: "{theme} for {group} ({priority}missing in {missing} of the {places} municipalities{elsewhere})",
  },
  white_spot_priority: { nl: "prioritaire doelgroep, ", en: "priority group, " },
  white_spot_elsewhere_one: { nl: ", wel in {n} andere", en: ", offered in {n} other" },
  white_spot_elsewhere_many: { nl: ", wel in {n} andere", en: ", offered in {n} others" },
  suggestions: {
    nl: "ecolens stelt {links} voor; de sterkste (score {score} op 1) is {a} – {b}: {reason}",
    en: "ecolens suggests {links}; the strongest (score {score} of 1) is {a} – {b}: {reason}",
  },
  no_relations: { nl: "Er zijn nog geen relaties ingevoerd.", en: "No relations have been entered yet." },
  empty: {
    nl: "Het netwerk bevat geen organisaties: er is nog niets te analyseren.",
    en: "The network holds no organisations: there is nothing to analyse yet.",
  },
  and: { nl: " en ", en: " and " },
  share: { nl: "{part} van de {whole}{noun} ({pct})", en: "{part} of the {whole}{noun} ({pct})" },
} as const;

/** Counted nouns: [one, many] per language. */
export const NOUNS = {
  organisation: { nl: ["organisatie", "organisaties"], en: ["organisation", "organisations"] },
  organisation_has: {
    nl: ["organisatie heeft", "organisaties hebben"],
    en: ["organisation has", "organisations have"],
  },
  relation: { nl: ["relatie", "relaties"], en: ["relation", "relations"] },
  municipality: { nl: ["gemeente", "gemeenten"], en: ["municipality", "municipalities"] },
  error: { nl: ["fout", "fouten"], en: ["error", "errors"] },
  new_link: { nl: ["nieuwe verbinding", "nieuwe verbindingen"], en: ["new link", "new links"] },
  cut_point: {
    nl: ["organisatie is een snijpunt", "organisaties zijn snijpunten"],
    en: ["organisation is a cut point", "organisations are cut points"],
  },
  input_rows: { nl: ["rij uit de invoer", "rijen uit de invoer"], en: ["input row", "input rows"] },
  signalled_barrier: {
    nl: ["gesignaleerde drempel", "gesignaleerde drempels"],
    en: ["signalled barrier", "signalled barriers"],
  },
  combination: {
    nl: ["combinatie van gemeente, thema en doelgroep", "combinaties van gemeente, thema en doelgroep"],
    en: [
      "combination of municipality, theme and target group",
      "combinations of municipality, theme and target group",
    ],
  },
} as const;

export type FindingKey = keyof typeof FINDING_TEXT;
export type Noun = keyof typeof NOUNS;
