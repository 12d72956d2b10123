/**
 * Registry descriptors of the metric engine's whole-network and per-organisation metrics
 * (Analysis I part 1). The functions behind them live in network/, centrality/ and paths/;
 * analyse/analyse-network.ts maps each id to its computation.
 */
import type { MetricDescriptor, MetricOption } from "./types.ts";

const DISTANCE_OPTION: MetricOption = {
  name: "distance",
  type: "enum",
  default: "none",
  values: ["none", "inverse", "weight"],
  description: {
    nl: "Hoe de sterkte van een relatie een afstand wordt: none = elke relatie telt als 1 stap; inverse = 1/sterkte (een sterke band is een korte stap); weight = het gewicht zelf is de afstand.",
    en: "How tie strength becomes a path length: none = every tie is 1 step; inverse = 1/strength (a strong tie is a short step); weight = the weight itself is the length.",
  },
};

const num = (key: string, nl: string, en: string) => ({
  key,
  type: "number" as const,
  description: { nl, en },
});

export const CORE_METRICS: MetricDescriptor[] = [
  {
    id: "density",
    level: "network",
    title: { nl: "Dichtheid", en: "Density" },
    explanation: {
      nl: "Welk deel van alle mogelijke relaties tussen de organisaties echt bestaat. 0,05 betekent dat 5 op de 100 mogelijke paren samenwerken. Ook per relatietype.",
      en: "The share of all possible ties between the organisations that actually exist. 0.05 means 5 in 100 possible pairs work together. Also per relation type.",
    },
    weight: "strength",
    options: [],
    outputs: [
      num("n", "Aantal organisaties.", "Number of organisations."),
      num("m", "Aantal verschillende relaties (paren).", "Number of distinct ties (pairs)."),
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
    id: "degree",
    level: "node",
    title: { nl: "Graad", en: "Degree" },
    explanation: {
      nl: "Met hoeveel verschillende organisaties een organisatie een relatie heeft (gericht: inkomend, uitgaand en samen).",
      en: "How many different organisations an organisation has a tie with (directed: incoming, outgoing and both).",
    },
    weight: "none",
    options: [],
    outputs: [
      num("degree", "Aantal partners (gericht: in + uit).", "Number of partners (directed: in + out)."),
      num("in_degree", "Inkomend (gericht).", "Incoming (directed)."),
      num("out_degree", "Uitgaand (gericht).", "Outgoing (directed)."),
    ],
    equivalent: "networkx Graph.degree",
  },
  {
    id: "strength",
    level: "node",
    title: { nl: "Sterkte", en: "Strength" },
    explanation: {
      nl: "De som van de sterkte van alle relaties van een organisatie: veel of intense samenwerking.",
      en: "The sum of the strengths of all an organisation's ties: much or intense collaboration.",
    },
    weight: "strength",
    options: [],
    outputs: [
      num("strength", "Som van de sterktes (gericht: in + uit).", "Sum of strengths (directed: in + out)."),
      num("in_strength", "Inkomend (gericht).", "Incoming (directed)."),
      num("out_strength", "Uitgaand (gericht).", "Outgoing (directed)."),
    ],
    equivalent: "networkx Graph.degree(weight='weight')",
  },
  {
    id: "betweenness",
    level: "node",
    title: { nl: "Tussenpositie (makelaars)", en: "Betweenness (brokers)" },
    explanation: {
      nl: "Hoe vaak een organisatie op de kortste weg tussen twee andere ligt. Hoog = een makelaar die werelden verbindt, maar ook een knelpunt als ze wegvalt.",
      en: "How often an organisation lies on the shortest route between two others. High = a broker connecting worlds, and a bottleneck if it drops out.",
    },
    weight: "distance-from-strength",
    options: [DISTANCE_OPTION],
    outputs: [
      num("betweenness", "Ruwe tussenpositie (elk paar één keer).", "Raw betweenness (each pair once)."),
      num(
        "betweenness_normalized",
        "Gedeeld door het aantal paren zonder de organisatie zelf.",
        "Divided by the number of pairs without the organisation itself.",
      ),
    ],
    equivalent: "networkx.betweenness_centrality",
    reference: "Brandes (2001), J. Mathematical Sociology 25(2):163-177",
  },
  {
    id: "closeness",
    level: "node",
    title: { nl: "Nabijheid", en: "Closeness" },
    explanation: {
      nl: "Hoe dicht een organisatie gemiddeld bij alle andere staat (in stappen). Hoog = informatie bereikt haar snel. Bij losse delen telt alleen wie bereikbaar is, gewogen naar dat aandeel.",
      en: "How close an organisation is to all others on average (in steps). High = information reaches it quickly. With separate parts only reachable organisations count, scaled by their share.",
    },
    weight: "distance-from-strength",
    options: [DISTANCE_OPTION],
    outputs: [
      num(
        "closeness",
        "networkx (gericht: inkomende afstanden).",
        "networkx (directed: incoming distances).",
      ),
      num("closeness_out", "Uitgaande afstanden (gericht).", "Outgoing distances (directed)."),
    ],
    equivalent: "networkx.closeness_centrality (wf_improved=True)",
    reference: "Wasserman & Faust (1994), p. 201",
  },
  {
    id: "harmonic",
    level: "node",
    title: { nl: "Harmonische nabijheid", en: "Harmonic closeness" },
    explanation: {
      nl: "De som van 1/afstand tot alle andere organisaties: zoals nabijheid, maar ook zinvol in een versnipperd netwerk (onbereikbaar telt als 0).",
      en: "The sum of 1/distance to all other organisations: like closeness, but also meaningful in a fragmented network (unreachable counts 0).",
    },
    weight: "distance-from-strength",
    options: [DISTANCE_OPTION],
    outputs: [
      num("harmonic", "Niet genormaliseerd (deel door n−1).", "Not normalised (divide by n−1)."),
      num("harmonic_out", "Uitgaande afstanden (gericht).", "Outgoing distances (directed)."),
    ],
    equivalent: "networkx.harmonic_centrality",
    reference: "Marchiori & Latora (2000); Boldi & Vigna (2014)",
  },
  {
    id: "eigenvector",
    level: "node",
    title: { nl: "Eigenvectorcentraliteit", en: "Eigenvector centrality" },
    explanation: {
      nl: "Centraal zijn door verbonden te zijn met andere centrale organisaties. Alleen berekend als het netwerk één samenhangend geheel is.",
      en: "Being central by being tied to other central organisations. Only computed when the network is one connected whole.",
    },
    weight: "none",
    options: [],
    outputs: [
      num(
        "eigenvector",
        "L2-genormaliseerd; leeg als het netwerk niet samenhangt.",
        "L2-normalised; null when the network is not connected.",
      ),
    ],
    equivalent: "networkx.eigenvector_centrality_numpy",
    reference: "Bonacich (1972), J. Mathematical Sociology 2(1)",
  },
  {
    id: "pagerank",
    level: "node",
    title: { nl: "PageRank", en: "PageRank" },
    explanation: {
      nl: "Hoe vaak je bij een organisatie uitkomt als je willekeurig relaties volgt (en af en toe opnieuw begint). Gewogen: sterkere banden worden vaker gevolgd.",
      en: "How often you end up at an organisation when following ties at random (restarting now and then). Weighted: stronger ties are followed more often.",
    },
    weight: "strength",
    options: [
      {
        name: "alpha",
        type: "number",
        default: 0.85,
        description: {
          nl: "Kans om een relatie te volgen in plaats van opnieuw te beginnen.",
          en: "Probability of following a tie rather than restarting.",
        },
      },
    ],
    outputs: [
      num("pagerank", "Ongewogen.", "Unweighted."),
      num("pagerank_weighted", "Gewicht = sterkte.", "Weight = strength."),
    ],
    equivalent: "networkx.pagerank",
    reference: "Brin & Page (1998), Computer Networks 30",
  },
  {
    id: "core_number",
    level: "node",
    title: { nl: "Kern (k-core)", en: "Core number (k-core)" },
    explanation: {
      nl: "Hoe diep een organisatie in de harde kern zit: k betekent dat ze deel is van een groep waarin elk lid minstens k partners binnen die groep heeft.",
      en: "How deep an organisation sits in the hard core: k means it belongs to a group in which every member has at least k partners inside the group.",
    },
    weight: "none",
    options: [],
    outputs: [num("core_number", "k-core-index.", "k-core index.")],
    equivalent: "networkx.core_number",
    reference: "Batagelj & Zaversnik (2003), arXiv cs/0310049",
  },
  {
    id: "clustering",
    level: "node",
    title: { nl: "Lokale clustering", en: "Local clustering" },
    explanation: {
      nl: "Welk deel van de partners van een organisatie ook onderling samenwerkt. Hoog = een hechte kring; laag = de organisatie verbindt partners die elkaar niet kennen.",
      en: "The share of an organisation's partners who also work with each other. High = a tight circle; low = the organisation links partners who do not know each other.",
    },
    weight: "none",
    options: [],
    outputs: [num("clustering", "0 bij minder dan 2 partners.", "0 with fewer than 2 partners.")],
    equivalent: "networkx.clustering",
    reference: "Watts & Strogatz (1998), Nature 393",
  },
];
