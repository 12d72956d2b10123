/**
 * Report models for tests and benchmarks, built here (independent of the analysis package):
 * a seeded synthetic network with every section filled, optionally with hostile names.
 */
import { createRng, SECTORS } from "@ecolens/core";
import { MultiGraph } from "graphology";
import { computeLayout } from "../../src/layout/index.ts";
import type { ReportModel, ReportNode } from "../../src/model.ts";

export const HOSTILE_NAMES = [
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "Bib & Co \u2028 <!-- comment",
  "__proto__",
];

const MUNIS = ["33011", "33016", "33021", "33029", "33037", "33039", "33040", "33041"];
const MUNI_NAMES = [
  "Ieper",
  "Mesen",
  "Poperinge",
  "Wervik",
  "Zonnebeke",
  "Heuvelland",
  "Langemark-Poelkapelle",
  "Vleteren",
];
const THEMES = ["sport", "culture_arts", "reading_media", "technology_stem", "health_wellbeing"];
const GROUPS = ["children", "youth", "adults", "people_in_poverty", "non_native_newcomers"];
const RELS = ["information_sharing", "referral", "joint_activity", "formal_agreement"];
const BARRIERS = ["financial", "mobility", "digital", "language"];
const TYPES: Record<string, string> = {
  formal_education: "school_primary",
  non_formal: "library",
  informal_community: "sports_club",
  government: "local_government",
  care_welfare: "welfare_service",
  business: "employer_business",
  intermediary: "intermediary",
};

export interface SampleOptions {
  seed?: number;
  hostile?: boolean;
  /** Skip the layout (use rng positions): faster for big benchmark inputs is NOT wanted; default false. */
  randomPositions?: boolean;
}

