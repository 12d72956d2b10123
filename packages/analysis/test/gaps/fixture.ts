/** Small hand-made inventories for the gap, suggestion and resilience tests. */
import type {
  Barrier,
  BarrierCommitment,
  EcoGraph,
  EcoNetwork,
  Municipality,
  Offering,
  Relation,
} from "@ecolens/core";
import { MultiGraph } from "graphology";
import { inventoryNetwork, type OrgSpec, org } from "../helpers/records.ts";

export { barrier, commitment, type OrgSpec, offering, org } from "../helpers/records.ts";

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
  return inventoryNetwork(graph, {
    organisations,
    relations,
    offerings: spec.offerings,
    barriers: spec.barriers,
    commitments: spec.commitments,
    municipalities: spec.municipalities ?? WESTHOEK,
  });
}
