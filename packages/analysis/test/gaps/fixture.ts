/** Small hand-made inventories for the gap, suggestion and resilience tests. */
import type {
  Barrier,
  BarrierCommitment,
  EcoGraph,
  EcoNetwork,
  Municipality,
  Offering,
  Organisation,
  Relation,
} from "@ecolens/core";
import { MultiGraph } from "graphology";

export type OrgSpec = Partial<Organisation> & { org_id: string };

export function org(spec: OrgSpec): Organisation {
  return { name: spec.org_id, themes: [], target_groups: [], resources: [], extra: {}, ...spec };
}
export function offering(spec: Partial<Offering> & { offering_id: string; org_id: string }): Offering {
  return {
    co_org_ids: [],
    themes: [],
    target_groups: [],
    accessibility: [],
    next_step_ids: [],
    extra: {},
    ...spec,
  };
}
export function barrier(
  spec: Partial<Barrier> & { barrier_id: string; barrier_type: string; target_group: string },
): Barrier {
  return { extra: {}, ...spec };
}
export function commitment(barrier_id: string, org_id: string, commitment_type?: string): BarrierCommitment {
  return { barrier_id, org_id, commitment_type, extra: {} };
}
export const WESTHOEK: Municipality[] = [
  {
    nis_code: "33011",
    name_nl: "Ieper",
    arrondissement: "Ieper",
    province: "West-Vlaanderen",
    region: "Westhoek",
    population: 34995,
  },
  {
    nis_code: "33021",
    name_nl: "Poperinge",
    arrondissement: "Ieper",
    province: "West-Vlaanderen",
    region: "Westhoek",
    population: 19717,
  },
  {
    nis_code: "33016",
    name_nl: "Mesen",
    arrondissement: "Ieper",
    province: "West-Vlaanderen",
    region: "Westhoek",
    population: 1047,
  },
  {
    nis_code: "71022",
    name_nl: "Hasselt",
    arrondissement: "Hasselt",
    province: "Limburg",
    region: "Limburg",
    population: 80000,
  },
];

export interface NetworkSpec {
  orgs: OrgSpec[];
  ties?: Array<[string, string] | [string, string, string]>;
  offerings?: Offering[];
  barriers?: Barrier[];
  commitments?: BarrierCommitment[];
  municipalities?: Municipality[];
}

export function makeNetwork(spec: NetworkSpec): EcoNetwork {
  const graph: EcoGraph = new MultiGraph({ type: "mixed" });
  const organisations = spec.orgs.map(org);
  for (const o of organisations) {
    const { org_id, name, extra, file, row, ...rest } = o;
    graph.addNode(org_id, { ...rest, label: name });
  }
  const relations: Relation[] = (spec.ties ?? []).map(([s, t, type], i) => ({
    key: `r${i}`,
    source_id: s,
    target_id: t,
    relation_type: type ?? "joint_activity",
    directed: false,
    weight: 1,
    extra: {},
  }));
  for (const r of relations)
    graph.addUndirectedEdgeWithKey(r.key, r.source_id, r.target_id, {
      relation_type: r.relation_type,
      weight: r.weight,
      directed: false,
    });
  return {
    graph,
    organisations,
    relations,
    offerings: spec.offerings ?? [],
    barriers: spec.barriers ?? [],
    commitments: spec.commitments ?? [],
    municipalities: spec.municipalities ?? WESTHOEK,
    report: { files: [], findings: [], errors: 0, warnings: 0 },
    source: { kind: "inventory", files: [] },
  };
}