export function sampleModel(n: number, options: SampleOptions = {}): ReportModel {
  const rng = createRng(options.seed ?? 7);
  const g = new MultiGraph();
  const nodes: ReportNode[] = [];
  for (let i = 0; i < n; i++) {
    const sector = SECTORS[Math.floor(rng() * SECTORS.length)];
    const hostile = options.hostile && i < HOSTILE_NAMES.length ? HOSTILE_NAMES[i] : undefined;
    const id =
      options.hostile && i < HOSTILE_NAMES.length ? HOSTILE_NAMES[i] : `org${String(i).padStart(5, "0")}`;
    nodes.push({
      id,
      label: hostile ?? `Organisatie ${i}`,
      sector,
      org_type: TYPES[sector],
      municipality: MUNIS[Math.floor(rng() * MUNIS.length)],
      themes: [THEMES[Math.floor(rng() * THEMES.length)]],
      target_groups: [GROUPS[Math.floor(rng() * GROUPS.length)]],
      attributes: options.hostile ? { note: "<b>bold?</b> & 'quotes'" } : undefined,
      x: 0,
      y: 0,
      metrics: {},
    });
    g.addNode(`k${i}`);
  }
  const edges: ReportModel["edges"] = [];
  const m = n < 2 ? 0 : Math.round(n * 2.5);
  for (let k = 0; k < m; k++) {
    const a = Math.floor(rng() * n);
    // Mostly local ties (nearby indices) so the layout shows structure.
    const b = rng() < 0.8 ? (a + 1 + Math.floor(rng() * 12)) % n : Math.floor(rng() * n);
    if (a === b) continue;
    const type = RELS[Math.floor(rng() * RELS.length)];
    edges.push({
      source: nodes[a].id,
      target: nodes[b].id,
      relation_type: type,
      weight: 1 + Math.floor(rng() * 3),
      directed: type === "referral",
    });
    g.addEdge(`k${a}`, `k${b}`, { weight: 1 });
  }
  const positions = computeLayout(g, { seed: 1 });
  const degree = new Map<string, number>();
  g.forEachNode((key) => degree.set(nodes[Number(key.slice(1))].id, g.neighbors(key).length));
  for (const [i, node] of nodes.entries()) {
    const p = positions.get(`k${i}`) ?? { x: 0, y: 0 };
    node.x = p.x;
    node.y = p.y;
    node.cluster = Math.floor(rng() * Math.min(6, Math.max(1, n)));
    const d = degree.get(node.id) ?? 0;
    node.metrics = { degree: d, betweenness: n > 2 ? (d * d * rng()) / (n * n) : 0 };
  }
  const sorted = [...nodes].sort((p, q) => (q.metrics.betweenness ?? 0) - (p.metrics.betweenness ?? 0));
  const vocab: ReportModel["vocab"] = {
    municipality: Object.fromEntries(
      MUNIS.map((code, i) => [code, { nl: MUNI_NAMES[i], en: MUNI_NAMES[i] }]),
    ),
    sector: {
      formal_education: { nl: "formeel onderwijs", en: "formal education" },
      non_formal: { nl: "niet-formeel leren", en: "non-formal learning" },
      informal_community: { nl: "informeel / verenigingen", en: "informal / clubs" },
      government: { nl: "overheid", en: "government" },
      care_welfare: { nl: "zorg en welzijn", en: "care and welfare" },
      business: { nl: "bedrijven", en: "business" },
      intermediary: { nl: "intermediair", en: "intermediary" },
    },
  };
  const barriers: NonNullable<ReportModel["barriers"]> = [];
  for (let i = 0; i < Math.min(40, n); i++)
    barriers.push({
      barrier_id: `b${i}`,
      barrier_type: BARRIERS[i % BARRIERS.length],
      target_group: GROUPS[i % GROUPS.length],
      municipality: MUNIS[i % MUNIS.length],
      description: options.hostile ? HOSTILE_NAMES[i % HOSTILE_NAMES.length] : `Drempel ${i}`,
      severity: 1 + (i % 3),
      committed: i % 3 === 0 ? 0 : 1,
    });
  const groups = ["formal_education", "non_formal", "informal_community"];
  return {
    meta: { name: options.hostile ? "<script>alert('name')</script>" : `Synthetic ${n}`, seed: 1 },
    vocab,
    nodes,
    edges,
    metrics: [
      {
        id: "degree",
        level: "node",
        title: { nl: "Aantal partners", en: "Partners" },
        explanation: {
          nl: "Met hoeveel organisaties deze organisatie samenwerkt.",
          en: "How many organisations it works with.",
        },
        sizeable: true,
      },
      {
        id: "betweenness",
        level: "node",
        title: { nl: "Brugfunctie", en: "Betweenness" },
        explanation: {
          nl: "Hoe vaak ze op de kortste weg tussen anderen ligt.",
          en: "How often it lies on the shortest path between others.",
        },
        sizeable: true,
      },
      {
        id: "density",
        level: "network",
        title: { nl: "Dichtheid", en: "Density" },
        explanation: {
          nl: "Het deel van alle mogelijke verbindingen dat bestaat.",
          en: "The share of all possible ties that exist.",
        },
      },
    ],
    figures: [
      {
        id: "density",
        title: { nl: "Dichtheid", en: "Density" },
        value: n > 1 ? (2 * edges.length) / (n * (n - 1)) : null,
      },
      { id: "components", title: { nl: "Losse delen", en: "Components" }, value: 2, format: "integer" },
      {
        id: "largest_component_share",
        title: { nl: "Grootste deel", en: "Largest part" },
        value: 0.97,
        format: "percent",
      },
    ],
    formalInformal: MUNIS.map((code, i) => ({
      municipality: code,
      orgs: 10 + i,
      withTie: i === 2 ? 0 : 3 + i,
    })),
    mixing: {
      groups,
      counts: [
        [12, 5, 3],
        [5, 20, 8],
        [3, 8, 15],
      ],
      ei: -0.42,
    },
    brokers: sorted
      .slice(0, 10)
      .map((node) => ({ id: node.id, score: node.metrics.betweenness ?? 0, metric: "betweenness" })),
    clusters: {
      modularity: 0.41,
      clusters: [0, 1, 2].map((c) => ({
        cluster: c,
        size: 10 - c,
        sectors: { formal_education: 3, non_formal: 4 - c, informal_community: 3 },
      })),
    },
    whiteSpots: [
      { municipality: MUNIS[0], theme: "sport", target_group: "people_in_poverty", offerings: 0 },
      { municipality: MUNIS[1], theme: "technology_stem", target_group: "children", offerings: 0 },
    ],
    offeringGrid: MUNIS.slice(0, 3).flatMap((muni, k) =>
      THEMES.flatMap((theme, i) =>
        GROUPS.map((group, j) => ({ municipality: muni, row: theme, column: group, value: (i + j + k) % 4 })),
      ),
    ),
    barriers,
    nodeBarriers: nodes.slice(0, Math.min(n, 6)).map((node, i) => ({
      org_id: node.id,
      barrier_id: `b${i}`,
      role: i % 2 === 0 ? "signals" : "works_on",
      barrier_type: BARRIERS[i % BARRIERS.length],
      target_group: GROUPS[i % GROUPS.length],
    })),
    suggestions:
      n >= 4
        ? [
            {
              source: nodes[0].id,
              target: nodes[Math.floor(n / 2)].id,
              score: 0.8,
              reason: {
                nl: "Ze delen 3 partners en de doelgroep <kinderen>.",
                en: "They share 3 partners and the target group <children>.",
              },
            },
            {
              source: nodes[1].id,
              target: nodes[n - 1].id,
              score: 0.5,
              reason: { nl: "Zelfde thema, andere sector.", en: "Same theme, other sector." },
            },
          ]
        : [],
    critical:
      n >= 3
        ? [
            {
              id: sorted[0].id,
              cutOff: 3,
              reason: { nl: "Enige verbinding naar 3 clubs.", en: "Only link to 3 clubs." },
            },
          ]
        : [],
    dataQuality: {
      files: [{ file: "organisaties.csv", kind: "organisations", dataRows: n, imported: n, rejected: 0 }],
      errors: 0,
      warnings: 1,
      findings: [
        {
          severity: "warning",
          code: "UNKNOWN_VOCABULARY",
          file: "organisaties.csv",
          row: 3,
          column: "type",
          value: options.hostile ? "<img src=x onerror=alert(2)>" : "bibliotheekje",
          message: { nl: "Onbekend type.", en: "Unknown type." },
        },
      ],
      totalFindings: 1,
    },
  };
}
