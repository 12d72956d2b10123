/**
 * The report sections' own text ("What changed", "Learning paths", white spots, data quality,
 * the static map), keyed by code, in Dutch and English; `{name}` placeholders are filled by the
 * section (report/*.ts) with values in the language.
 */
export const SECTION_TEXT = {
  changes_lead: {
    nl: "Vergeleken inventarisrondes: {rounds}. Organisaties zijn gekoppeld op code, KBO-nummer en naam in dezelfde gemeente.",
    en: "Inventory rounds compared: {rounds}. Organisations are matched by id, KBO number and name in the same municipality.",
  },
  changes_verdict: {
    nl: "Ging het ecosysteem vooruit?",
    en: "Did the ecosystem move toward its goals?",
  },
  changes_map_key: {
    nl: "Groen: nieuwe relaties en organisaties; rood: weggevallen relaties; grijs: organisaties met zo'n relatie; lichtgrijs: ongewijzigd.",
    en: "Green: new relations and organisations; red: lost relations; grey: organisations with such a relation; light grey: unchanged.",
  },
  changes_organisations: { nl: "Organisaties", en: "Organisations" },
  changes_counts: {
    nl: "{orgs_old} → {orgs_new}: {orgs_added} nieuw, {orgs_removed} gestopt. Relaties {rels_old} → {rels_new}: {rels_added} nieuw, {rels_removed} weggevallen. Drempels: {barriers_resolved} opgelost, {barriers_added} nieuw (open: {open_old} → {open_new}). Leerkansen: {offers_added} nieuw, {offers_removed} weg.",
    en: "{orgs_old} → {orgs_new}: {orgs_added} new, {orgs_removed} stopped. Relations {rels_old} → {rels_new}: {rels_added} new, {rels_removed} lost. Barriers: {barriers_resolved} resolved, {barriers_added} new (open: {open_old} → {open_new}). Learning offers: {offers_added} new, {offers_removed} gone.",
  },
  changes_new: { nl: "Nieuw", en: "New" },
  changes_stopped: { nl: "Gestopt (niet op de kaart)", en: "Stopped (not on the map)" },
  changes_all_relations: {
    nl: "Alle {added} nieuwe en {removed} weggevallen relaties",
    en: "All {added} new and {removed} lost relations",
  },
  changes_uncertain: { nl: "Te bevestigen koppelingen ({n})", en: "Matches to confirm ({n})" },
  changes_uncertain_how: {
    nl: "Tot ze bevestigd zijn tellen ze als gestopt + nieuw. Bevestigen: 'ecolens diff <oud> <nieuw> --csv MAP', vul in MAP/uncertain_matches.csv de kolom decision in (same/different) en maak het rapport opnieuw met --matches MAP/uncertain_matches.csv.",
    en: "Until confirmed they count as stopped + new. To confirm: 'ecolens diff <old> <new> --csv DIR', fill in the decision column of DIR/uncertain_matches.csv (same/different) and build the report again with --matches DIR/uncertain_matches.csv.",
  },
  changes_earlier: { nl: "Eerdere stappen", en: "Earlier steps" },
  rounds_caption: { nl: "Kerncijfers per ronde", en: "Key figures per round" },
  rounds_goal: { nl: "Doel", en: "Goal" },
  bridging_caption: {
    nl: "Organisaties met een band formeel ↔ non-formeel/informeel, per gemeente",
    en: "Organisations with a formal ↔ non-formal/informal tie, per municipality",
  },
  bridging_status: { nl: "Stand", en: "Status" },
  bridging_newly_bridged: { nl: "nieuw verbonden", en: "newly bridged" },
  bridging_lost_bridge: { nl: "verbinding verloren", en: "bridge lost" },
  bridging_still_none: { nl: "nog altijd geen", en: "still none" },
  bridging_bridged: { nl: "verbonden", en: "bridged" },
  bridging_no_sides: { nl: "–", en: "–" },
  bridging_not_compared: { nl: "niet in beide rondes", en: "not in both rounds" },
  relations_caption: { nl: "Nieuwe en weggevallen relaties", en: "New and lost relations" },
  relations_change: { nl: "Verandering", en: "Change" },
  relations_cross: { nl: "Formeel ↔ informeel", en: "Formal ↔ informal" },
  relations_on_map: { nl: "Op de kaart", en: "On the map" },
  relations_added: { nl: "nieuw", en: "new" },
  relations_removed: { nl: "weggevallen", en: "lost" },
  relations_yes: { nl: "ja", en: "yes" },
  relations_not_drawn: { nl: "nee: een partner is gestopt", en: "no: a partner stopped" },
  brokers_caption: {
    nl: "Grootste stijgers en dalers als bruggenbouwer (betweenness)",
    en: "Largest rises and falls as broker (betweenness)",
  },
  brokers_change: { nl: "Verschil", en: "Change" },
  paths_lead: {
    nl: "Een leerpad begint bij een passie in het dagelijkse leven (een hobby, vrijwilligerswerk) en leidt via verdere stappen naar formeel leren met erkenning, zonder dat een drempel de lerende tegenhoudt. Per thema en doelgroep: bestaat zo'n route in de regio?",
    en: "A learning path starts from a passion in daily life (a hobby, volunteering) and leads through further steps to recognised formal learning, without a barrier stopping the learner. Per theme and target group: does such a route exist in the region?",
  },
  paths_priority_group: { nl: "prioritaire doelgroep", en: "priority target group" },
  paths_age: { nl: "{age} jaar", en: "age {age}" },
  paths_barrier: { nl: "drempel: {barriers}", en: "barrier: {barriers}" },
  paths_blocked: { nl: "geblokkeerd", en: "blocked" },
  paths_breaks: { nl: "Waar de keten breekt", en: "Where the chain breaks" },
  paths_menders: { nl: "Wie kan de keten herstellen", en: "Who could mend the chain" },
  paths_examples: {
    nl: "Voorbeeldroutes voor prioritaire doelgroepen",
    en: "Example routes for priority target groups",
  },
  paths_examples_lead: {
    nl: "Per prioritaire doelgroep het thema met het meeste laagdrempelige aanbod, op weg naar formeel leren, met de drempel die deze groep vaak ervaart. 'Toon op de kaart' licht de organisaties van de route op; Escape wist ze.",
    en: "For each priority group the theme with the most low-threshold offers, on the way to formal learning, with the barrier this group often meets. 'Show on map' highlights the route's organisations; Escape clears it.",
  },
  spots_priority: { nl: "prioritaire doelgroep", en: "priority group" },
  spots_elsewhere_one: {
    nl: "bestaat in {n} andere gemeente: een partner van daar kan het gat vullen",
    en: "exists in {n} other municipality: a partner from there could fill the gap",
  },
  spots_elsewhere_many: {
    nl: "bestaat in {n} andere gemeenten: een partner van daar kan het gat vullen",
    en: "exists in {n} other municipalities: a partner from there could fill the gap",
  },
  spots_nowhere: { nl: "nergens in de regio aangeboden", en: "offered nowhere in the region" },
  spots_everywhere: { nl: "ontbreekt in elke gemeente", en: "missing in every municipality" },
  spots_missing: { nl: "{n} van {places} gemeenten", en: "{n} of {places} municipalities" },
  response_head: {
    nl: "Respons: {returned} van {total} organisaties stuurden hun formulier terug ({share}).",
    en: "Response: {returned} of {total} organisations returned their form ({share}).",
  },
  response_missing: {
    nl: "{head} Geen formulier van: {names}{more}.",
    en: "{head} No form from: {names}{more}.",
  },
  response_more: { nl: " en {n} andere", en: " and {n} more" },
} as const;
