/**
 * Vocabularies of relations (§4.2, §4.6 E): the type of tie, its level on the PARTNER-style
 * continuum (1-4) and its frequency (1-5). Ordinal vocabularies also accept their number.
 */
import type { Vocabulary } from "./types.ts";

export const RELATION_TYPE_VOCAB: Vocabulary = {
  name: "relation_type",
  title: { nl: "soort samenwerking", en: "relation type" },
  entries: [
    {
      code: "information_sharing",
      nl: "Info-uitwisseling",
      en: "Information sharing",
      synonyms: [
        "info_uitwisseling",
        "informatie_uitwisseling",
        "informatie",
        "info",
        "uitwisseling",
        "afstemming",
      ],
    },
    {
      code: "referral",
      nl: "Doorverwijzing",
      en: "Referral",
      synonyms: ["doorverwijzing_toeleiding", "doorverwijzen", "toeleiding", "toeleiden", "verwijzing"],
    },
    {
      code: "joint_activity",
      nl: "Gezamenlijke activiteit",
      en: "Joint activity",
      synonyms: ["samen_activiteit", "samenwerking_activiteit", "co_organisatie", "samen_organiseren"],
    },
    {
      code: "shared_resources",
      nl: "Delen van middelen",
      en: "Shared resources",
      synonyms: [
        "delen_van_middelen",
        "middelen_delen",
        "gedeelde_middelen",
        "ruimte_delen",
        "materiaal_delen",
      ],
    },
    {
      code: "funding",
      nl: "Financiering",
      en: "Funding",
      synonyms: ["subsidie", "subsidiering", "financieren", "financial_support"],
    },
    {
      code: "staff_volunteer_exchange",
      nl: "Uitwisseling personeel/vrijwilligers",
      en: "Staff / volunteer exchange",
      synonyms: [
        "uitwisseling_personeel_vrijwilligers",
        "personeel_uitwisselen",
        "vrijwilligers_uitwisselen",
        "staff_exchange",
      ],
    },
    {
      code: "formal_agreement",
      nl: "Convenant / samenwerkingsovereenkomst",
      en: "Formal agreement",
      synonyms: ["convenant", "samenwerkingsovereenkomst", "overeenkomst", "contract", "protocol"],
    },
    {
      code: "governance",
      nl: "Stuurgroep / overlegorgaan",
      en: "Governance",
      synonyms: ["stuurgroep", "overlegorgaan", "overleg", "raad", "adviesraad", "steering_group"],
    },
    {
      code: "pathway",
      nl: "Doorstroom",
      en: "Learning pathway",
      synonyms: ["doorstroming", "leerpad", "leertraject", "learning_pathway"],
    },
    {
      code: "barrier_cooperation",
      nl: "Samen drempel aanpakken",
      en: "Tackling a barrier together",
      synonyms: ["drempel_aanpakken", "drempelsamenwerking", "co_commitment"],
    },
  ],
};

export const LEVEL_VOCAB: Vocabulary = {
  name: "level",
  title: { nl: "samenwerkingsniveau", en: "level of cooperation" },
  entries: [
    {
      code: "awareness",
      nl: "Kennismaking",
      en: "Awareness",
      synonyms: ["1", "kennismaking_afstemming", "kennen", "elkaar_kennen", "networking"],
    },
    {
      code: "cooperative",
      nl: "Afstemmen / uitwisselen",
      en: "Cooperative",
      synonyms: ["2", "afstemmen", "uitwisselen", "afstemmen_uitwisselen", "cooperation"],
    },
    {
      code: "coordinated",
      nl: "Samenwerken / gezamenlijke planning",
      en: "Coordinated",
      synonyms: [
        "3",
        "samenwerken",
        "gezamenlijke_planning",
        "samenwerken_gezamenlijke_planning",
        "coordination",
      ],
    },
    {
      code: "integrated",
      nl: "Co-creatie / geïntegreerd",
      en: "Integrated",
      synonyms: ["4", "co_creatie", "cocreatie", "geintegreerd", "co_creatie_geintegreerd", "integration"],
    },
  ],
};

export const FREQUENCY_VOCAB: Vocabulary = {
  name: "frequency",
  title: { nl: "frequentie", en: "frequency" },
  entries: [
    { code: "yearly", nl: "Jaarlijks", en: "Yearly", synonyms: ["1", "jaarlijks", "annual", "annually"] },
    {
      code: "quarterly",
      nl: "Driemaandelijks",
      en: "Quarterly",
      synonyms: ["2", "per_kwartaal", "trimestrieel", "enkele_keren_per_jaar"],
    },
    { code: "monthly", nl: "Maandelijks", en: "Monthly", synonyms: ["3", "maandelijks", "per_maand"] },
    { code: "weekly", nl: "Wekelijks", en: "Weekly", synonyms: ["4", "wekelijks", "per_week"] },
    { code: "daily", nl: "Dagelijks", en: "Daily", synonyms: ["5", "dagelijks", "per_dag"] },
  ],
};
