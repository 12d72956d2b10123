/** The generator's own in-memory inventory (canonical English codes; Dutch only when written). */
import type { OrgType } from "@ecolens/core";

export interface GenOrg {
  id: string;
  name: string;
  type: OrgType;
  legalForm: string;
  /** 10 digits, no dots; how it is written is decided by `kboStyle`. */
  kbo?: string;
  kboStyle?: "dotted" | "lost_zero";
  nis?: string;
  municipality?: string;
  postcode?: string;
  address?: string;
  lat?: number;
  lon?: number;
  scope: string;
  themes: string[];
  targetGroups: string[];
  ageMin?: number;
  ageMax?: number;
  staffFte?: number;
  volunteers?: number;
  members?: number;
  resources: string[];
  role?: string;
  joinedOn?: string;
  uitpas?: boolean;
  /** Region-wide provider rather than a local organisation. */
  regional: boolean;
  /** Generator bookkeeping, never written. */
  isolate?: boolean;
  core?: boolean;
  mainGovernment?: boolean;
  service?: "jeugd" | "sport" | "cultuur" | "sociaal";
  sport?: string;
}

export interface GenRelation {
  source: string;
  target: string;
  type: string;
  level: number;
  frequency: number;
  confirmed: boolean;
  reportedBy: string;
  theme?: string;
  barrierId?: string;
  startDate: string;
  notes?: string;
}

export interface GenOffering {
  id: string;
  orgId: string;
  coOrgIds: string[];
  title: string;
  learningContext: string;
  format: string;
  themes: string[];
  targetGroups: string[];
  ageMin?: number;
  ageMax?: number;
  nis?: string;
  municipality?: string;
  costEur: number;
  reducedTariff?: boolean;
  accessibility: string[];
  language: string;
  startDate?: string;
  endDate?: string;
  schedule?: string;
  capacity?: number;
  participants?: number;
  participantsTarget?: number;
  recognition: string;
  nextStepIds: string[];
  /** Template key, for pathway bookkeeping. */
  template: string;
}

export interface GenBarrier {
  id: string;
  type: string;
  targetGroup: string;
  nis?: string;
  municipality?: string;
  orgId?: string;
  offeringId?: string;
  description: string;
  severity: number;
  reportedBy: string;
  reportedOn: string;
  status: string;
}

export interface GenCommitment {
  barrierId: string;
  orgId: string;
  type: string;
  committedOn: string;
  status: string;
}

export interface Inventory {
  wave: string;
  asOf: string;
  source: string;
  orgs: GenOrg[];
  relations: GenRelation[];
  offerings: GenOffering[];
  barriers: GenBarrier[];
  commitments: GenCommitment[];
}

/** A relation's identity: (source, target, type), with undirected types stored in sorted order. */
export function relationKey(r: Pick<GenRelation, "source" | "target" | "type">, directed: boolean): string {
  const [a, b] = directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source];
  return `${a}\u0000${b}\u0000${r.type}`;
}
