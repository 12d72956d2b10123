/** Vocabularies of learning opportunities (§4.3): format, accessibility, language, recognition. */
import type { Vocabulary } from "./types.ts";

export const OFFERING_FORMAT_VOCAB: Vocabulary = {
  name: "offering_format",
  title: { nl: "werkvorm", en: "format" },
  entries: [
    { code: "activity", nl: "Activiteit", en: "Activity", synonyms: ["activiteiten"] },
    { code: "course", nl: "Cursus", en: "Course", synonyms: ["opleiding", "les", "lessenreeks", "training"] },
    { code: "workshop", nl: "Workshop", en: "Workshop", synonyms: ["atelier", "vorming"] },
    { code: "club_membership", nl: "Clubwerking", en: "Club membership", synonyms: ["lidmaatschap", "club"] },
    { code: "volunteering", nl: "Vrijwilligerswerk", en: "Volunteering" },
    { code: "internship", nl: "Stage", en: "Internship", synonyms: ["snuffelstage", "werkplekleren"] },
    { code: "event", nl: "Evenement", en: "Event", synonyms: ["event", "festival", "voorstelling"] },
    { code: "project", nl: "Project", en: "Project", synonyms: ["traject"] },
    {
      code: "coaching",
      nl: "Begeleiding",
      en: "Coaching",
      synonyms: ["individuele_begeleiding", "mentoring"],
    },
    {
      code: "open_house",
      nl: "Open huis",
      en: "Open house",
      synonyms: ["opendeurdag", "open_dag", "open_day"],
    },
    { code: "online", nl: "Online", en: "Online", synonyms: ["digitaal", "e_learning", "webinar"] },
  ],
};

export const ACCESSIBILITY_VOCAB: Vocabulary = {
  name: "accessibility",
  title: { nl: "toegankelijkheid", en: "accessibility" },
  entries: [
    { code: "wheelchair", nl: "Rolstoeltoegankelijk", en: "Wheelchair accessible", synonyms: ["rolstoel"] },
    {
      code: "low_stimulus",
      nl: "Prikkelarm",
      en: "Low stimulus",
      synonyms: ["prikkelarm", "autismevriendelijk"],
    },
    {
      code: "easy_language",
      nl: "Klare taal",
      en: "Easy language",
      synonyms: ["klare_taal", "eenvoudige_taal", "duidelijke_taal", "plain_language"],
    },
    { code: "multilingual", nl: "Meertalig", en: "Multilingual", synonyms: ["meertalig", "tolk"] },
    { code: "childcare", nl: "Kinderopvang", en: "Childcare", synonyms: ["opvang", "kinderopvang_voorzien"] },
    {
      code: "public_transport",
      nl: "Openbaar vervoer",
      en: "Public transport",
      synonyms: ["openbaar_vervoer", "ov", "bus", "trein"],
    },
    {
      code: "transport_provided",
      nl: "Vervoer voorzien",
      en: "Transport provided",
      synonyms: ["vervoer_voorzien", "vervoer", "ophaaldienst", "pendel"],
    },
  ],
};

export const LANGUAGE_VOCAB: Vocabulary = {
  name: "language",
  title: { nl: "taal", en: "language" },
  entries: [
    { code: "nl", nl: "Nederlands", en: "Dutch", synonyms: ["nederlands", "dutch", "vlaams"] },
    {
      code: "nl_easy",
      nl: "Nederlands in klare taal",
      en: "Easy Dutch",
      synonyms: ["klare_taal", "eenvoudig_nederlands", "easy_dutch", "nt2"],
    },
    { code: "fr", nl: "Frans", en: "French", synonyms: ["frans", "francais", "french"] },
    { code: "en", nl: "Engels", en: "English", synonyms: ["engels", "english"] },
    {
      code: "multi",
      nl: "Meertalig",
      en: "Multilingual",
      synonyms: ["meertalig", "multilingual", "meerdere"],
    },
  ],
};

export const RECOGNITION_VOCAB: Vocabulary = {
  name: "recognition",
  title: { nl: "erkenning", en: "recognition" },
  entries: [
    { code: "none", nl: "Geen", en: "None", synonyms: ["geen_erkenning", "nee"] },
    {
      code: "attendance_certificate",
      nl: "Attest",
      en: "Attendance certificate",
      synonyms: ["attest", "deelnameattest", "certificaat_van_deelname", "getuigschrift"],
    },
    { code: "open_badge", nl: "Open badge", en: "Open badge", synonyms: ["badge", "openbadge"] },
    {
      code: "evc",
      nl: "EVC (erkenning verworven competenties)",
      en: "Recognition of prior learning (EVC)",
      synonyms: ["erkenning_verworven_competenties", "rpl", "recognition_of_prior_learning"],
    },
    {
      code: "partial_certificate",
      nl: "Deelcertificaat",
      en: "Partial certificate",
      synonyms: ["deelcertificaat", "certificaat", "beroepskwalificatie"],
    },
    { code: "diploma", nl: "Diploma", en: "Diploma", synonyms: ["getuigschrift_diploma", "degree"] },
  ],
};
