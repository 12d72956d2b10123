/**
 * Registry descriptors for the brokerage, structural-hole, group-mixing and by-place metrics
 * (Analysis I part 2). The functions behind them:
 *   structural_holes      -> structuralHoles(view)                       structural-holes/structural-holes.ts
 *   brokerage             -> gouldFernandezBrokerage(view, groups)        brokerage/gould-fernandez.ts
 *   ei_index              -> eiIndex(view, groups), eiPermutationTest(...) groups/ei-index.ts
 *   assortativity         -> attributeAssortativity / degreeAssortativity groups/assortativity.ts
 *   partition_modularity  -> partitionModularity(view, groups)            groups/partition-modularity.ts
 *   place                 -> placeOverview(network)                       place/place-overview.ts
 * Groups per vertex come from groupsFromAttribute / sectorGroups (groups/vertex-groups.ts).
 */
import type { MetricDescriptor, MetricOption } from "./types.ts";

const GROUPING_OPTION: MetricOption = {
  name: "grouping",
  type: "enum",
  default: "formal_split",
  values: ["formal_split", "sector"],
  description: {
    nl: "Indeling in groepen: formal_split = formeel onderwijs tegenover non-formeel/informeel (overheid en intermediairs vallen erbuiten; bij de makelaarsrollen vormen organisaties zonder groep samen één extra groep); sector = elke sector een eigen groep. Zonder sector telt de sector van het organisatietype.",
    en: "How organisations are grouped: formal_split = formal education versus non-formal/informal (government and intermediaries are left out; for brokerage roles, organisations without a group form one extra group together); sector = each sector its own group. Without a sector, the sector of the organisation type counts.",
  },
};

const ATTRIBUTE_OPTION: MetricOption = {
  name: "attribute",
  type: "string",
  default: null,
  description: {
    nl: "Een knoopattribuut als groepsindeling (bv. voor onderzoeksdata); overschrijft 'grouping'.",
    en: "A node attribute to group by (e.g. for research data); overrides 'grouping'.",
  },
};

