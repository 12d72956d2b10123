/**
 * Data shapes of learning routes (docs/learning-paths.md): a learner's passion, the steps of a
 * route through offerings and their providers, barrier checks, chain breaks and the ecosystem-wide
 * pathway coverage. All plain JSON.
 */
import type { Text } from "@ecolens/core";

export interface Learner {
  /** Theme code (or nl/en label) of the passion, e.g. `nature_environment`. */
  theme: string;
  /** Target group code, e.g. `youth`, `people_in_poverty`. */
  group?: string;
  age?: number;
  /** Municipality name or NIS code where the learner lives. */
  municipality?: string;
  /** Barrier type codes, e.g. `financial`, `mobility`. */
  barriers?: string[];
  /** Where the route should lead; absent = as far as the chain goes. */
  to?: "formal" | "non_formal";
}

export interface RouteOptions {
  /** Routes to return (default 5). */
  top?: number;
  /** Longest route in steps, the start included (default 4). */
  maxSteps?: number;
}

/** How a step is reached from the previous one. */
export type LinkKind =
  /** The start: chosen for the passion, not reached from anything. */
  | "start"
  /** The inventory's `next_step_ids` names this offering. */
  | "next_step"
  /** The inventory's `next_step_ids` names this offering's provider (organisation). */
  | "next_step_org"
  /** A referral / pathway / joint-activity tie between the two providers. */
  | "relation"
  /** The same provider's offering on the same theme one level up. */
  | "same_provider";

export interface StepLink {
  from: string;
  to: string;
  kind: LinkKind;
  /** For `relation`: the relation type and the providers it joins. */
  relation_type?: string;
  from_org?: string;
  to_org?: string;
  /** A pathway (doorstroom) tie exists between the two providers. */
  pathway_tie: boolean;
}

export type Proximity = "own" | "neighbour" | "further" | "unknown";

export type CheckStatus = "ok" | "blocked" | "not_lowered" | "unknown";

export interface BarrierCheck {
  barrier_type: string;
  status: CheckStatus;
  /** Short code: what lowers it (`reduced_tariff`, `free`, `wheelchair`, `own_municipality`...) or what is missing. */
  reason: string;
  /** Organisations committed to barriers of this type (for this group and place), sorted. */
  partners: string[];
  partner_names: string[];
}

export interface RouteStep {
  offering_id: string;
  title?: string;
  org_id: string;
  org_name: string;
  learning_context: string;
  recognition: string;
  themes: string[];
  nis_code?: string;
  place?: string;
  proximity: Proximity;
  distance_km?: number;
  cost_eur?: number;
  reduced_tariff: boolean;
  /** `later`: the learner is younger than this step's lowest age (a step for later). */
  audience: "fits" | "later";
  link: StepLink;
  checks: BarrierCheck[];
  blocked: boolean;
}

export interface Route {
  rank: number;
  steps: RouteStep[];
  blocked_steps: number;
  /** Highest recognition on the route (`none` if none). */
  recognition: string;
  reaches_formal: boolean;
  total_km?: number;
  story: Text;
}

export type BreakKind =
  | "no_start"
  | "no_start_nearby"
  | "no_onward_step"
  | "no_destination"
  | "all_blocked"
  | "unknown_next_step";

export interface ChainBreak {
  kind: BreakKind;
  /** Offerings where the chain stops (starts without onward step, blocked steps...). */
  offerings: string[];
  /** Organisations that could mend it: providers on both sides, brokers tied to both, barrier partners. */
  menders: string[];
  mender_names: string[];
  sentence: Text;
}

export interface RouteResult {
  learner: {
    theme: string;
    group?: string;
    age?: number;
    nis_code?: string;
    municipality?: string;
    barriers: string[];
    to?: "formal" | "non_formal";
  };
  starts: number;
  /** Routes found before ranking (bounded by the search limit). */
  routes_found: number;
  truncated: boolean;
  routes: Route[];
  breaks: ChainBreak[];
  summary: Text;
}
