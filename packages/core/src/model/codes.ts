/**
 * Canonical codes of the inventory vocabularies (English snake_case, see docs/inventory-format.md)
 * and the facts derived from them. Labels in nl/en and synonyms live in ../vocab/.
 */

export const ORG_TYPES = [
  "local_government",
  "supra_local_government",
  "library",
  "museum_heritage",
  "cultural_centre",
  "arts_academy",
  "youth_centre",
  "youth_movement",
  "youth_work_other",
  "sports_club",
  "nature_club",
  "technology_club",
  "sociocultural",
  "amateur_arts",
  "care_institution",
  "welfare_service",
  "poverty_organisation",
  "school_primary",
  "school_secondary",
  "adult_education_centre",
  "basic_education_centre",
  "higher_education",
  "training_provider",
  "employer_business",
  "social_economy",
  "volunteering_org",
  "intermediary",
  "other",
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const SECTORS = [
  "formal_education",
  "non_formal",
  "informal_community",
  "government",
  "care_welfare",
  "business",
  "intermediary",
] as const;
export type Sector = (typeof SECTORS)[number];

export const LEARNING_CONTEXTS = ["formal", "non_formal", "informal", "mixed"] as const;
export type LearningContext = (typeof LEARNING_CONTEXTS)[number];

/** Default sector and learning context of each organisation type (inventory-format §4.6 A). */
export const ORG_TYPE_DEFAULTS: Record<OrgType, { sector?: Sector; learningContext?: LearningContext }> = {
  local_government: { sector: "government" },
  supra_local_government: { sector: "government" },
  library: { sector: "non_formal", learningContext: "non_formal" },
  museum_heritage: { sector: "non_formal", learningContext: "non_formal" },
  cultural_centre: { sector: "non_formal", learningContext: "non_formal" },
  arts_academy: { sector: "formal_education", learningContext: "formal" },
  youth_centre: { sector: "informal_community", learningContext: "informal" },
  youth_movement: { sector: "informal_community", learningContext: "non_formal" },
  youth_work_other: { sector: "informal_community", learningContext: "non_formal" },
  sports_club: { sector: "informal_community", learningContext: "non_formal" },
  nature_club: { sector: "informal_community", learningContext: "non_formal" },
  technology_club: { sector: "informal_community", learningContext: "non_formal" },
  sociocultural: { sector: "non_formal", learningContext: "non_formal" },
  amateur_arts: { sector: "informal_community", learningContext: "non_formal" },
  care_institution: { sector: "care_welfare", learningContext: "informal" },
  welfare_service: { sector: "care_welfare", learningContext: "non_formal" },
  poverty_organisation: { sector: "care_welfare", learningContext: "non_formal" },
  school_primary: { sector: "formal_education", learningContext: "formal" },
  school_secondary: { sector: "formal_education", learningContext: "formal" },
  adult_education_centre: { sector: "formal_education", learningContext: "formal" },
  basic_education_centre: { sector: "formal_education", learningContext: "formal" },
  higher_education: { sector: "formal_education", learningContext: "formal" },
  training_provider: { sector: "formal_education", learningContext: "formal" },
  employer_business: { sector: "business", learningContext: "informal" },
  social_economy: { sector: "business", learningContext: "non_formal" },
  volunteering_org: { sector: "informal_community", learningContext: "informal" },
  intermediary: { sector: "intermediary" },
  other: {},
};

/**
 * The default sector and learning context of an organisation type; none for an unknown or
 * `other:` type (ids such as `constructor` are ordinary strings here, hence Object.hasOwn).
 */
export function orgTypeDefaults(orgType: string | null | undefined): {
  sector?: Sector;
  learningContext?: LearningContext;
} {
  return orgType && Object.hasOwn(ORG_TYPE_DEFAULTS, orgType) ? ORG_TYPE_DEFAULTS[orgType as OrgType] : {};
}

/**
 * The two-way split used for "does the ecosystem bridge school and leisure?" (§4.6 B):
 * formal = formal_education; non_formal_informal = non_formal, informal_community, care_welfare,
 * business. Government and intermediaries stand outside the split (null).
 */
export type FormalSide = "formal" | "non_formal_informal";
export function formalSideOfSector(sector: string | undefined): FormalSide | null {
  if (sector === "formal_education") return "formal";
  if (
    sector === "non_formal" ||
    sector === "informal_community" ||
    sector === "care_welfare" ||
    sector === "business"
  )
    return "non_formal_informal";
  return null;
}

export const THEMES = [
  "sport",
  "culture_arts",
  "heritage",
  "nature_environment",
  "technology_stem",
  "digital_skills",
  "language_literacy",
  "reading_media",
  "health_wellbeing",
  "care",
  "volunteering_citizenship",
  "work_entrepreneurship",
  "youth_play",
  "food_household",
  "other",
] as const;
export type Theme = (typeof THEMES)[number];

export const AGE_TARGET_GROUPS = [
  "children",
  "youth",
  "adults",
  "seniors",
  "families",
  "general_public",
] as const;
export const PRIORITY_TARGET_GROUPS = [
  "low_qualified",
  "non_native_newcomers",
  "people_in_poverty",
  "people_with_disabilities",
  "neet_youth",
  "jobseekers",
  "low_digital_skills",
] as const;
export const TARGET_GROUPS = [...AGE_TARGET_GROUPS, ...PRIORITY_TARGET_GROUPS] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export function isPriorityTargetGroup(code: string): boolean {
  return (PRIORITY_TARGET_GROUPS as readonly string[]).includes(code);
}

export const RELATION_TYPES = [
  "information_sharing",
  "referral",
  "joint_activity",
  "shared_resources",
  "funding",
  "staff_volunteer_exchange",
  "formal_agreement",
  "governance",
  "pathway",
  "barrier_cooperation",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
/** Whether a relation type is directed by default (§4.6 E); a `directed` column overrides it. */
export const RELATION_TYPE_DIRECTED: Record<RelationType, boolean> = {
  information_sharing: false,
  referral: true,
  joint_activity: false,
  shared_resources: true,
  funding: true,
  staff_volunteer_exchange: false,
  formal_agreement: false,
  governance: false,
  pathway: true,
  barrier_cooperation: false,
};
/** Relation type given to ties read from researchers' formats, which carry no type. */
export const GENERIC_RELATION_TYPE = "tie";

export const RELATION_LEVELS = ["awareness", "cooperative", "coordinated", "integrated"] as const; // 1..4
export const FREQUENCIES = ["yearly", "quarterly", "monthly", "weekly", "daily"] as const; // 1..5

export const BARRIER_TYPES = [
  "financial",
  "material",
  "practical_time",
  "mobility",
  "digital",
  "information",
  "institutional_rules",
  "physical_accessibility",
  "language",
  "social",
  "mental_psychological",
] as const;
export type BarrierType = (typeof BARRIER_TYPES)[number];
export type BarrierGroup = "situational" | "institutional" | "dispositional";
export const BARRIER_GROUP_OF: Record<BarrierType, BarrierGroup> = {
  financial: "situational",
  material: "situational",
  practical_time: "situational",
  mobility: "situational",
  digital: "situational",
  information: "institutional",
  institutional_rules: "institutional",
  physical_accessibility: "institutional",
  language: "institutional",
  social: "dispositional",
  mental_psychological: "dispositional",
};
export const BARRIER_STATUSES = ["signalled", "in_progress", "resolved", "parked"] as const;
export const COMMITMENT_TYPES = [
  "funding",
  "staff",
  "space",
  "transport",
  "adapted_offer",
  "outreach",
  "information",
  "advocacy",
] as const;

export const LEGAL_FORMS = [
  "vzw",
  "feitelijke_vereniging",
  "lokaal_bestuur",
  "ocmw",
  "agb",
  "intergemeentelijk",
  "provincie",
  "vlaamse_overheid",
  "onderwijsinstelling",
  "bedrijf",
  "cooperatie",
  "andere",
] as const;
export const SCOPES = ["neighbourhood", "local", "supra_local", "regional", "provincial", "flemish"] as const;
export const RESOURCES = [
  "funding",
  "in_kind_space",
  "paid_staff",
  "volunteers",
  "data",
  "information",
  "expertise_content",
  "expertise_other",
  "community_connections",
  "fiscal_management",
  "facilitation_leadership",
  "advocacy",
  "it_web",
  "transport",
  "materials",
] as const;
export const PARTNERSHIP_ROLES = ["promoter", "partner", "co_financer", "stakeholder", "none"] as const;
export const OFFERING_FORMATS = [
  "activity",
  "course",
  "workshop",
  "club_membership",
  "volunteering",
  "internship",
  "event",
  "project",
  "coaching",
  "open_house",
  "online",
] as const;
export const ACCESSIBILITY = [
  "wheelchair",
  "low_stimulus",
  "easy_language",
  "multilingual",
  "childcare",
  "public_transport",
  "transport_provided",
] as const;
export const LANGUAGES = ["nl", "nl_easy", "fr", "en", "multi"] as const;
export const RECOGNITIONS = [
  "none",
  "attendance_certificate",
  "open_badge",
  "evc",
  "partial_certificate",
  "diploma",
] as const;

/** A value outside a vocabulary is kept as `other:<raw>` (with a warning on import). */
export function otherCode(raw: string): string {
  return `other:${raw}`;
}
