/** Small hand-made inventory rounds for the diff tests (graph and side tables built by hand). */
import {
  type Barrier,
  type EcoGraph,
  type EcoNetwork,
  MUNICIPALITIES,
  RELATION_TYPE_DIRECTED,
  type Relation,
  type RelationType,
} from "@ecolens/core";
import { MultiGraph } from "graphology";
import {
  barrier,
  commitment,
  inventoryNetwork,
  type OfferingSpec,
  type OrgSpec,
  offering,
  org,
} from "../helpers/records.ts";

export type { OrgSpec } from "../helpers/records.ts";
/** [source, target, type = joint_activity, level?, frequency?] */
export type TieSpec = [string, string, string?, number?, number?];

export interface RoundSpec {
  orgs: OrgSpec[];
  ties?: TieSpec[];
  barriers?: Array<Partial<Barrier> & { barrier_id: string }>;
  commitments?: Array<[string, string, string?]>;
  offerings?: OfferingSpec[];
}

export function round(spec: RoundSpec): EcoNetwork {
  const graph: EcoGraph = new MultiGraph({ type: "mixed" });
  const organisations = spec.orgs.map(org);
  for (const o of organisations) {
    const { org_id, name, extra: _e, ...rest } = o;
    graph.addNode(org_id, { ...rest, label: name });
  }
  const relations: Relation[] = (spec.ties ?? []).map(
    ([s, t, type = "joint_activity", level, frequency], i) => ({
      key: `r${i}`,
      source_id: s,
      target_id: t,
      relation_type: type,
      directed: RELATION_TYPE_DIRECTED[type as RelationType] ?? false,
      weight: level ?? 1,
      level,
      frequency,
      extra: {},
    }),
  );
  for (const r of relations) {
    const attrs = {
      relation_type: r.relation_type,
      weight: r.weight,
      directed: r.directed,
      ...(r.level === undefined ? {} : { level: r.level }),
      ...(r.frequency === undefined ? {} : { frequency: r.frequency }),
    };
    if (r.directed) graph.addDirectedEdgeWithKey(r.key, r.source_id, r.target_id, attrs);
    else graph.addUndirectedEdgeWithKey(r.key, r.source_id, r.target_id, attrs);
  }
  return inventoryNetwork(graph, {
    organisations,
    relations,
    offerings: (spec.offerings ?? []).map(offering),
    barriers: (spec.barriers ?? []).map((b) =>
      barrier({ barrier_type: "financial", target_group: "people_in_poverty", ...b }),
    ),
    commitments: (spec.commitments ?? []).map(([barrier_id, org_id, type]) =>
      commitment(barrier_id, org_id, type),
    ),
    municipalities: MUNICIPALITIES,
  });
}

export const IEPER = "33011";
export const POPERINGE = "33021";
export const VEURNE = "38025";
export const KORTESSEM_OLD = "73040";
export const HASSELT_NEW = "71072";
