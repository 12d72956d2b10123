/**
 * The charts' titles, labels and reading sentences, keyed by code, in Dutch and English.
 * `{name}` placeholders are filled by the chart (charts/*.ts) with values in the language.
 */
export const CHART_TEXT = {
  brokers_title: {
    nl: "Bruggenbouwers: {metric}, 0 tot 1",
    en: "Brokers: {metric}, 0 to 1",
  },
  brokers_metric: { nl: "tussenpositie", en: "betweenness" },
  brokers_label: { nl: "Belangrijkste bruggenbouwers", en: "Top brokers" },
  brokers_raw: { nl: "ruwe waarde {value}", en: "raw value {value}" },
  brokers_reading: {
    nl: "{name} ligt het vaakst op de kortste weg tussen twee andere organisaties. {cut} {scale}",
    en: "{name} lies most often on the shortest route between two other organisations. {cut} {scale}",
  },
  brokers_scale: {
    nl: "De balk is het aandeel van alle paren andere organisaties waarvan de kortste weg via deze organisatie loopt (de ruwe waarde staat in de tooltip).",
    en: "The bar is the share of all pairs of other organisations whose shortest route runs through this organisation (the raw value is in the tooltip).",
  },
  brokers_is_cut: {
    nl: "Ze is ook een snijpunt: valt ze weg, dan raken organisaties los van de rest.",
    en: "It is also a cut point: if it drops out, organisations lose their link to the rest.",
  },
  brokers_not_cut: {
    nl: "Valt ze weg, dan bereiken de anderen elkaar nog, alleen via langere wegen.",
    en: "If it drops out, the others still reach each other, only by longer routes.",
  },
  barriers_title: {
    nl: "Drempels: hoeveel worden aangepakt? (aangepakt/gesignaleerd)",
    en: "Barriers: how many are being tackled? (tackled/signalled)",
  },
  barriers_label: { nl: "Drempels per doelgroep", en: "Barriers per target group" },
  barriers_where: { nl: " ({place})", en: " ({place})" },
  barriers_all_covered: {
    nl: "Voor elke gesignaleerde drempel{where} werkt minstens één partner aan een oplossing.",
    en: "At least one partner works on every signalled barrier{where}.",
  },
  barriers_uncovered: {
    nl: "{open} van de {total} gesignaleerde drempels{where} heeft nog geen partner die eraan werkt; de meeste bij {type} voor {group}.",
    en: "{open} of {total} signalled barriers{where} have no partner working on them yet; most for {type} among {group}.",
  },
  mixing_title: { nl: "Werken sectoren met elkaar samen?", en: "Do sectors work with each other?" },
  mixing_label: { nl: "Relaties tussen sectoren", en: "Ties between sectors" },
  mixing_none: {
    nl: "Er zijn nog geen relaties tussen sectoren te tellen.",
    en: "There are no ties between sectors to count yet.",
  },
  mixing_between: {
    nl: "meer verbindingen tussen sectoren dan erbinnen",
    en: "more ties between sectors than within them",
  },
  mixing_within: {
    nl: "meer verbindingen binnen de eigen sector dan erbuiten",
    en: "more ties within a sector than across",
  },
  mixing_even: {
    nl: "ongeveer evenveel verbindingen binnen als tussen sectoren",
    en: "about as many ties within as between sectors",
  },
  mixing_reading: {
    nl: "E-I-index tussen de {groups} sectoren (niet: formeel tegenover de rest) {ei}, op een schaal van −1 (alles binnen de eigen sector) tot +1 (alles erbuiten): {side}; {share}% van de {total} paren met een relatie (met een gekende sector aan beide kanten) overschrijdt een sectorgrens.",
    en: "E-I index between the {groups} sectors (not: formal against the rest) {ei}, on a scale from −1 (all within the own sector) to +1 (all outside it): {side}; {share}% of the {total} pairs with a relation (with a known sector at both ends) cross a sector boundary.",
  },
  offer_title: { nl: "Aanbod per thema en doelgroep", en: "Offerings per theme and target group" },
  offer_where: { nl: " in {place}", en: " in {place}" },
  offer_reading: {
    nl: "{empty} van de {cells} combinaties van thema en doelgroep hebben{where} geen enkele aanbieder (witte vakjes); 1 = één aanbieder, 2+ = twee of meer.",
    en: "{empty} of {cells} theme and target group combinations have no provider{where} (white cells); 1 = one provider, 2+ = two or more.",
  },
  pathways_title: { nl: "Leerpaden naar formeel leren", en: "Learning paths to formal learning" },
  pathways_label: { nl: "Leerpaden per thema en doelgroep", en: "Learning paths by theme and target group" },
  pathways_reading: {
    nl: "{route} van de {cells} combinaties van thema en doelgroep hebben een route van een laagdrempelige start naar formeel leren met erkenning{priority}. Het getal is het aantal routes.",
    en: "{route} of {cells} theme and target group combinations have a route from a low-threshold start to recognised formal learning{priority}. The number is the count of routes.",
  },
  pathways_priority: {
    nl: "; voor de prioritaire doelgroepen (★) {route} van de {cells}",
    en: "; for the priority groups (★) {route} of {cells}",
  },
  status_route: { nl: "route naar formeel leren", en: "route to formal learning" },
  status_blocked: { nl: "enkel via een drempel zonder partner", en: "only through a barrier nobody tackles" },
  status_no_route: { nl: "geen route", en: "no route" },
  status_no_start: { nl: "geen laagdrempelige start", en: "no low-threshold start" },
  rounds_title: { nl: "Kerncijfers over de rondes", en: "Key figures across the rounds" },
  rounds_reading: {
    nl: "Van {first} tot {last}: {better} van deze cijfers gingen in de laatste stap de goede richting uit (groen), {worse} de verkeerde (rood); grijs is een beschrijving zonder doel. Elke as begint bij nul (een index van −1 tot +1 bij −1).",
    en: "From {first} to {last}: {better} of these figures moved toward the goals in the last step (green), {worse} away from them (red); grey describes without a goal. Every axis starts at zero (an index from −1 to +1 at −1).",
  },
  degree_title: {
    nl: "Hoeveel partners heeft een organisatie?",
    en: "How many partners does an organisation have?",
  },
  degree_label: { nl: "Verdeling van het aantal partners", en: "Distribution of partners" },
  degree_axis_x: { nl: "aantal partners", en: "number of partners" },
  degree_axis_y: { nl: "organisaties", en: "organisations" },
  degree_reading_one: {
    nl: "De helft van de organisaties heeft hoogstens {median} partner; de best verbonden organisatie heeft er {top}.{isolates}",
    en: "Half of the organisations have at most {median} partner; the best connected one has {top}.{isolates}",
  },
  degree_reading_many: {
    nl: "De helft van de organisaties heeft hoogstens {median} partners; de best verbonden organisatie heeft er {top}.{isolates}",
    en: "Half of the organisations have at most {median} partners; the best connected one has {top}.{isolates}",
  },
  degree_isolates_one: { nl: " {n} organisatie heeft er geen.", en: " {n} organisation has none." },
  degree_isolates_many: { nl: " {n} organisaties hebben er geen.", en: " {n} organisations have none." },
  clusters_title: {
    nl: "Uit welke sectoren bestaan de clusters?",
    en: "Which sectors make up the clusters?",
  },
  clusters_label: { nl: "Samenstelling van de clusters", en: "Cluster composition" },
  clusters_reading_one: {
    nl: "Het netwerk valt uiteen in {total} cluster van organisaties die onderling meer samenwerken; de grootste telt {size} organisaties, van wie {share}% uit de sector {sector}.",
    en: "The network splits into {total} cluster of organisations that work more with each other; the largest has {size} organisations, {share}% of them from the {sector} sector.",
  },
  clusters_reading_many: {
    nl: "Het netwerk valt uiteen in {total} clusters van organisaties die onderling meer samenwerken; de grootste telt {size} organisaties, van wie {share}% uit de sector {sector}.",
    en: "The network splits into {total} clusters of organisations that work more with each other; the largest has {size} organisations, {share}% of them from the {sector} sector.",
  },
} as const;
