/**
 * Registry descriptors of the per-organisation metrics (degree, strength, betweenness, closeness,
 * harmonic, eigenvector, PageRank, core number, clustering). The functions live in centrality/.
 */
import { closenessFromSums } from "../centrality/closeness.ts";
import { coreNumberValues } from "../centrality/core-number.ts";
import { eigenvectorValues } from "../centrality/eigenvector.ts";
import { PAGERANK_DEFAULTS, pagerankValues } from "../centrality/pagerank.ts";
import { DISTANCE_OPTION, num } from "./descriptor-parts.ts";
import type { AnalyseMetric } from "./types.ts";

export const NODE_METRICS: AnalyseMetric[] = [
  {
    id: "degree",
    level: "node",
    placement: { section: "nodes" },
    passes: ["degrees"],
    compute: (ctx) => {
      const d = ctx.pass("degrees");
      const directed: Record<string, Float64Array> = ctx.view.directed
        ? { in_degree: d.in_degree, out_degree: d.out_degree }
        : {};
      return { columns: { degree: d.degree, ...directed } };
    },
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
    placement: { section: "nodes" },
    passes: ["degrees"],
    compute: (ctx) => {
      const d = ctx.pass("degrees");
      const directed: Record<string, Float64Array> = ctx.view.directed
        ? { in_strength: d.in_strength, out_strength: d.out_strength }
        : {};
      return { columns: { strength: d.strength, ...directed } };
    },
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
    placement: { section: "nodes" },
    passes: ["betweenness"],
    compute: (ctx) => {
      const { raw, normalized } = ctx.pass("betweenness");
      return { columns: { betweenness: raw, betweenness_normalized: normalized } };
    },
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
    placement: { section: "nodes" },
    passes: ["distance_sums"],
    compute: (ctx) => {
      const { n, directed } = ctx.view;
      const sums = ctx.pass("distance_sums");
      const out: Record<string, Float64Array> = directed
        ? { closeness_out: closenessFromSums(n, sums.out) }
        : {};
      return { columns: { closeness: closenessFromSums(n, sums.in), ...out } };
    },
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
    placement: { section: "nodes" },
    passes: ["distance_sums"],
    compute: (ctx) => {
      const sums = ctx.pass("distance_sums");
      const out: Record<string, Float64Array> = ctx.view.directed ? { harmonic_out: sums.out.harmonic } : {};
      return { columns: { harmonic: sums.in.harmonic, ...out } };
    },
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
    placement: { section: "nodes" },
    passes: [],
    compute: ({ view }) => ({
      columns: { eigenvector: eigenvectorValues(view).values ?? new Array<null>(view.n).fill(null) },
    }),
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
    placement: { section: "nodes" },
    passes: [],
    compute: ({ view }) => ({
      columns: {
        pagerank: pagerankValues(view).values,
        pagerank_weighted: pagerankValues(view, { weighted: true }).values,
      },
    }),
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
        default: PAGERANK_DEFAULTS.alpha,
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
    placement: { section: "nodes" },
    passes: [],
    compute: ({ view }) => ({ columns: { core_number: coreNumberValues(view) } }),
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
    placement: { section: "nodes" },
    passes: ["triangles"],
    compute: (ctx) => ({ columns: { clustering: ctx.pass("triangles").clustering } }),
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
