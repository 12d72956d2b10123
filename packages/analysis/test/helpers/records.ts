/**
 * Hand-made inventory records for tests: each builder fills the fields an importer always sets
 * (empty lists, `extra: {}`) so a test writes only what it is about; inventoryNetwork wraps a
 * graph and its side tables as an EcoNetwork read from an inventory without findings.
 */
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

export type OrgSpec = Partial<Organisation> & { org_id: string };
export type OfferingSpec = Partial<Offering> & { offering_id: string; org_id: string };
export type BarrierSpec = Partial<Barrier> & {
  barrier_id: string;
  barrier_type: string;
  target_group: string;
};

export function org(spec: OrgSpec): Organisation {
  return { name: spec.org_id, themes: [], target_groups: [], resources: [], extra: {}, ...spec };
}

export function offering(spec: OfferingSpec): Offering {
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

export function barrier(spec: BarrierSpec): Barrier {
  return { extra: {}, ...spec };
}

export function commitment(barrier_id: string, org_id: string, commitment_type?: string): BarrierCommitment {
  return { barrier_id, org_id, commitment_type, extra: {} };
}

export interface InventoryTables {
  organisations: Organisation[];
  relations: Relation[];
  municipalities: Municipality[];
  offerings?: Offering[];
  barriers?: Barrier[];
  commitments?: BarrierCommitment[];
}

export function inventoryNetwork(graph: EcoGraph, tables: InventoryTables): EcoNetwork {
  return {
    graph,
    organisations: tables.organisations,
    relations: tables.relations,
    offerings: tables.offerings ?? [],
    barriers: tables.barriers ?? [],
    commitments: tables.commitments ?? [],
    municipalities: tables.municipalities,
    report: { files: [], findings: [], errors: 0, warnings: 0 },
    source: { kind: "inventory", files: [] },
  };
}
