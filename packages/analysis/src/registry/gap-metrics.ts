/**
 * Registry descriptors for the gap analyses (Analysis II). The functions behind them:
 *   clusters          -> analyseClusters(graph, {seed, resolution, weighted})   clusters/profile.ts
 *   white_spots       -> findWhiteSpots(network)                                 gaps/white-spots.ts
 *   barrier_coverage  -> barrierCoverage(network)                                gaps/barrier-coverage.ts
 *   link_prediction   -> topLinkPredictions(graph, {k, score}), scorePair(...)   links/scores.ts
 *   link_suggestions  -> suggestLinks(network, {across, top, weights})           links/suggest.ts
 *   partner_departure -> partnerDeparture(network)                               resilience/departure.ts
 */
import { CLUSTER_DEFAULTS } from "../clusters/louvain.ts";
import { LINK_PREDICTION_DEFAULTS } from "../links/scores.ts";
import { SUGGEST_DEFAULTS } from "../links/suggest.ts";
import type { MetricDescriptor } from "./types.ts";

export const GAP_METRICS: MetricDescriptor[] = [
  {
    id: "clusters",
    level: "group",
    title: { nl: "Clusters (Louvain)", en: "Clusters (Louvain)" },
    explanation: {
      nl: "Groepen organisaties die onderling veel meer banden hebben dan met de rest. Per cluster: samenstelling naar sector, type, gemeente en thema, de spilorganisaties, en wie de clusters verbindt. NMI en aangepaste Rand-index zeggen of de clusters vooral gemeenten (geografisch) of sectoren (thematisch) volgen. Modulariteit boven ~0,3 wijst op duidelijke clusters.",
      en: "Groups of organisations with many more ties among themselves than with the rest. Per cluster: its make-up by sector, type, municipality and theme, its hub organisations, and who connects the clusters. NMI and the adjusted Rand index say whether clusters follow municipalities (geographic) or sectors (thematic). Modularity above ~0.3 points to clear clusters.",
    },
    weight: "strength",
    options: [
      {
        name: "seed",
        type: "integer",
        default: CLUSTER_DEFAULTS.seed,
        description: {
          nl: "Startwaarde van het toeval (zelfde seed = zelfde clusters).",
          en: "Random seed (same seed = same clusters).",
        },
      },
      {
        name: "resolution",
        type: "number",
        default: CLUSTER_DEFAULTS.resolution,
        description: { nl: "Hoger = meer, kleinere clusters.", en: "Higher = more, smaller clusters." },
      },
      {
        name: "weighted",
        type: "boolean",
        default: CLUSTER_DEFAULTS.weighted,
        description: { nl: "Gebruik de sterkte van de relaties.", en: "Use tie strength." },
      },
    ],
    outputs: [
      {
        key: "modularity",
        type: "number",
        description: { nl: "Modulariteit Q van de indeling.", en: "Modularity Q of the partition." },
      },
      {
        key: "membership",
        type: "object",
        description: {
          nl: "Organisatie -> clusternummer (1 = grootste).",
          en: "Organisation -> cluster number (1 = largest).",
        },
      },
      {
        key: "profiles",
        type: "object",
        description: {
          nl: "Samenstelling en dichtheid per cluster.",
          en: "Make-up and density per cluster.",
        },
      },
      {
        key: "bridges",
        type: "object",
        description: {
          nl: "Organisaties met banden naar andere clusters (participatiecoëfficiënt).",
          en: "Organisations with ties into other clusters (participation coefficient).",
        },
      },
      {
        key: "follows",
        type: "object",
        description: {
          nl: "NMI en aangepaste Rand-index met gemeente en sector.",
          en: "NMI and adjusted Rand index against municipality and sector.",
        },
      },
    ],
    equivalent: "networkx.community.louvain_communities, networkx.community.modularity",
    reference:
      "Blondel et al. (2008) J. Stat. Mech. P10008; Guimerà & Amaral (2005) Nature 433; Danon et al. (2005); Hubert & Arabie (1985)",
  },
  {
    id: "white_spots",
    level: "network",
    title: { nl: "Witte vlekken", en: "White spots" },
    explanation: {
      nl: "Combinaties van thema, doelgroep en gemeente waar geen enkele organisatie of leerkans bestaat (witte vlek) of maar één aanbieder (kwetsbaar). Prioritaire doelgroepen staan apart. Een witte vlek die elders in de regio wel ingevuld is, is vaak het makkelijkst op te lossen.",
      en: "Theme × target group × municipality combinations where no organisation or learning offer exists (white spot) or only one provider does (fragile). Priority target groups are listed apart. A white spot that is filled elsewhere in the region is often the easiest to solve.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "white_spots",
        type: "object",
        description: { nl: "Lege cellen (prioritair / andere).", en: "Empty cells (priority / other)." },
      },
      {
        key: "fragile",
        type: "object",
        description: { nl: "Cellen met één aanbieder.", en: "Cells with a single provider." },
      },
      {
        key: "regional_white_spots",
        type: "object",
        description: {
          nl: "Thema × doelgroep nergens in de regio.",
          en: "Theme × target group nowhere in the region.",
        },
      },
    ],
  },
  {
    id: "barrier_coverage",
    level: "network",
    title: { nl: "Aanpak van drempels", en: "Barrier coverage" },
    explanation: {
      nl: "Per gesignaleerde (niet opgeloste) drempel: welke partners zich engageren en welk aanbod de drempel al verlaagt (bv. kansentarief bij een financiële drempel, rolstoeltoegankelijk bij fysieke). Drempels zonder of met één partner staan bovenaan.",
      en: "For every signalled (unresolved) barrier: which partners have committed and which offers already lower it (e.g. a reduced tariff for a financial barrier, wheelchair access for a physical one). Barriers with no or one partner come first.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "barriers",
        type: "object",
        description: {
          nl: "Drempels met partners, aanbod en dekking.",
          en: "Barriers with partners, offers and coverage.",
        },
      },
      {
        key: "share_with_partner",
        type: "number",
        description: { nl: "Aandeel drempels met ≥1 partner.", en: "Share of barriers with ≥1 partner." },
      },
      {
        key: "share_with_two_partners",
        type: "number",
        description: { nl: "Aandeel drempels met ≥2 partners.", en: "Share of barriers with ≥2 partners." },
      },
      {
        key: "matrix",
        type: "object",
        description: {
          nl: "Drempeltype × doelgroep, regio en per gemeente.",
          en: "Barrier type × target group, region and per municipality.",
        },
      },
    ],
  },
  {
    id: "link_prediction",
    level: "network",
    title: { nl: "Linkvoorspelling (structureel)", en: "Link prediction (structural)" },
    explanation: {
      nl: "Hoe dicht twee organisaties zonder band bij elkaar staan in het netwerk: gedeelde partners (common neighbours), Jaccard, Adamic-Adar, resource allocation (gedeelde partners met weinig andere banden tellen zwaarder) en preferential attachment.",
      en: "How close two untied organisations are in the network: shared partners (common neighbours), Jaccard, Adamic-Adar, resource allocation (shared partners with few other ties count more) and preferential attachment.",
    },
    weight: "none",
    options: [
      {
        name: "k",
        type: "integer",
        default: LINK_PREDICTION_DEFAULTS.k,
        description: { nl: "Aantal paren.", en: "Number of pairs." },
      },
      {
        name: "score",
        type: "enum",
        default: LINK_PREDICTION_DEFAULTS.score,
        values: [
          "common_neighbors",
          "jaccard",
          "adamic_adar",
          "resource_allocation",
          "preferential_attachment",
        ],
        description: { nl: "Rangschikken op deze score.", en: "Rank by this score." },
      },
    ],
    outputs: [
      {
        key: "top",
        type: "object",
        description: { nl: "De k paren met de hoogste score.", en: "The k pairs with the highest score." },
      },
    ],
    equivalent:
      "networkx.resource_allocation_index, jaccard_coefficient, adamic_adar_index, preferential_attachment",
    reference: "Liben-Nowell & Kleinberg (2007); Zhou, Lü & Zhang (2009); Adamic & Adar (2003)",
  },
  {
    id: "link_suggestions",
    level: "network",
    title: { nl: "Ontbrekende verbindingen", en: "Missing links" },
    explanation: {
      nl: "Voorgestelde nieuwe samenwerkingen, standaard over de grens formeel / non-formeel-informeel heen, met hun redenen: gedeelde partners, gedeelde thema's en doelgroepen, een drempel die de ene signaleert en de andere al aanpakt, en nabijheid. Zie docs/suggestions.md voor de gewichten.",
      en: "Suggested new partnerships, by default across the formal / non-formal-informal line, with their reasons: shared partners, shared themes and target groups, a barrier one signals that the other already tackles, and proximity. See docs/suggestions.md for the weights.",
    },
    weight: "none",
    options: [
      {
        name: "across",
        type: "enum",
        default: SUGGEST_DEFAULTS.across,
        values: ["formal", "sector", "municipality", "none"],
        description: { nl: "Alleen paren over deze grens.", en: "Only pairs across this line." },
      },
      {
        name: "top",
        type: "integer",
        default: SUGGEST_DEFAULTS.top,
        description: { nl: "Aantal voorstellen.", en: "Number of suggestions." },
      },
    ],
    outputs: [
      {
        key: "suggestions",
        type: "object",
        description: {
          nl: "Paren met score, deelscores, redenen en zin.",
          en: "Pairs with score, components, reasons and sentence.",
        },
      },
    ],
    reference: "docs/metrics §3.3 proposal; Zhou, Lü & Zhang (2009) for resource allocation",
  },
  {
    id: "partner_departure",
    level: "node",
    title: { nl: "Als een partner wegvalt", en: "If a partner leaves" },
    explanation: {
      nl: "Wat het vertrek van elke organisatie kost: hoeveel organisaties afgesneden raken van het grootste deel van het netwerk, hoeveel meer paren elkaar niet meer bereiken (fragmentatie), welke drempels geen partner meer hebben en hoeveel banden tussen formeel en informeel leren verdwijnen.",
      en: "What each organisation's departure would cost: how many organisations would be cut off from the main part of the network, how many more pairs could no longer reach each other (fragmentation), which barriers would have no partner left and how many ties between formal and informal learning would go.",
    },
    weight: "none",
    options: [],
    outputs: [
      {
        key: "cut_off",
        type: "integer",
        description: { nl: "Afgesneden organisaties.", en: "Organisations cut off." },
      },
      {
        key: "fragmentation_rise",
        type: "number",
        description: { nl: "Stijging van de fragmentatie.", en: "Rise in fragmentation." },
      },
      {
        key: "barriers_orphaned",
        type: "string[]",
        description: { nl: "Drempels zonder partner.", en: "Barriers left without a partner." },
      },
      {
        key: "cross_line_ties",
        type: "integer",
        description: { nl: "Verloren banden formeel-informeel.", en: "Formal-informal ties lost." },
      },
    ],
    reference: "Borgatti (2006) Comput. Math. Organ. Theory 12; Hopcroft & Tarjan (1973)",
  },
];
