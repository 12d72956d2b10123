/**
 * Registry descriptors of the whole-network metrics (density, components, articulation points,
 * transitivity, paths, centralization, reciprocity). The functions live in network/ and paths/.
 */
import { betweennessSums, scaleBetweenness } from "../centrality/betweenness.ts";
import { freemanCentralization, snaCentralization } from "../centrality/centralization.ts";
import { averageDirectedClustering } from "../centrality/clustering-directed.ts";
import { degreeValues } from "../centrality/degree.ts";
import { pathStatsFromSums } from "../distances/path-stats.ts";
import { componentLabels, components } from "../network/components.ts";
import { crossSectorSummary } from "../network/cross-sector.ts";
import { density, densityByRelationType } from "../network/density.ts";
import { reciprocity } from "../network/reciprocity.ts";
import { strongComponents } from "../network/strong-components.ts";
import { num } from "./descriptor-parts.ts";
import type { AnalyseMetric } from "./types.ts";

export const NETWORK_METRICS: AnalyseMetric[] = [
  {
    id: "density",
    level: "network",
    placement: { section: "summary" },
    passes: [],
    compute: ({ network, view }) => {
      const d = density(view);
      return {
        summary: {
          density: d.density,
          density_weighted: d.density_weighted,
          total_weight: d.total_weight,
          density_by_relation_type: densityByRelationType(network.graph, { directed: view.directed }),
        },
      };
    },
    title: { nl: "Dichtheid", en: "Density" },
    explanation: {
      nl: "Welk deel van alle mogelijke relaties tussen de organisaties echt bestaat. 0,05 betekent dat 5 op de 100 mogelijke paren samenwerken. Ook per relatietype.",
      en: "The share of all possible ties between the organisations that actually exist. 0.05 means 5 in 100 possible pairs work together. Also per relation type.",
    },
    weight: "strength",
    options: [],
    outputs: [
      num("density", "2m/(n(n−1)); gericht m/(n(n−1)).", "2m/(n(n−1)); directed m/(n(n−1))."),
      num(
        "density_weighted",
        "Gemiddelde sterkte over alle mogelijke paren.",
        "Mean strength over all possible pairs.",
      ),
      num("total_weight", "Som van alle sterktes.", "Sum of all strengths."),
      {
        key: "density_by_relation_type",
        type: "object",
        description: { nl: "Dichtheid per relatietype.", en: "Density per relation type." },
      },
    ],
    equivalent: "networkx.density",
    reference: "Wasserman & Faust (1994), Social Network Analysis, §4.2",
  },
  {
    id: "components",
    level: "network",
    placement: { section: "summary" },
    passes: ["component_labels"],
    compute: (ctx) => ({ summary: { components: components(ctx.view, ctx.pass("component_labels")) } }),
    title: { nl: "Samenhang en versnippering", en: "Components and fragmentation" },
    explanation: {
      nl: "In hoeveel losse delen het netwerk uiteenvalt, welk deel van de organisaties in het grootste deel zit, en welke organisaties geen enkele relatie hebben. Versnippering = het deel van de paren dat elkaar langs geen enkele weg bereikt (0 = alles hangt samen, 1 = niemand is verbonden).",
      en: "How many separate parts the network falls into, what share of organisations sits in the largest part, and which organisations have no tie at all. Fragmentation = the share of pairs that cannot reach each other by any route (0 = all connected, 1 = nobody is).",
    },
    weight: "none",
    options: [],
    outputs: [
      num("components.count", "Aantal losse delen.", "Number of separate parts."),
      {
        key: "components.sizes",
        type: "object",
        description: { nl: "Grootte per deel, grootste eerst.", en: "Size per part, largest first." },
      },
      num("components.largest_share", "Aandeel in het grootste deel.", "Share in the largest part."),
      {
        key: "components.isolates",
        type: "string[]",
        description: { nl: "Organisaties zonder relaties.", en: "Organisations without ties." },
      },
      num("components.fragmentation", "1 − Σ s(s−1) / (n(n−1)).", "1 − Σ s(s−1) / (n(n−1))."),
    ],
    equivalent: "networkx.connected_components; fragmentation: Borgatti (2006) / R keyplayer",
    reference: "Borgatti (2006), Identifying sets of key players in a social network, CMOT 12",
  },
  {
    id: "strong_components",
    level: "network",
    placement: { section: "summary" },
    passes: [],
    compute: ({ view }) => (view.directed ? { summary: { components_strong: strongComponents(view) } } : {}),
    title: { nl: "Sterk samenhangende delen (gericht)", en: "Strong components (directed)" },
    explanation: {
      nl: "Alleen voor gerichte netwerken: groepen waarin elke organisatie elke andere langs de richting van de pijlen bereikt (bv. doorverwijzingen die rondgaan).",
      en: "Directed networks only: groups in which every organisation reaches every other along the arrows (e.g. referrals that come full circle).",
    },
    weight: "none",
    options: [],
    outputs: [
      num("components_strong.count", "Aantal sterk samenhangende delen.", "Number of strong components."),
      {
        key: "components_strong.sizes",
        type: "object",
        description: { nl: "Groottes, grootste eerst.", en: "Sizes, largest first." },
      },
    ],
    equivalent: "networkx.strongly_connected_components",
    reference: "Tarjan (1972), SIAM J. Computing 1(2)",
  },
  {
    id: "articulation_points",
    level: "network",
    placement: { section: "summary" },
    passes: ["articulation"],
    compute: (ctx) => {
      const { articulation_points, bridges, cut_off } = ctx.pass("articulation");
      return { summary: { articulation_points, bridges, cut_off } };
    },
    title: { nl: "Kwetsbare schakels", en: "Single points of failure" },
    explanation: {
      nl: "Organisaties (snijpunten) en relaties (bruggen) zonder vervanging: valt er één weg, dan valt het netwerk in stukken. Per snijpunt staat hoeveel organisaties dan afgesneden raken van de rest.",
      en: "Organisations (cut vertices) and ties (bridges) without a backup: if one goes, the network falls apart. For each cut vertex, how many organisations would be cut off from the rest.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "articulation_points",
        type: "string[]",
        description: { nl: "Snijpunten.", en: "Cut vertices." },
      },
      {
        key: "bridges",
        type: "object",
        description: { nl: "Bruggen als [u, v].", en: "Bridges as [u, v]." },
      },
      {
        key: "cut_off",
        type: "object",
        description: {
          nl: "Afgesneden organisaties per snijpunt.",
          en: "Organisations cut off per cut vertex.",
        },
      },
    ],
    equivalent: "networkx.articulation_points, networkx.bridges",
    reference: "Hopcroft & Tarjan (1973), CACM 16(6)",
  },
  {
    id: "transitivity",
    level: "network",
    placement: { section: "summary" },
    passes: ["triangles"],
    compute: (ctx) => {
      const { transitivity, average_clustering } = ctx.pass("triangles");
      const directed = ctx.view.directed
        ? { average_clustering_directed: averageDirectedClustering(ctx.view) }
        : {};
      return { summary: { transitivity, average_clustering, ...directed } };
    },
    title: { nl: "Geslotenheid (transitiviteit)", en: "Closure (transitivity)" },
    explanation: {
      nl: "Hoe vaak twee partners van eenzelfde organisatie ook elkaar kennen. Hoog = hechte kringen; laag = veel open driehoeken waar een nieuwe verbinding kan ontstaan.",
      en: "How often two partners of the same organisation also know each other. High = tight circles; low = many open triangles where a new tie could form.",
    },
    weight: "none",
    options: [],
    outputs: [
      num("transitivity", "3 × driehoeken / verbonden drietallen.", "3 × triangles / connected triples."),
      num(
        "average_clustering",
        "Gemiddelde lokale clustering over alle organisaties.",
        "Mean local clustering over all organisations.",
      ),
      num(
        "average_clustering_directed",
        "Gericht (Fagiolo), alleen voor gerichte netwerken.",
        "Directed (Fagiolo), directed networks only.",
      ),
    ],
    equivalent: "networkx.transitivity, networkx.average_clustering",
    reference: "Newman (2003), SIAM Review 45(2); Fagiolo (2007), Phys. Rev. E 76",
  },
  {
    id: "paths",
    level: "network",
    placement: { section: "summary" },
    passes: ["distance_sums", "undirected"],
    compute: (ctx) => ({
      summary: pathStatsFromSums(
        ctx.view.n,
        ctx.pass("distance_sums").und,
        componentLabels(ctx.pass("undirected")),
      ),
    }),
    title: { nl: "Afstanden", en: "Distances" },
    explanation: {
      nl: "Hoeveel stappen organisaties gemiddeld en hoogstens van elkaar verwijderd zijn (gemiddelde kortste pad en diameter). Bij een versnipperd netwerk: voor het grootste samenhangende deel.",
      en: "How many steps apart organisations are on average and at most (average shortest path and diameter). In a fragmented network: for the largest connected part.",
    },
    weight: "none",
    options: [],
    outputs: [
      num(
        "average_shortest_path_length",
        "Gemiddeld aantal stappen (samenhangend netwerk).",
        "Mean number of steps (connected network).",
      ),
      num("diameter", "Grootste afstand (samenhangend netwerk).", "Largest distance (connected network)."),
      {
        key: "largest_component",
        type: "object",
        description: {
          nl: "Beide voor het grootste deel, als het netwerk versnipperd is.",
          en: "Both for the largest part, when the network is fragmented.",
        },
      },
    ],
    equivalent: "networkx.average_shortest_path_length, networkx.diameter",
    reference: "Wasserman & Faust (1994), §4.3",
  },
  {
    id: "centralization",
    level: "network",
    placement: { section: "summary" },
    passes: ["betweenness", "distance_sums", "degrees", "undirected"],
    compute: (ctx) => {
      const { view, distance } = ctx;
      const und = ctx.pass("undirected");
      const raw = ctx.pass("betweenness").raw;
      const sums = ctx.pass("distance_sums");
      // Freeman's centralization of a digraph is taken on its undirected version.
      const undRaw = view.directed ? scaleBetweenness(und, betweennessSums(und, { distance })).raw : raw;
      return {
        summary: {
          centralization: freemanCentralization(view.n, degreeValues(und).degree, undRaw, sums.und),
          centralization_sna: snaCentralization(
            view.n,
            view.directed,
            ctx.pass("degrees").degree,
            raw,
            sums.out,
          ),
        },
      };
    },
    title: { nl: "Centralisatie (Freeman)", en: "Centralization (Freeman)" },
    explanation: {
      nl: "Hoe sterk het netwerk rond één organisatie draait: 1 = een ster met één spil, 0 = iedereen even centraal. Voor graad (aantal partners), tussenpositie (makelaar) en nabijheid.",
      en: "How much the network turns around one organisation: 1 = a star with one hub, 0 = everyone equally central. For degree (number of partners), betweenness (broker) and closeness.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "centralization",
        type: "object",
        description: {
          nl: "degree, betweenness, closeness, closeness_wf_improved (gericht: ongericht genomen).",
          en: "degree, betweenness, closeness, closeness_wf_improved (directed: taken undirected).",
        },
      },
      {
        key: "centralization_sna",
        type: "object",
        description: {
          nl: "Dezelfde volgens R sna, met tmaxdev.",
          en: "The same by R sna's conventions, with tmaxdev.",
        },
      },
    ],
    equivalent: "sna::centralization (R); igraph centralization_*",
    reference: "Freeman (1979), Social Networks 1:215-239",
  },
  {
    id: "reciprocity",
    level: "network",
    placement: { section: "summary" },
    passes: [],
    compute: ({ view }) => (view.directed ? { summary: reciprocity(view) } : {}),
    title: { nl: "Wederkerigheid (gericht)", en: "Reciprocity (directed)" },
    explanation: {
      nl: "Alleen voor gerichte netwerken: welk deel van de relaties beantwoord wordt (A verwijst door naar B én B naar A).",
      en: "Directed networks only: the share of ties that are returned (A refers to B and B to A).",
    },
    weight: "none",
    options: [],
    outputs: [
      num("reciprocity", "Aandeel wederzijdse pijlen.", "Share of reciprocated arcs."),
      num("mutual_pairs", "Aantal wederzijdse paren.", "Number of mutual pairs."),
    ],
    equivalent: "networkx.overall_reciprocity",
  },
  {
    id: "cross_sector",
    level: "network",
    placement: { section: "summary", under: "cross_sector" },
    passes: [],
    compute: ({ network, view }) => ({ summary: { cross_sector: crossSectorSummary(network.graph, view) } }),
    title: { nl: "Over de grens formeel ↔ non-formeel", en: "Across the formal ↔ non-formal line" },
    explanation: {
      nl: "Verbindt het lerend ecosysteem school en vrije tijd? Het aandeel banden tussen formeel onderwijs en de non-formele/informele kant (van de banden waarvan beide kanten een kant hebben; overheid en intermediairs hebben er geen), en het aandeel organisaties met minstens één partner in een andere sector.",
      en: "Does the learning ecosystem connect school and leisure? The share of ties between formal education and the non-formal/informal side (of the ties whose two ends both have a side; government and intermediaries have none), and the share of organisations with at least one partner in another sector.",
    },
    weight: "none",
    options: [],
    outputs: [
      num(
        "formal_informal_tie_share",
        "Aandeel banden formeel ↔ non-formeel/informeel (leeg zonder banden met twee gekende kanten).",
        "Share of formal ↔ non-formal/informal ties (null without ties whose two ends have a side).",
      ),
      {
        key: "ties_with_known_sides",
        type: "integer",
        description: {
          nl: "Banden waarvan beide kanten een kant hebben.",
          en: "Ties whose two ends both have a side.",
        },
      },
      num(
        "orgs_with_cross_sector_tie_share",
        "Aandeel organisaties met een partner in een andere sector (van wie een sector en een band heeft).",
        "Share of organisations with a partner in another sector (of those with a sector and a tie).",
      ),
    ],
    reference: "ecolens metrics.md §3.1 (coverage)",
  },
];
