/**
 * A small hand-made ecosystem around Ieper for the learning-route tests. Places: Ieper 33011,
 * Zonnebeke 33037 (borders Ieper), Veurne 38025 (does not). Ties carry their real direction.
 */
import type { Barrier, BarrierCommitment, EcoGraph, EcoNetwork, Offering, Organisation } from "@ecolens/core";
import { MultiGraph } from "graphology";
import { barrier, commitment, inventoryNetwork, offering, org } from "../helpers/records.ts";

export { barrier, commitment, offering, org } from "../helpers/records.ts";

/** [source, target, relation type, directed] */
export type Tie = [string, string, string, boolean];

export function makeNetwork(spec: {
  orgs: Organisation[];
  ties?: Tie[];
  offerings?: Offering[];
  barriers?: Barrier[];
  commitments?: BarrierCommitment[];
}): EcoNetwork {
  const graph: EcoGraph = new MultiGraph({ type: "mixed" });
  for (const o of spec.orgs)
    graph.addNode(o.org_id, { label: o.name, org_type: o.org_type, nis_code: o.nis_code });
  const ties = spec.ties ?? [];
  ties.forEach(([s, t, type, directed], i) => {
    const attrs = { relation_type: type, weight: 1, directed };
    if (directed) graph.addDirectedEdgeWithKey(`r${i}`, s, t, attrs);
    else graph.addUndirectedEdgeWithKey(`r${i}`, s, t, attrs);
  });
  return inventoryNetwork(graph, {
    organisations: spec.orgs,
    relations: ties.map(([s, t, type, directed], i) => ({
      key: `r${i}`,
      source_id: s,
      target_id: t,
      relation_type: type,
      directed,
      weight: 1,
      extra: {},
    })),
    offerings: spec.offerings,
    barriers: spec.barriers,
    commitments: spec.commitments,
    municipalities: [
      {
        nis_code: "33011",
        name_nl: "Ieper",
        arrondissement: "Ieper",
        province: "West-Vlaanderen",
        region: "Westhoek",
      },
      {
        nis_code: "33037",
        name_nl: "Zonnebeke",
        arrondissement: "Ieper",
        province: "West-Vlaanderen",
        region: "Westhoek",
      },
      {
        nis_code: "38025",
        name_nl: "Veurne",
        arrondissement: "Veurne",
        province: "West-Vlaanderen",
        region: "Westhoek",
      },
    ],
  });
}

export const ORGS = [
  org({ org_id: "np", name: "Natuurpunt Ieper", org_type: "nature_club", nis_code: "33011" }),
  org({ org_id: "cvo", name: "CVO MIRAS", org_type: "adult_education_centre", nis_code: "33011" }),
  org({ org_id: "jnm", name: "JNM Zonnebeke", org_type: "nature_club", nis_code: "33037" }),
  org({ org_id: "vives", name: "VIVES Veurne", org_type: "higher_education", nis_code: "38025" }),
  org({ org_id: "ocmw", name: "OCMW Ieper", org_type: "local_government", nis_code: "33011" }),
  org({ org_id: "bib", name: "Bibliotheek Ieper", org_type: "library", nis_code: "33011" }),
];

/** Natuurpunt's youth club names the CVO course as its next step; JNM refers to VIVES. */
export const OFFERINGS = {
  np: offering({
    offering_id: "o-np",
    org_id: "np",
    title: "Jeugdnatuurclub",
    learning_context: "non_formal",
    themes: ["nature_environment"],
    target_groups: ["youth"],
    age_min: 12,
    age_max: 18,
    nis_code: "33011",
    cost_eur: 0,
    language: "nl",
    next_step_ids: ["o-cvo"],
  }),
  cvo: offering({
    offering_id: "o-cvo",
    org_id: "cvo",
    title: "Natuurgids",
    learning_context: "formal",
    themes: ["nature_environment"],
    target_groups: ["adults"],
    nis_code: "33011",
    cost_eur: 45,
    reduced_tariff: false,
    accessibility: ["wheelchair"],
    language: "nl_easy",
    recognition: "partial_certificate",
  }),
  jnm: offering({
    offering_id: "o-jnm",
    org_id: "jnm",
    title: "Natuurwandelingen",
    learning_context: "non_formal",
    themes: ["nature_environment"],
    target_groups: ["youth"],
    nis_code: "33037",
    cost_eur: 5,
    reduced_tariff: true,
    language: "nl",
  }),
  vives: offering({
    offering_id: "o-vives",
    org_id: "vives",
    title: "Bachelor natuurbeheer",
    learning_context: "formal",
    themes: ["nature_environment"],
    target_groups: ["youth", "adults"],
    nis_code: "38025",
    cost_eur: 0,
    language: "nl",
    recognition: "diploma",
  }),
};

export const BASE_TIES: Tie[] = [
  ["jnm", "vives", "referral", true],
  ["bib", "np", "information_sharing", false],
];

/** b1: financial barrier of young people across the region, with two partners (OCMW, library);
 * b2: for seniors (other group); b3: in Veurne only; b4: financial, youth, Ieper, no partner. */
export const BARRIERS = [
  barrier({ barrier_id: "b1", barrier_type: "financial", target_group: "youth", status: "in_progress" }),
  barrier({ barrier_id: "b2", barrier_type: "financial", target_group: "seniors", nis_code: "33011" }),
  barrier({ barrier_id: "b3", barrier_type: "financial", target_group: "youth", nis_code: "38025" }),
  barrier({
    barrier_id: "b4",
    barrier_type: "financial",
    target_group: "youth",
    nis_code: "33011",
    status: "signalled",
  }),
];
export const COMMITMENTS = [
  commitment("b1", "ocmw"),
  commitment("b1", "bib"),
  commitment("b2", "cvo"),
  commitment("b3", "vives"),
];

export function baseNetwork(overrides: { offerings?: Offering[]; ties?: Tie[] } = {}): EcoNetwork {
  return makeNetwork({
    orgs: ORGS,
    ties: overrides.ties ?? BASE_TIES,
    offerings: overrides.offerings ?? Object.values(OFFERINGS),
    barriers: BARRIERS,
    commitments: COMMITMENTS,
  });
}
