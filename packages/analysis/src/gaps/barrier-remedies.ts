/**
 * Which offers, commitments and partner resources lower which barrier type. This is our own
 * domain mapping (documented in docs/gaps.md), built on the inventory vocabularies
 * (inventory-format §4.3-4.4, §4.6 F); the barrier groups follow Cross (1981).
 */
import type { BarrierType, Offering } from "@ecolens/core";

export interface Remedy {
  /** Offer features that lower the barrier; each returns a short code for "why" or null. */
  offering: (offering: Offering, targetGroup: string) => string | null;
  /** Commitment types that address it (barrier_commitments.commitment_type). */
  commitments: readonly string[];
  /** Partner resources (organisations.resources) that can help lower it. */
  resources: readonly string[];
}

const has = (o: Offering, code: string) => o.accessibility.includes(code);
const firstOf = (o: Offering, codes: readonly string[]) => codes.find((c) => has(o, c)) ?? null;

export const BARRIER_REMEDIES: Record<BarrierType, Remedy> = {
  financial: {
    offering: (o) => (o.reduced_tariff ? "reduced_tariff" : o.cost_eur === 0 ? "free" : null),
    commitments: ["funding"],
    resources: ["funding", "fiscal_management"],
  },
  material: {
    offering: (o) => (o.cost_eur === 0 ? "free" : null),
    commitments: ["funding", "space"],
    resources: ["materials", "in_kind_space"],
  },
  practical_time: {
    offering: (o) => firstOf(o, ["childcare"]),
    commitments: ["staff", "adapted_offer"],
    resources: ["volunteers", "in_kind_space"],
  },
  mobility: {
    offering: (o) => firstOf(o, ["transport_provided", "public_transport"]),
    commitments: ["transport"],
    resources: ["transport"],
  },
  digital: {
    offering: (o) => (o.themes.includes("digital_skills") ? "digital_skills_offer" : null),
    commitments: ["staff", "adapted_offer"],
    resources: ["it_web"],
  },
  information: {
    offering: (o) => firstOf(o, ["easy_language"]),
    commitments: ["information", "outreach"],
    resources: ["information", "community_connections"],
  },
  institutional_rules: {
    offering: (o) => (o.recognition === "evc" ? "recognition_prior_learning" : null),
    commitments: ["advocacy", "adapted_offer"],
    resources: ["advocacy"],
  },
  physical_accessibility: {
    offering: (o) => firstOf(o, ["wheelchair"]),
    commitments: ["space", "adapted_offer"],
    resources: ["in_kind_space"],
  },
  language: {
    offering: (o) =>
      firstOf(o, ["easy_language", "multilingual"]) ??
      (o.language === "nl_easy" ? "easy_language" : o.language === "multi" ? "multilingual" : null),
    commitments: ["adapted_offer", "staff"],
    resources: ["expertise_content", "volunteers"],
  },
  social: {
    // An offer made for this group (not "for everyone") is what lowers "not feeling welcome".
    offering: (o, group) => (o.target_groups.includes(group) ? "dedicated_offer" : null),
    commitments: ["outreach", "adapted_offer"],
    resources: ["community_connections", "volunteers"],
  },
  mental_psychological: {
    offering: (o) => firstOf(o, ["low_stimulus"]),
    commitments: ["outreach", "staff"],
    resources: ["expertise_other", "paid_staff"],
  },
};

export function remedyOf(barrierType: string): Remedy | undefined {
  return Object.hasOwn(BARRIER_REMEDIES, barrierType)
    ? BARRIER_REMEDIES[barrierType as BarrierType]
    : undefined;
}
