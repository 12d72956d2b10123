/**
 * Registry descriptors of the group-mixing and by-place metrics (Analysis I part 2). The functions
 * behind them:
 *   ei_index              -> eiIndex(view, groups), eiPermutationTest(...) groups/ei-index.ts
 *   assortativity         -> attributeAssortativity / degreeAssortativity groups/assortativity.ts
 *   partition_modularity  -> partitionModularity(view, groups)            groups/partition-modularity.ts
 *   place                 -> placeOverview(network)                       place/place-overview.ts
 * Groups per vertex come from the `vertex_groups` pass (groupsFromAttribute / sectorGroups in
 * groups/vertex-groups.ts). GROUP_METRICS also lists the brokerage metrics (broker-metrics.ts).
 */
import { DEFAULT_SEED } from "@ecolens/core";
import { attributeAssortativity, degreeAssortativity } from "../groups/assortativity.ts";
import { eiIndex } from "../groups/ei-index.ts";
import { EI_PERMUTATION_DEFAULTS, eiPermutationTest } from "../groups/ei-permutation.ts";
import { PARTITION_MODULARITY_DEFAULTS, partitionModularity } from "../groups/partition-modularity.ts";
import { placeOverview } from "../place/place-overview.ts";
import { BROKER_METRICS } from "./broker-metrics.ts";
import { ATTRIBUTE_OPTION, GROUPING_OPTION, GROUPING_OUTPUT } from "./descriptor-parts.ts";
import type { AnalyseMetric } from "./types.ts";

export const GROUP_METRICS: AnalyseMetric[] = [
  ...BROKER_METRICS,
  {
    id: "ei_index",
    level: "group",
    placement: { section: "groups" },
    passes: ["vertex_groups"],
    compute: ({ view, seed, pass }) => {
      const { groups, grouping, any } = pass("vertex_groups");
      if (!any) return {};
      const permutations = EI_PERMUTATION_DEFAULTS.permutations;
      const permutation = eiPermutationTest(view, groups, { seed, permutations });
      return { groups: { ei_index: { grouping, ...eiIndex(view, groups), permutation } } };
    },
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
        default: EI_PERMUTATION_DEFAULTS.permutations,
        description: { nl: "Aantal permutaties voor de toets.", en: "Number of permutations for the test." },
      },
      {
        name: "seed",
        type: "integer",
        default: DEFAULT_SEED,
        description: {
          nl: "Startwaarde van de toevalsgenerator (zelfde seed = zelfde resultaat).",
          en: "Random seed (same seed = same result).",
        },
      },
    ],
    outputs: [
      GROUPING_OUTPUT,
      {
        key: "unit",
        type: "string",
        description: {
          nl: "Wat geteld wordt: banden (ongericht) of pijlen (gericht).",
          en: "What is counted: ties (undirected) or arcs (directed).",
        },
      },
      {
        key: "group_sizes",
        type: "object",
        description: { nl: "Aantal organisaties per groep.", en: "Organisations per group." },
      },
      {
        key: "excluded",
        type: "object",
        description: {
          nl: "Organisaties zonder groep, buiten de telling gelaten.",
          en: "Organisations without a group, left out of the count.",
        },
      },
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
    placement: { section: "summary", under: "assortativity" },
    passes: ["vertex_groups"],
    compute: ({ view, pass }) => {
      const { groups, grouping, any } = pass("vertex_groups");
      const attribute_r = any ? attributeAssortativity(view, groups) : null;
      return { summary: { assortativity: { grouping, attribute_r, degree_r: degreeAssortativity(view) } } };
    },
    title: { nl: "Assortativiteit", en: "Assortativity" },
    explanation: {
      nl: "Attribuut-assortativiteit: werken organisaties vooral samen met gelijken (positief, tot +1) of juist met anderen (negatief)? 0 = zoals bij toeval. Graad-assortativiteit: werken drukke organisaties vooral met andere drukke (positief) of met kleine, perifere partners (negatief, een sterspatroon)?",
      en: "Attribute assortativity: do organisations mostly work with similar ones (positive, up to +1) or with different ones (negative)? 0 = as by chance. Degree assortativity: do well-connected organisations mostly tie to other well-connected ones (positive) or to small peripheral partners (negative, a hub-and-spoke pattern)?",
    },
    weight: "none",
    options: [GROUPING_OPTION, ATTRIBUTE_OPTION],
    outputs: [
      GROUPING_OUTPUT,
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
    placement: { section: "summary", under: "partition_modularity" },
    passes: ["vertex_groups"],
    compute: ({ view, pass }) => {
      const { groups, grouping, any } = pass("vertex_groups");
      if (!any) return {};
      return { summary: { partition_modularity: { grouping, ...partitionModularity(view, groups) } } };
    },
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
        default: PARTITION_MODULARITY_DEFAULTS.resolution,
        description: { nl: "Resolutieparameter γ.", en: "Resolution parameter γ." },
      },
    ],
    outputs: [
      GROUPING_OUTPUT,
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
    placement: { section: "groups" },
    passes: [],
    compute: ({ network }) => ({ groups: { place: placeOverview(network) } }),
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
        key: "region_level",
        type: "object",
        description: {
          nl: "Organisaties zonder gemeente (regionaal), met dezelfde tellingen; leeg als er geen zijn.",
          en: "Organisations without a municipality (region level), with the same counts; null when there are none.",
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
      {
        key: "findings",
        type: "object",
        description: {
          nl: "Wat opvalt per gemeente (code, gemeente, cijfers), voor het rapport.",
          en: "What stands out per municipality (code, municipality, figures), for the report.",
        },
      },
    ],
    reference: "ecolens metrics.md §3.1 (coverage)",
  },
];
