/**
 * Vocabularies describing an organisation (inventory-format §4.1 and §4.6 A): what kind of
 * organisation it is (org-type.ts), its sector, learning context, legal form, scope, resources and role.
 */
import type { Vocabulary } from "./types.ts";

export { ORG_TYPE_VOCAB } from "./org-type.ts";

export const SECTOR_VOCAB: Vocabulary = {
  name: "sector",
  title: { nl: "sector", en: "sector" },
  entries: [
    {
      code: "formal_education",
      nl: "Formeel onderwijs",
      en: "Formal education",
      synonyms: ["onderwijs", "education", "formeel"],
    },
    { code: "non_formal", nl: "Non-formeel", en: "Non-formal", synonyms: ["niet_formeel", "nonformeel"] },
    {
      code: "informal_community",
      nl: "Informeel / gemeenschap",
      en: "Informal / community",
      synonyms: ["informeel", "gemeenschap", "vrije_tijd", "verenigingsleven", "community"],
    },
    { code: "government", nl: "Overheid", en: "Government", synonyms: ["bestuur", "lokaal_bestuur"] },
    {
      code: "care_welfare",
      nl: "Zorg en welzijn",
      en: "Care and welfare",
      synonyms: ["zorg_welzijn", "welzijn"],
    },
    { code: "business", nl: "Bedrijfsleven", en: "Business", synonyms: ["economie", "bedrijven", "bedrijf"] },
    { code: "intermediary", nl: "Intermediair", en: "Intermediary", synonyms: ["netwerkregie"] },
  ],
};

export const LEARNING_CONTEXT_VOCAB: Vocabulary = {
  name: "learning_context",
  title: { nl: "leercontext", en: "learning context" },
  entries: [
    { code: "formal", nl: "Formeel", en: "Formal", synonyms: ["formeel_leren", "formal_learning"] },
    {
      code: "non_formal",
      nl: "Non-formeel",
      en: "Non-formal",
      synonyms: ["nonformeel", "niet_formeel", "non_formeel_leren", "nonformal"],
    },
    { code: "informal", nl: "Informeel", en: "Informal", synonyms: ["informeel_leren", "informal_learning"] },
    { code: "mixed", nl: "Gemengd", en: "Mixed", synonyms: ["gemixt", "beide", "both"] },
  ],
};

export const LEGAL_FORM_VOCAB: Vocabulary = {
  name: "legal_form",
  title: { nl: "rechtsvorm", en: "legal form" },
  entries: [
    { code: "vzw", nl: "vzw", en: "Non-profit association (vzw)", synonyms: ["v_z_w", "ivzw", "non_profit"] },
    {
      code: "feitelijke_vereniging",
      nl: "Feitelijke vereniging",
      en: "De facto association",
      synonyms: ["fv", "de_facto_association", "informal_association"],
    },
    { code: "lokaal_bestuur", nl: "Lokaal bestuur", en: "Local government", synonyms: ["gemeente", "stad"] },
    { code: "ocmw", nl: "OCMW", en: "Public social welfare centre (OCMW)" },
    { code: "agb", nl: "Autonoom gemeentebedrijf (AGB)", en: "Autonomous municipal company (AGB)" },
    {
      code: "intergemeentelijk",
      nl: "Intergemeentelijk samenwerkingsverband",
      en: "Inter-municipal partnership",
      synonyms: ["intergemeentelijke_samenwerking", "igs", "intercommunale"],
    },
    { code: "provincie", nl: "Provincie", en: "Province", synonyms: ["province"] },
    {
      code: "vlaamse_overheid",
      nl: "Vlaamse overheid",
      en: "Flemish government",
      synonyms: ["flemish_government", "vlaams_agentschap"],
    },
    {
      code: "onderwijsinstelling",
      nl: "Onderwijsinstelling",
      en: "Educational institution",
      synonyms: ["school", "educational_institution"],
    },
    {
      code: "bedrijf",
      nl: "Bedrijf",
      en: "Company",
      synonyms: ["bv", "nv", "bvba", "vof", "eenmanszaak", "company", "business"],
    },
    { code: "cooperatie", nl: "Coöperatie", en: "Cooperative", synonyms: ["cv", "cooperative", "cvba"] },
    { code: "andere", nl: "Andere", en: "Other", synonyms: ["other", "overig"] },
  ],
};