export const GROUP_METRICS: MetricDescriptor[] = [
  {
    id: "structural_holes",
    level: "node",
    title: { nl: "Structurele gaten (Burt)", en: "Structural holes (Burt)" },
    explanation: {
      nl: "Constraint: in welke mate de contacten van een organisatie ook onderling verbonden zijn. Hoog = ingebed in één gesloten kring; laag = verbindt groepen die elkaar anders niet bereiken (een makelaar). Effectieve grootte: het aantal contacten dat niet overbodig is (geen contact dat je ook via een ander bereikt). Efficiëntie = effectieve grootte gedeeld door het aantal contacten.",
      en: "Constraint: how much an organisation's contacts are also connected to each other. High = embedded in one closed circle; low = bridges separate groups (a broker). Effective size: the number of contacts that are not redundant (not reachable through another contact anyway). Efficiency = effective size divided by the number of contacts.",
    },
    weight: "strength",
    options: [
      {
        name: "weighted",
        type: "boolean",
        default: false,
        description: {
          nl: "Gebruik de sterkte van de relaties (sterkere banden wegen zwaarder).",
          en: "Use tie strength (stronger ties count more).",
        },
      },
    ],
    outputs: [
      {
        key: "constraint",
        type: "object",
        description: {
          nl: "Burts constraint per organisatie (geïsoleerd: leeg).",
          en: "Burt's constraint per organisation (isolate: null).",
        },
      },
      {
        key: "effective_size",
        type: "object",
        description: {
          nl: "Effectieve grootte van het netwerk rond elke organisatie.",
          en: "Effective size of each organisation's network.",
        },
      },
      {
        key: "efficiency",
        type: "object",
        description: {
          nl: "Effectieve grootte / aantal contacten.",
          en: "Effective size / number of contacts.",
        },
      },
      {
        key: "constraint_weighted",
        type: "object",
        description: {
          nl: "Constraint met de sterkte van de banden (alleen in een gewogen netwerk; in `analyse` naast de ongewogen waarde).",
          en: "Constraint using tie strength (weighted networks only; `analyse` gives it next to the unweighted value).",
        },
      },
      {
        key: "effective_size_weighted",
        type: "object",
        description: {
          nl: "Effectieve grootte met de sterkte van de banden.",
          en: "Effective size using tie strength.",
        },
      },
      {
        key: "efficiency_weighted",
        type: "object",
        description: {
          nl: "Efficiëntie met de sterkte van de banden.",
          en: "Efficiency using tie strength.",
        },
      },
    ],
    equivalent: "networkx.constraint, networkx.effective_size (per-node path; mutual weights)",
    reference: "Burt (1992), Structural Holes, Harvard UP; Borgatti (1997), Connections 20(1):35-38",
  },
  {
    id: "brokerage",
    level: "node",
    title: { nl: "Makelaarsrollen (Gould & Fernandez)", en: "Brokerage roles (Gould & Fernandez)" },
    explanation: {
      nl: "Telt hoe vaak een organisatie twee andere verbindt die zelf geen rechtstreekse band hebben, en welke rol ze daarbij speelt: coördinator (alles binnen één groep), consultant (verbindt twee leden van één andere groep), vertegenwoordiger en poortwachter (tussen de eigen en een andere groep), liaison (tussen twee andere groepen). Een z-score boven 2 betekent: veel vaker dan toeval in een even dicht netwerk.",
      en: "Counts how often an organisation links two others that have no direct tie, and in which role: coordinator (all within one group), consultant (links two members of another group), representative and gatekeeper (between its own and another group), liaison (between two other groups). A z-score above 2 means: much more often than chance in an equally dense network.",
    },
    weight: "none",
    options: [GROUPING_OPTION, ATTRIBUTE_OPTION],
    outputs: [
      {
        key: "node_raw",
        type: "object",
        description: { nl: "Aantallen per rol per organisatie.", en: "Counts per role per organisation." },
      },
      {
        key: "node_expected",
        type: "object",
        description: { nl: "Verwachte aantallen bij toeval.", en: "Expected counts under chance." },
      },
      {
        key: "node_sd",
        type: "object",
        description: { nl: "Standaardafwijking bij toeval.", en: "Standard deviation under chance." },
      },
      { key: "node_z", type: "object", description: { nl: "z-score per rol.", en: "z-score per role." } },
      {
        key: "graph_raw",
        type: "object",
        description: {
          nl: "Totalen per rol voor het hele netwerk.",
          en: "Totals per role for the whole network.",
        },
      },
      {
        key: "graph_z",
        type: "object",
        description: { nl: "z-score van de totalen.", en: "z-score of the totals." },
      },
    ],
    equivalent: "R sna::brokerage",
    reference: "Gould & Fernandez (1989), Sociological Methodology 19:89-126",
  },
  {
    id: "ei_index",
    level: "group",
    title: { nl: "E-I-index (Krackhardt & Stern)", en: "E-I index (Krackhardt & Stern)" },
    explanation: {
      nl: "Vergelijkt banden tussen groepen (E) met banden binnen groepen (I): (E − I)/(E + I). −1 = alle banden blijven binnen de eigen groep; +1 = alle banden gaan naar andere groepen. Zo zie je of het lerend ecosysteem school en vrije tijd verbindt. De verwachte waarde bij toevallige menging en een permutatietest tonen of het verschil meer is dan toeval.",
      en: "Compares ties between groups (E) with ties within groups (I): (E − I)/(E + I). −1 = every tie stays inside its own group; +1 = every tie goes to another group. It shows whether the learning ecosystem connects school and leisure. The value expected under random mixing and a permutation test show whether the difference is more than chance.",
    },
    weight: "none",
    options: [
      GROUPING_OPTION,
      ATTRIBUTE_OPTION,
      {
        name: "permutations",
        type: "integer",
        default: 999,
        description: { nl: "Aantal permutaties voor de toets.", en: "Number of permutations for the test." },
      },
      {
        name: "seed",
        type: "integer",
        default: 42,
        description: {
          nl: "Startwaarde van de toevalsgenerator (zelfde seed = zelfde resultaat).",
          en: "Random seed (same seed = same result).",
        },
      },
    ],
    outputs: [
      {
        key: "whole",
        type: "object",
        description: { nl: "E, I en E-I voor het hele netwerk.", en: "E, I and E-I for the whole network." },
      },
      {
        key: "expected_random_mixing",
        type: "object",
        description: {
          nl: "E-I als alle mogelijke paren even waarschijnlijk waren.",
          en: "E-I if every possible pair were equally likely.",
        },
      },
      { key: "groups", type: "object", description: { nl: "E-I per groep.", en: "E-I per group." } },
      {
        key: "nodes",
        type: "object",
        description: { nl: "E-I per organisatie.", en: "E-I per organisation." },
      },
      {
        key: "permutation",
        type: "object",
        description: {
          nl: "p-waarde: aandeel herschikte groepsindelingen met een E-I minstens zo extreem.",
          en: "p-value: share of shuffled group labellings with an E-I at least as extreme.",
        },
      },
    ],
    equivalent: "UCINET E-I index; Everett & Borgatti (2012) per node",
    reference:
      "Krackhardt & Stern (1988), Social Psychology Quarterly 51(2):123-140; Everett & Borgatti (2012), Social Networks 34(4):562-569",
  },
  {
    id: "assortativity",
    level: "network",
    title: { nl: "Assortativiteit", en: "Assortativity" },
    explanation: {
      nl: "Attribuut-assortativiteit: werken organisaties vooral samen met gelijken (positief, tot +1) of juist met anderen (negatief)? 0 = zoals bij toeval. Graad-assortativiteit: werken drukke organisaties vooral met andere drukke (positief) of met kleine, perifere partners (negatief, een sterspatroon)?",
      en: "Attribute assortativity: do organisations mostly work with similar ones (positive, up to +1) or with different ones (negative)? 0 = as by chance. Degree assortativity: do well-connected organisations mostly tie to other well-connected ones (positive) or to small peripheral partners (negative, a hub-and-spoke pattern)?",
    },
    weight: "none",
    options: [GROUPING_OPTION, ATTRIBUTE_OPTION],
    outputs: [
      {
        key: "attribute_r",
        type: "number",
        description: { nl: "Newmans r voor de groepsindeling.", en: "Newman's r for the grouping." },
      },
      {
        key: "degree_r",
        type: "number",
        description: {
          nl: "Pearson-correlatie van de graden aan beide uiteinden.",
          en: "Pearson correlation of degrees at both ends.",
        },
      },
    ],
    equivalent: "networkx.attribute_assortativity_coefficient, networkx.degree_assortativity_coefficient",
    reference: "Newman (2003), Physical Review E 67:026126; Newman (2002), PRL 89:208701",
  },
  {
    id: "partition_modularity",
    level: "network",
    title: { nl: "Modulariteit van een indeling", en: "Modularity of a grouping" },
    explanation: {
      nl: "Hoeveel meer banden er binnen de groepen (bv. sectoren) liggen dan je bij toeval zou verwachten. Rond 0 = de indeling verklaart de samenwerking niet; boven 0,3 = duidelijke blokken per groep.",
      en: "How many more ties fall within the groups (e.g. sectors) than chance would predict. Around 0 = the grouping does not explain who works with whom; above 0.3 = clear blocks per group.",
    },
    weight: "strength",
    options: [
      GROUPING_OPTION,
      ATTRIBUTE_OPTION,
      {
        name: "resolution",
        type: "number",
        default: 1,
        description: { nl: "Resolutieparameter γ.", en: "Resolution parameter γ." },
      },
    ],
    outputs: [
      { key: "q", type: "number", description: { nl: "Modulariteit Q.", en: "Modularity Q." } },
      {
        key: "communities",
        type: "integer",
        description: { nl: "Aantal groepen.", en: "Number of groups." },
      },
    ],
    equivalent: "networkx.community.modularity",
    reference: "Newman (2006), PNAS 103:8577-8582; Leicht & Newman (2008), PRL 100:118703 (directed)",
  },
  {
    id: "place",
    level: "group",
    title: { nl: "Per gemeente en doelgroep", en: "By municipality and target group" },
    explanation: {
      nl: "Per gemeente: hoeveel organisaties van elk type, elke sector, elk thema en elke doelgroep er zijn, absoluut en per 10.000 inwoners; hoeveel samenwerkingen binnen de gemeente blijven en hoeveel naar andere gemeenten gaan; en welk aandeel organisaties minstens één band heeft over de grens formeel ↔ non-formeel/informeel. Gemeenten zonder één zo'n band zijn witte vlekken.",
      en: "Per municipality: how many organisations of each type, sector, theme and target group there are, absolute and per 10,000 inhabitants; how many ties stay inside the municipality and how many go to other municipalities; and the share of organisations with at least one tie across the formal ↔ non-formal/informal line. Municipalities without a single such tie are white spots.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "municipalities",
        type: "object",
        description: { nl: "Tellingen per gemeente.", en: "Counts per municipality." },
      },
      {
        key: "ties",
        type: "object",
        description: {
          nl: "Banden binnen en tussen gemeenten (matrix).",
          en: "Ties within and between municipalities (matrix).",
        },
      },
      {
        key: "municipalities_without_cross_line_ties",
        type: "string[]",
        description: {
          nl: "Gemeenten zonder één band tussen formeel en non-formeel/informeel.",
          en: "Municipalities without a single formal ↔ non-formal/informal tie.",
        },
      },
    ],
    reference: "ecolens metrics.md §3.1 (coverage)",
  },
];
