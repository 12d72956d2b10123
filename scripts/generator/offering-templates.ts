/**
 * What each kind of organisation typically offers, and where a learner could go next. `next`
 * names templates offered by region-wide formal providers (the onward step of a learning path,
 * e.g. a nature club's youth work -> the nature-guide course of the adult education centre).
 */
import type { OrgType } from "@ecolens/core";

export interface OfferingTemplate {
  key: string;
  title: string;
  format: string;
  themes: string[];
  targets: string[];
  age?: [number, number];
  /** Cost range in euro; [0, 0] = free. */
  cost: [number, number];
  recognition: string;
  access?: string[];
  /** Keys of templates at region-wide providers that are a sensible next step. */
  next?: string[];
  language?: string;
}

export const t = (
  key: string,
  title: string,
  format: string,
  themes: string[],
  targets: string[],
  cost: [number, number],
  extra: Partial<OfferingTemplate> = {},
): OfferingTemplate => ({ key, title, format, themes, targets, cost, recognition: "none", ...extra });

/** Offerings of local organisations, by type ({p} = the organisation's municipality). */
export const LOCAL_TEMPLATES: Partial<Record<OrgType, OfferingTemplate[]>> = {
  library: [
    t(
      "digidak",
      "Digitale hulp: Digipunt in de bib van {p}",
      "coaching",
      ["digital_skills"],
      ["low_digital_skills", "seniors"],
      [0, 0],
      { next: ["ligo-ict", "vdab-digi"], access: ["wheelchair", "easy_language"] },
    ),
    t(
      "taalcafe",
      "Taalcafé Nederlands oefenen",
      "activity",
      ["language_literacy"],
      ["non_native_newcomers"],
      [0, 0],
      { next: ["ligo-nt2", "cvo-nt2"], access: ["easy_language", "multilingual"] },
    ),
    t(
      "voorlezen",
      "Voorleesuurtje voor kleuters",
      "activity",
      ["reading_media"],
      ["children", "families"],
      [0, 0],
      { age: [3, 8] },
    ),
  ],
  cultural_centre: [
    t(
      "cc-workshop",
      "Workshopreeks theater en dans",
      "workshop",
      ["culture_arts"],
      ["youth", "adults"],
      [25, 90],
      { next: ["cvo-gids"] },
    ),
  ],
  museum_heritage: [
    t(
      "gidsen",
      "Gidsenwerking: vrijwillige gids worden",
      "volunteering",
      ["heritage"],
      ["adults", "seniors"],
      [0, 0],
      { next: ["cvo-gids"], recognition: "attendance_certificate" },
    ),
    t("erfgoedklas", "Erfgoedklassen voor scholen", "activity", ["heritage"], ["children"], [2, 5], {
      age: [8, 12],
    }),
  ],
  youth_centre: [
    t(
      "jh-open",
      "Open jeugdhuiswerking",
      "club_membership",
      ["youth_play"],
      ["youth", "neet_youth"],
      [0, 5],
      { age: [14, 25] },
    ),
    t(
      "jh-bar",
      "Barvrijwilliger en kernlid in het jeugdhuis",
      "volunteering",
      ["volunteering_citizenship"],
      ["youth"],
      [0, 0],
      { age: [16, 30], next: ["syntra-horeca", "vdab-job"], recognition: "open_badge" },
    ),
  ],
  youth_movement: [
    t(
      "jb-werking",
      "Wekelijkse zondagnamiddagwerking",
      "club_membership",
      ["youth_play", "nature_environment"],
      ["children", "youth"],
      [30, 60],
      { age: [6, 17] },
    ),
    t(
      "jb-animator",
      "Animatorcursus voor leiding",
      "course",
      ["volunteering_citizenship", "youth_play"],
      ["youth"],
      [120, 190],
      { age: [16, 25], recognition: "attendance_certificate", next: ["vives-onderwijs", "cvo-opvoeder"] },
    ),
  ],
  youth_work_other: [
    t("speelplein", "Speelpleinwerking in de zomer", "activity", ["youth_play"], ["children"], [2, 5], {
      age: [4, 14],
    }),
  ],
  sports_club: [
    t("sport-jeugd", "Jeugdwerking {sport}", "club_membership", ["sport"], ["children", "youth"], [90, 260], {
      age: [6, 18],
    }),
    t(
      "sport-init",
      "Initiatiereeks {sport} voor volwassenen",
      "course",
      ["sport", "health_wellbeing"],
      ["adults"],
      [20, 60],
    ),
    t(
      "sport-trainer",
      "Jeugdtrainer worden bij de club",
      "volunteering",
      ["sport", "volunteering_citizenship"],
      ["youth", "adults"],
      [0, 0],
      { next: ["vives-sport"] },
    ),
  ],
  nature_club: [
    t(
      "natuur-jeugd",
      "Jeugdnatuurwerking en natuurwandelingen",
      "activity",
      ["nature_environment"],
      ["children", "families"],
      [0, 5],
      { next: ["cvo-natuurgids"] },
    ),
    t(
      "natuur-beheer",
      "Natuurbeheerwerkdagen",
      "volunteering",
      ["nature_environment", "volunteering_citizenship"],
      ["adults"],
      [0, 0],
      { next: ["cvo-natuurgids"] },
    ),
  ],
  technology_club: [
    t(
      "coderdojo",
      "CoderDojo: programmeren voor kinderen",
      "workshop",
      ["technology_stem", "digital_skills"],
      ["children", "youth"],
      [0, 0],
      { age: [7, 17], next: ["cvo-programmeren", "vives-it"] },
    ),
    t(
      "repair",
      "Repair café: samen herstellen",
      "activity",
      ["technology_stem"],
      ["general_public"],
      [0, 0],
      { next: ["syntra-elektro"] },
    ),
  ],
  sociocultural: [
    t(
      "lezing",
      "Lezingenreeks en uitstappen",
      "event",
      ["volunteering_citizenship", "culture_arts"],
      ["adults", "seniors"],
      [5, 15],
    ),
    t(
      "koken",
      "Kookcursus gezond en goedkoop",
      "course",
      ["food_household", "health_wellbeing"],
      ["adults", "families"],
      [20, 45],
    ),
  ],
  amateur_arts: [
    t(
      "muziekles",
      "Muziekles en ensemble",
      "club_membership",
      ["culture_arts"],
      ["children", "youth", "adults"],
      [40, 120],
      { next: ["dko-muziek"] },
    ),
    t("podium", "Podiumavond voor nieuw talent", "event", ["culture_arts"], ["youth", "adults"], [0, 8]),
  ],
  arts_academy: [
    t(
      "dko-muziek",
      "Muziek, woord en dans (dko)",
      "course",
      ["culture_arts"],
      ["children", "youth", "adults"],
      [75, 340],
      { age: [6, 99], recognition: "partial_certificate" },
    ),
  ],
  care_institution: [
    t(
      "wzc-vrijwillig",
      "Vrijwilligerswerk in het woonzorgcentrum",
      "volunteering",
      ["care", "volunteering_citizenship"],
      ["adults", "seniors", "youth"],
      [0, 0],
      { next: ["cvo-zorgkundige"] },
    ),
    t(
      "wzc-stage",
      "Stageplaatsen zorg",
      "internship",
      ["care", "work_entrepreneurship"],
      ["youth", "adults"],
      [0, 0],
      { recognition: "attendance_certificate" },
    ),
  ],
  welfare_service: [
    t(
      "budget",
      "Budgetcoaching en administratie-hulp",
      "coaching",
      ["health_wellbeing"],
      ["people_in_poverty", "families"],
      [0, 0],
      { next: ["ligo-rekenen"], access: ["easy_language"] },
    ),
    t(
      "ouders",
      "Ouderavonden van het Huis van het Kind",
      "activity",
      ["health_wellbeing"],
      ["families"],
      [0, 0],
      { access: ["childcare"] },
    ),
  ],
  poverty_organisation: [
    t(
      "ontmoeting",
      "Ontmoetingsavond en vorming rond rechten",
      "activity",
      ["volunteering_citizenship"],
      ["people_in_poverty"],
      [0, 0],
      { next: ["ligo-nl"], access: ["easy_language", "transport_provided"] },
    ),
  ],
  school_primary: [
    t(
      "bredeschool",
      "Brede school: naschoolse activiteiten",
      "activity",
      ["youth_play", "sport"],
      ["children"],
      [0, 3],
      { age: [6, 12] },
    ),
  ],
  school_secondary: [
    t("stem", "STEM-project met bedrijven", "project", ["technology_stem"], ["youth"], [0, 0], {
      age: [12, 18],
      next: ["vives-it", "syntra-elektro"],
    }),
    t("duaal", "Duaal leren", "internship", ["work_entrepreneurship"], ["youth"], [0, 0], {
      age: [15, 18],
      recognition: "diploma",
    }),
  ],
  employer_business: [
    t(
      "werkplek",
      "Werkplekleren en snuffelstages",
      "internship",
      ["work_entrepreneurship"],
      ["youth", "jobseekers"],
      [0, 0],
      { next: ["vdab-job"] },
    ),
  ],
  social_economy: [
    t(
      "werkervaring",
      "Werkervaringstraject",
      "internship",
      ["work_entrepreneurship"],
      ["jobseekers", "low_qualified"],
      [0, 0],
      { next: ["vdab-job", "ligo-ict"], recognition: "attendance_certificate" },
    ),
  ],
  volunteering_org: [
    t(
      "vrijwilligersbank",
      "Vrijwilligersvacatures zoeken en proberen",
      "coaching",
      ["volunteering_citizenship"],
      ["general_public"],
      [0, 0],
    ),
  ],
  other: [
    t(
      "buurtfeest",
      "Buurtfeest en repaircorner",
      "event",
      ["volunteering_citizenship"],
      ["general_public"],
      [0, 0],
    ),
  ],
  local_government: [
    t(
      "sportkamp",
      "Sportkampen in de vakantie",
      "activity",
      ["sport", "youth_play"],
      ["children"],
      [40, 95],
      { age: [4, 14] },
    ),
  ],
};
