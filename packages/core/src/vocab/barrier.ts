/**
 * Vocabularies of barriers (§4.4, §4.6 F): type, group after Cross (1981, "Adults as Learners"),
 * status, how serious, and what an organisation commits to do about it.
 */
import type { Vocabulary } from "./types.ts";

export const BARRIER_TYPE_VOCAB: Vocabulary = {
  name: "barrier_type",
  title: { nl: "drempeltype", en: "barrier type" },
  entries: [
    {
      code: "financial",
      nl: "Financieel",
      en: "Financial",
      synonyms: ["financiele_drempel", "geld", "kost", "kosten", "prijs", "money", "cost"],
    },
    {
      code: "material",
      nl: "Materieel",
      en: "Material",
      synonyms: ["materiele_drempel", "materiaal", "uitrusting", "equipment"],
    },
    {
      code: "practical_time",
      nl: "Praktisch (tijd, opvang, uren)",
      en: "Practical (time, childcare, hours)",
      synonyms: ["praktisch", "tijd", "opvang", "uren", "practical", "time"],
    },
    {
      code: "mobility",
      nl: "Mobiliteit / vervoer",
      en: "Mobility / transport",
      synonyms: ["mobiliteit", "vervoer"],
    },
    { code: "digital", nl: "Digitaal", en: "Digital", synonyms: ["digitale_drempel", "digitale_kloof"] },
    {
      code: "information",
      nl: "Informatie / onbekendheid",
      en: "Information / unfamiliarity",
      synonyms: ["informatie", "onbekendheid", "onbekend", "info"],
    },
    {
      code: "institutional_rules",
      nl: "Regels / inschrijving / toelatingsvoorwaarden",
      en: "Institutional rules",
      synonyms: ["regels", "inschrijving", "toelatingsvoorwaarden", "administratie", "rules", "registration"],
    },
    {
      code: "physical_accessibility",
      nl: "Fysieke toegankelijkheid",
      en: "Physical accessibility",
      synonyms: ["fysiek", "toegankelijkheid", "fysieke_drempel", "accessibility"],
    },
    { code: "language", nl: "Taal", en: "Language", synonyms: ["taaldrempel", "taalbarriere"] },
    {
      code: "social",
      nl: "Sociaal (verwachtingen, groepscultuur, niet welkom voelen)",
      en: "Social (expectations, group culture, not feeling welcome)",
      synonyms: ["sociaal", "sociale_drempel", "groepscultuur", "niet_welkom"],
    },
    {
      code: "mental_psychological",
      nl: "Mentaal / psychologisch",
      en: "Mental / psychological",
      synonyms: ["mentaal", "psychologisch", "mentale_drempel", "zelfvertrouwen", "schoolmoeheid", "mental"],
    },
  ],
};

export const BARRIER_GROUP_VOCAB: Vocabulary = {
  name: "barrier_group",
  title: { nl: "drempelgroep", en: "barrier group" },
  entries: [
    { code: "situational", nl: "Situationeel", en: "Situational", synonyms: ["situationele"] },
    { code: "institutional", nl: "Institutioneel", en: "Institutional", synonyms: ["institutionele"] },
    {
      code: "dispositional",
      nl: "Dispositioneel",
      en: "Dispositional",
      synonyms: ["dispositionele", "persoonlijk"],
    },
  ],
};

export const BARRIER_STATUS_VOCAB: Vocabulary = {
  name: "barrier_status",
  title: { nl: "status", en: "status" },
  entries: [
    {
      code: "signalled",
      nl: "Gesignaleerd",
      en: "Signalled",
      synonyms: ["signaled", "nieuw", "open", "gemeld"],
    },
    {
      code: "in_progress",
      nl: "In behandeling",
      en: "In progress",
      synonyms: ["in_uitvoering", "lopend", "bezig", "ongoing"],
    },
    {
      code: "resolved",
      nl: "Opgelost",
      en: "Resolved",
      synonyms: ["afgerond", "gesloten", "klaar", "done", "closed"],
    },
    { code: "parked", nl: "Geparkeerd", en: "Parked", synonyms: ["on_hold", "uitgesteld", "wacht"] },
  ],
};

export const SEVERITY_VOCAB: Vocabulary = {
  name: "severity",
  title: { nl: "ernst", en: "severity" },
  entries: [
    { code: "low", nl: "Laag", en: "Low", synonyms: ["1", "klein", "beperkt"] },
    { code: "medium", nl: "Middel", en: "Medium", synonyms: ["2", "gemiddeld", "matig"] },
    { code: "high", nl: "Hoog", en: "High", synonyms: ["3", "groot", "ernstig"] },
  ],
};

export const COMMITMENT_TYPE_VOCAB: Vocabulary = {
  name: "commitment_type",
  title: { nl: "engagement", en: "commitment" },
  entries: [
    { code: "funding", nl: "Financiering", en: "Funding", synonyms: ["geld", "subsidie", "budget"] },
    {
      code: "staff",
      nl: "Personeel",
      en: "Staff",
      synonyms: ["medewerkers", "begeleiders", "vrijwilligers"],
    },
    { code: "space", nl: "Ruimte", en: "Space", synonyms: ["lokaal", "infrastructuur", "zaal"] },
    { code: "transport", nl: "Vervoer", en: "Transport", synonyms: ["mobiliteit"] },
    {
      code: "adapted_offer",
      nl: "Aangepast aanbod",
      en: "Adapted offer",
      synonyms: ["aangepast_aanbod", "aanpassing", "adapted_offering"],
    },
    {
      code: "outreach",
      nl: "Toeleiding",
      en: "Outreach",
      synonyms: ["toeleiden", "outreachend_werken", "bereiken"],
    },
    { code: "information", nl: "Informatie", en: "Information", synonyms: ["info", "communicatie"] },
    {
      code: "advocacy",
      nl: "Belangenbehartiging",
      en: "Advocacy",
      synonyms: ["beleidsbeinvloeding", "signaleren"],
    },
  ],
};
