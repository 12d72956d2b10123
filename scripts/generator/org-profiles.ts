/**
 * Per organisation type: legal forms, themes, target groups, ages and sizes used by the example
 * generator. Plausible values, not statistics; see data/README.md.
 */
import type { OrgType } from "@ecolens/core";

export interface OrgProfile {
  legal: [string, number][];
  /** The first theme is always taken, one more sometimes. */
  themes: string[];
  targets: string[];
  age?: [number, number];
  scope: string;
  members?: [number, number];
  volunteers?: [number, number];
  fte?: [number, number];
  resources: string[];
  /** Probability of being an UiTPAS partner when the municipality takes part (undefined: not asked). */
  uitpas?: number;
}

const CLUB_RESOURCES = ["volunteers", "in_kind_space", "community_connections"];

export const PROFILES: Record<OrgType, OrgProfile> = {
  local_government: {
    legal: [["lokaal_bestuur", 1]],
    themes: ["volunteering_citizenship", "youth_play"],
    targets: ["general_public"],
    scope: "local",
    fte: [40, 400],
    resources: ["funding", "in_kind_space", "paid_staff", "facilitation_leadership", "information"],
  },
  supra_local_government: {
    legal: [["intergemeentelijk", 1]],
    themes: ["work_entrepreneurship", "volunteering_citizenship"],
    targets: ["general_public"],
    scope: "regional",
    fte: [5, 40],
    resources: ["funding", "facilitation_leadership", "data", "advocacy"],
  },
  library: {
    legal: [["lokaal_bestuur", 1]],
    themes: ["reading_media", "digital_skills", "language_literacy"],
    targets: ["general_public", "children", "seniors", "low_digital_skills"],
    scope: "local",
    fte: [1.5, 14],
    volunteers: [2, 25],
    resources: ["in_kind_space", "information", "it_web", "expertise_content"],
    uitpas: 0.9,
  },
  museum_heritage: {
    legal: [
      ["lokaal_bestuur", 2],
      ["vzw", 2],
      ["feitelijke_vereniging", 1],
    ],
    themes: ["heritage", "culture_arts"],
    targets: ["general_public", "children", "seniors"],
    scope: "local",
    fte: [0, 12],
    volunteers: [5, 40],
    resources: ["expertise_content", "in_kind_space", "volunteers"],
    uitpas: 0.6,
  },
  cultural_centre: {
    legal: [
      ["lokaal_bestuur", 3],
      ["agb", 1],
    ],
    themes: ["culture_arts", "volunteering_citizenship"],
    targets: ["general_public", "families", "children"],
    scope: "supra_local",
    fte: [2, 18],
    volunteers: [10, 60],
    resources: ["in_kind_space", "paid_staff", "materials"],
    uitpas: 0.9,
  },
  arts_academy: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["culture_arts"],
    targets: ["children", "youth", "adults"],
    age: [6, 99],
    scope: "supra_local",
    fte: [8, 40],
    resources: ["expertise_content", "in_kind_space", "paid_staff"],
    uitpas: 0.3,
  },
  youth_centre: {
    legal: [
      ["vzw", 3],
      ["feitelijke_vereniging", 1],
    ],
    themes: ["youth_play", "culture_arts", "volunteering_citizenship"],
    targets: ["youth", "neet_youth"],
    age: [14, 30],
    scope: "local",
    volunteers: [8, 40],
    members: [40, 300],
    resources: ["in_kind_space", "volunteers", "community_connections"],
    uitpas: 0.4,
  },
  youth_movement: {
    legal: [
      ["feitelijke_vereniging", 7],
      ["vzw", 3],
    ],
    themes: ["youth_play", "nature_environment", "volunteering_citizenship"],
    targets: ["children", "youth"],
    age: [6, 18],
    scope: "local",
    volunteers: [8, 45],
    members: [30, 220],
    resources: CLUB_RESOURCES,
    uitpas: 0.5,
  },
  youth_work_other: {
    legal: [
      ["lokaal_bestuur", 2],
      ["vzw", 1],
    ],
    themes: ["youth_play", "sport"],
    targets: ["children", "youth", "families"],
    age: [4, 15],
    scope: "local",
    volunteers: [10, 60],
    resources: ["volunteers", "in_kind_space"],
    uitpas: 0.6,
  },
  sports_club: {
    legal: [
      ["vzw", 11],
      ["feitelijke_vereniging", 9],
    ],
    themes: ["sport", "health_wellbeing"],
    targets: ["children", "youth", "adults"],
    scope: "local",
    volunteers: [4, 60],
    members: [25, 450],
    resources: CLUB_RESOURCES,
    uitpas: 0.45,
  },
  nature_club: {
    legal: [
      ["feitelijke_vereniging", 3],
      ["vzw", 1],
    ],
    themes: ["nature_environment", "volunteering_citizenship"],
    targets: ["general_public", "children", "families"],
    scope: "local",
    volunteers: [5, 40],
    members: [30, 600],
    resources: ["volunteers", "expertise_content", "community_connections"],
    uitpas: 0.2,
  },
  technology_club: {
    legal: [
      ["feitelijke_vereniging", 2],
      ["vzw", 1],
    ],
    themes: ["technology_stem", "digital_skills"],
    targets: ["children", "youth", "adults"],
    age: [7, 99],
    scope: "local",
    volunteers: [3, 20],
    resources: ["volunteers", "expertise_content", "materials"],
    uitpas: 0.2,
  },
  sociocultural: {
    legal: [
      ["feitelijke_vereniging", 4],
      ["vzw", 1],
    ],
    themes: ["volunteering_citizenship", "culture_arts", "food_household", "health_wellbeing"],
    targets: ["adults", "seniors", "families"],
    scope: "local",
    volunteers: [4, 30],
    members: [30, 400],
    resources: ["volunteers", "community_connections"],
    uitpas: 0.2,
  },
  amateur_arts: {
    legal: [
      ["feitelijke_vereniging", 3],
      ["vzw", 2],
    ],
    themes: ["culture_arts"],
    targets: ["general_public", "youth", "adults"],
    scope: "local",
    volunteers: [3, 25],
    members: [15, 120],
    resources: ["volunteers", "materials"],
    uitpas: 0.3,
  },
  care_institution: {
    legal: [
      ["vzw", 3],
      ["ocmw", 1],
    ],
    themes: ["care", "health_wellbeing"],
    targets: ["seniors", "people_with_disabilities"],
    scope: "supra_local",
    fte: [20, 250],
    volunteers: [5, 60],
    resources: ["paid_staff", "in_kind_space", "expertise_other"],
  },
  welfare_service: {
    legal: [
      ["vzw", 2],
      ["lokaal_bestuur", 2],
    ],
    themes: ["health_wellbeing", "care"],
    targets: ["families", "people_in_poverty", "seniors"],
    scope: "local",
    fte: [1, 15],
    volunteers: [2, 30],
    resources: ["paid_staff", "expertise_other", "community_connections"],
  },
  poverty_organisation: {
    legal: [
      ["vzw", 3],
      ["feitelijke_vereniging", 1],
    ],
    themes: ["volunteering_citizenship", "health_wellbeing"],
    targets: ["people_in_poverty", "families"],
    scope: "local",
    fte: [0, 3],
    volunteers: [5, 25],
    resources: ["community_connections", "volunteers", "advocacy"],
  },
  school_primary: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["language_literacy", "youth_play"],
    targets: ["children", "families"],
    age: [2, 12],
    scope: "neighbourhood",
    fte: [8, 40],
    resources: ["in_kind_space", "paid_staff"],
  },
  school_secondary: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["technology_stem", "work_entrepreneurship", "language_literacy"],
    targets: ["youth"],
    age: [12, 18],
    scope: "supra_local",
    fte: [40, 160],
    resources: ["in_kind_space", "paid_staff", "expertise_content"],
  },
  adult_education_centre: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["language_literacy", "work_entrepreneurship", "care", "digital_skills"],
    targets: ["adults", "non_native_newcomers", "jobseekers"],
    age: [18, 99],
    scope: "regional",
    fte: [60, 180],
    resources: ["expertise_content", "paid_staff", "in_kind_space"],
  },
  basic_education_centre: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["language_literacy", "digital_skills"],
    targets: ["low_qualified", "non_native_newcomers", "low_digital_skills"],
    age: [18, 99],
    scope: "regional",
    fte: [15, 40],
    resources: ["expertise_content", "paid_staff"],
  },
  higher_education: {
    legal: [["onderwijsinstelling", 1]],
    themes: ["work_entrepreneurship", "technology_stem", "care"],
    targets: ["youth", "adults"],
    age: [18, 99],
    scope: "provincial",
    fte: [80, 300],
    resources: ["expertise_content", "data", "paid_staff"],
  },
  training_provider: {
    legal: [["vlaamse_overheid", 1]],
    themes: ["work_entrepreneurship", "digital_skills"],
    targets: ["jobseekers", "adults"],
    age: [18, 67],
    scope: "regional",
    fte: [20, 90],
    resources: ["expertise_content", "funding", "information"],
  },
  employer_business: {
    legal: [["bedrijf", 1]],
    themes: ["work_entrepreneurship"],
    targets: ["youth", "jobseekers"],
    scope: "local",
    fte: [4, 120],
    resources: ["expertise_other", "materials", "funding"],
  },
  social_economy: {
    legal: [
      ["vzw", 2],
      ["cooperatie", 1],
    ],
    themes: ["work_entrepreneurship", "volunteering_citizenship"],
    targets: ["jobseekers", "low_qualified", "people_with_disabilities"],
    scope: "supra_local",
    fte: [10, 120],
    volunteers: [5, 40],
    resources: ["expertise_other", "transport", "materials"],
  },
  volunteering_org: {
    legal: [
      ["vzw", 1],
      ["lokaal_bestuur", 1],
    ],
    themes: ["volunteering_citizenship"],
    targets: ["general_public", "adults", "seniors"],
    scope: "local",
    fte: [0, 3],
    volunteers: [2, 15],
    resources: ["information", "community_connections"],
  },
  intermediary: {
    legal: [
      ["vzw", 1],
      ["intergemeentelijk", 1],
    ],
    themes: ["volunteering_citizenship", "work_entrepreneurship"],
    targets: ["general_public"],
    scope: "regional",
    fte: [2, 12],
    resources: ["facilitation_leadership", "data", "information", "advocacy"],
  },
  other: {
    legal: [
      ["feitelijke_vereniging", 2],
      ["andere", 1],
    ],
    themes: ["volunteering_citizenship", "other"],
    targets: ["general_public"],
    scope: "neighbourhood",
    volunteers: [2, 20],
    resources: ["volunteers", "community_connections"],
  },
};