export const SCOPE_VOCAB: Vocabulary = {
  name: "scope",
  title: { nl: "werkingsgebied", en: "scope" },
  entries: [
    {
      code: "neighbourhood",
      nl: "Wijk",
      en: "Neighbourhood",
      synonyms: ["buurt", "neighborhood", "deelgemeente"],
    },
    { code: "local", nl: "Lokaal", en: "Local", synonyms: ["gemeentelijk"] },
    {
      code: "supra_local",
      nl: "Bovenlokaal",
      en: "Supra-local",
      synonyms: ["intergemeentelijk", "supralocal"],
    },
    { code: "regional", nl: "Regionaal", en: "Regional", synonyms: ["regio", "streek"] },
    { code: "provincial", nl: "Provinciaal", en: "Provincial", synonyms: ["provincie"] },
    {
      code: "flemish",
      nl: "Vlaams",
      en: "Flemish",
      synonyms: ["vlaanderen", "flanders", "nationaal", "national"],
    },
  ],
};

export const RESOURCE_VOCAB: Vocabulary = {
  name: "resource",
  title: { nl: "inbreng", en: "resources" },
  entries: [
    {
      code: "funding",
      nl: "Financiering",
      en: "Funding",
      synonyms: ["geld", "financien", "middelen_financieel"],
    },
    {
      code: "in_kind_space",
      nl: "Ruimte (in natura)",
      en: "In-kind space",
      synonyms: ["ruimte", "lokaal", "infrastructuur", "space"],
    },
    { code: "paid_staff", nl: "Betaald personeel", en: "Paid staff", synonyms: ["personeel", "staff"] },
    { code: "volunteers", nl: "Vrijwilligers", en: "Volunteers" },
    { code: "data", nl: "Gegevens", en: "Data", synonyms: ["cijfers", "data"] },
    { code: "information", nl: "Informatie", en: "Information", synonyms: ["info"] },
    {
      code: "expertise_content",
      nl: "Inhoudelijke expertise",
      en: "Content expertise",
      synonyms: ["expertise", "inhoudelijke_kennis"],
    },
    { code: "expertise_other", nl: "Andere expertise", en: "Other expertise" },
    {
      code: "community_connections",
      nl: "Contacten met de gemeenschap",
      en: "Community connections",
      synonyms: ["netwerk", "contacten", "toegang_tot_doelgroep"],
    },
    {
      code: "fiscal_management",
      nl: "Financieel beheer",
      en: "Fiscal management",
      synonyms: ["boekhouding"],
    },
    {
      code: "facilitation_leadership",
      nl: "Facilitatie en leiderschap",
      en: "Facilitation and leadership",
      synonyms: ["facilitatie", "leiderschap", "trekker"],
    },
    {
      code: "advocacy",
      nl: "Belangenbehartiging",
      en: "Advocacy",
      synonyms: ["beleidsbeinvloeding", "lobby"],
    },
    { code: "it_web", nl: "IT en web", en: "IT and web", synonyms: ["ict", "it", "website", "web"] },
    { code: "transport", nl: "Vervoer", en: "Transport", synonyms: ["mobiliteit"] },
    { code: "materials", nl: "Materiaal", en: "Materials", synonyms: ["materialen", "uitrusting"] },
  ],
};

export const PARTNERSHIP_ROLE_VOCAB: Vocabulary = {
  name: "partnership_role",
  title: { nl: "rol in het partnerschap", en: "partnership role" },
  entries: [
    { code: "promoter", nl: "Promotor", en: "Promoter", synonyms: ["trekker", "lead_partner", "aanvrager"] },
    { code: "partner", nl: "Partner", en: "Partner" },
    {
      code: "co_financer",
      nl: "Cofinancier",
      en: "Co-financer",
      synonyms: ["cofinancierder", "co_financier", "medefinancier"],
    },
    { code: "stakeholder", nl: "Stakeholder", en: "Stakeholder", synonyms: ["belanghebbende"] },
    { code: "none", nl: "Geen", en: "None", synonyms: ["geen_rol"] },
  ],
};
