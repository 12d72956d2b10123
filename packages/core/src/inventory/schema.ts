/**
 * Column schemas of the inventory files (design/inventory-format.md §4.1-4.5): canonical English
 * name, Dutch aliases, and the names generic tools write (Gephi's Id/Label/Source/Target/Weight,
 * plain id/name/type/city). Headers are compared after normaliseHeader.
 *
 * Priority when two headers claim one field: the canonical name, then a Dutch/English alias, then a
 * generic tool name (`weak`). Ambiguous generic names are resolved per file:
 * - `type` is org_type in organisations and relation_type in relations;
 * - `source` is the provenance column (bron) everywhere, EXCEPT in relations without any other
 *   source_id column, where it is Gephi's Source (see relations.ts).
 */
import type { InventoryFileKind } from "../model/types.ts";
import type { VocabName } from "../vocab/registry.ts";

export type FieldType =
  | "id" // trimmed string, invisible characters removed and reported
  | "ids" // multi-valued ids
  | "text"
  | "int"
  | "decimal"
  | "bool"
  | "date"
  | "vocab" // single code, unknown -> other:<raw>
  | "vocabs" // multi-valued codes
  | "ordinal" // a code of an ordinal vocabulary stored as its rank (1..n)
  | "kbo";

export interface ColumnSpec {
  field: string;
  type: FieldType;
  vocab?: VocabName;
  required?: boolean;
  /** Dutch and English aliases (matched after normaliseHeader). */
  aliases?: readonly string[];
  /** Generic tool names: used only when no canonical name or alias claimed the field. */
  weak?: readonly string[];
  /** Allowed numeric range (inclusive) for int/decimal fields. */
  min?: number;
  max?: number;
}

export type CsvKind = Exclude<InventoryFileKind, "nodes" | "edges" | "gexf" | "graphml" | "json" | "pajek">;

const PROVENANCE: ColumnSpec[] = [
  { field: "source", type: "text", aliases: ["bron"] },
  { field: "as_of", type: "date", aliases: ["peildatum"] },
];
const AGES: ColumnSpec[] = [
  {
    field: "age_min",
    type: "int",
    aliases: ["leeftijd_min", "leeftijd_van", "min_leeftijd"],
    min: 0,
    max: 130,
  },
  {
    field: "age_max",
    type: "int",
    aliases: ["leeftijd_max", "leeftijd_tot", "max_leeftijd"],
    min: 0,
    max: 130,
  },
];
const PLACE: ColumnSpec[] = [
  { field: "nis_code", type: "id", aliases: ["nis", "refnis", "gemeentecode", "nis_gemeente", "cd_refnis"] },
  {
    field: "municipality",
    type: "text",
    aliases: ["gemeente", "stad", "plaats", "gemeentenaam"],
    weak: ["city"],
  },
];

export const ORGANISATION_COLUMNS: ColumnSpec[] = [
  {
    field: "org_id",
    type: "id",
    required: true,
    aliases: ["organisatie_id", "organisation_id", "organization_id", "code"],
    weak: ["id"],
  },
  {
    field: "name",
    type: "text",
    required: true,
    aliases: ["naam", "organisatie", "organisatienaam", "organisation", "organisation_name"],
    weak: ["label"],
  },
  {
    field: "org_type",
    type: "vocab",
    vocab: "org_type",
    aliases: ["organisatietype", "soort"],
    weak: ["type"],
  },
  { field: "sector", type: "vocab", vocab: "sector" },
  { field: "learning_context", type: "vocab", vocab: "learning_context", aliases: ["leercontext"] },
  { field: "legal_form", type: "vocab", vocab: "legal_form", aliases: ["rechtsvorm"] },
  {
    field: "kbo_number",
    type: "kbo",
    aliases: ["ondernemingsnummer", "kbo", "kbo_nummer", "kbo_nr", "btw", "btw_nummer", "enterprise_number"],
  },
  ...PLACE,
  { field: "postcode", type: "id", aliases: ["postal_code", "zip"] },
  { field: "address", type: "text", aliases: ["adres", "straat"] },
  { field: "lat", type: "decimal", aliases: ["breedtegraad", "latitude"], min: -90, max: 90 },
  { field: "lon", type: "decimal", aliases: ["lengtegraad", "longitude", "lng"], min: -180, max: 180 },
  { field: "scope", type: "vocab", vocab: "scope", aliases: ["werkingsgebied", "schaal"] },
  { field: "region", type: "text", aliases: ["regio"] },
  { field: "themes", type: "vocabs", vocab: "theme", aliases: ["themas", "thema", "domeinen", "theme"] },
  {
    field: "target_groups",
    type: "vocabs",
    vocab: "target_group",
    aliases: ["doelgroepen", "doelgroep", "target_group"],
  },
  ...AGES,
  { field: "staff_fte", type: "decimal", aliases: ["personeel_vte", "vte", "fte"], min: 0 },
  { field: "volunteers", type: "int", aliases: ["vrijwilligers", "aantal_vrijwilligers"], min: 0 },
  { field: "members", type: "int", aliases: ["leden", "aantal_leden"], min: 0 },
  { field: "resources", type: "vocabs", vocab: "resource", aliases: ["middelen", "bijdragen", "inbreng"] },
  {
    field: "partnership_role",
    type: "vocab",
    vocab: "partnership_role",
    aliases: ["rol", "rol_in_partnerschap", "role"],
  },
  { field: "joined_on", type: "date", aliases: ["toegetreden_op", "startdatum"] },
  { field: "uitpas", type: "bool", aliases: ["uitpas_partner"] },
  ...PROVENANCE,
];

export const RELATION_COLUMNS: ColumnSpec[] = [
  { field: "source_id", type: "id", required: true, aliases: ["van", "bron_id", "van_org", "org_a", "from"] },
  {
    field: "target_id",
    type: "id",
    required: true,
    aliases: ["naar", "doel_id", "naar_org", "org_b", "to"],
    weak: ["target"],
  },
  {
    field: "relation_type",
    type: "vocab",
    vocab: "relation_type",
    required: true,
    aliases: ["relatietype", "soort_samenwerking", "soort_relatie"],
    weak: ["type"],
  },
  { field: "directed", type: "bool", aliases: ["gericht"] },
  {
    field: "level",
    type: "ordinal",
    vocab: "level",
    aliases: ["niveau", "intensiteit", "samenwerkingsniveau"],
  },
  { field: "frequency", type: "ordinal", vocab: "frequency", aliases: ["frequentie"] },
  { field: "weight", type: "decimal", aliases: ["gewicht"], min: 0 },
  { field: "trust", type: "decimal", aliases: ["vertrouwen"], min: 1, max: 4 },
  { field: "value", type: "decimal", aliases: ["waarde"], min: 1, max: 4 },
  { field: "reported_by", type: "id", aliases: ["gerapporteerd_door", "respondent"] },
  { field: "confirmed", type: "bool", aliases: ["bevestigd", "wederzijds"] },
  { field: "theme", type: "vocab", vocab: "theme", aliases: ["thema"] },
  { field: "barrier_id", type: "id", aliases: ["drempel_id"] },
  { field: "start_date", type: "date", aliases: ["startdatum", "begindatum"] },
  { field: "end_date", type: "date", aliases: ["einddatum"] },
  { field: "wave", type: "text", aliases: ["meting", "golf", "ronde"] },
  { field: "source", type: "text", aliases: ["bron"] },
  { field: "notes", type: "text", aliases: ["opmerking", "opmerkingen", "notitie"] },
];

export const OFFERING_COLUMNS: ColumnSpec[] = [
  { field: "offering_id", type: "id", required: true, aliases: ["leerkans_id", "aanbod_id"], weak: ["id"] },
  {
    field: "org_id",
    type: "id",
    required: true,
    aliases: ["organisator", "aanbieder", "organisatie_id", "organisatie", "provider"],
  },
  { field: "co_org_ids", type: "ids", aliases: ["medeorganisatoren", "partners", "co_organisers"] },
  { field: "title", type: "text", aliases: ["titel", "naam"], weak: ["name", "label"] },
  { field: "learning_context", type: "vocab", vocab: "learning_context", aliases: ["leercontext"] },
  { field: "format", type: "vocab", vocab: "offering_format", aliases: ["vorm", "werkvorm"] },
  { field: "themes", type: "vocabs", vocab: "theme", aliases: ["themas", "thema", "theme"] },
  { field: "target_groups", type: "vocabs", vocab: "target_group", aliases: ["doelgroepen", "doelgroep"] },
  ...AGES,
  ...PLACE,
  {
    field: "cost_eur",
    type: "decimal",
    aliases: ["kostprijs", "prijs_eur", "deelnameprijs", "prijs", "cost"],
    min: 0,
  },
  {
    field: "reduced_tariff",
    type: "bool",
    aliases: ["kansentarief", "uitpas_kansentarief", "sociaal_tarief"],
  },
  { field: "accessibility", type: "vocabs", vocab: "accessibility", aliases: ["toegankelijkheid"] },
  { field: "language", type: "vocab", vocab: "language", aliases: ["taal"] },
  { field: "start_date", type: "date", aliases: ["startdatum", "begindatum"] },
  { field: "end_date", type: "date", aliases: ["einddatum"] },
  { field: "schedule", type: "text", aliases: ["planning", "frequentie"] },
  { field: "capacity", type: "int", aliases: ["capaciteit", "plaatsen"], min: 0 },
  { field: "participants", type: "int", aliases: ["deelnemers"], min: 0 },
  { field: "participants_target", type: "int", aliases: ["deelnemers_doelgroep"], min: 0 },
  { field: "recognition", type: "vocab", vocab: "recognition", aliases: ["erkenning", "certificering"] },
  { field: "next_step_ids", type: "ids", aliases: ["doorstroom_naar", "vervolgaanbod", "next_steps"] },
  ...PROVENANCE,
];

export const BARRIER_COLUMNS: ColumnSpec[] = [
  { field: "barrier_id", type: "id", required: true, aliases: ["drempel_id"], weak: ["id"] },
  {
    field: "barrier_type",
    type: "vocab",
    vocab: "barrier_type",
    required: true,
    aliases: ["drempeltype", "soort_drempel"],
    weak: ["type"],
  },
  { field: "barrier_group", type: "vocab", vocab: "barrier_group", aliases: ["drempelgroep"] },
  { field: "target_group", type: "vocab", vocab: "target_group", required: true, aliases: ["doelgroep"] },
  ...PLACE,
  { field: "org_id", type: "id", aliases: ["organisatie", "organisatie_id"] },
  { field: "offering_id", type: "id", aliases: ["leerkans_id", "aanbod_id"] },
  { field: "description", type: "text", aliases: ["omschrijving", "beschrijving"] },
  { field: "severity", type: "ordinal", vocab: "severity", aliases: ["ernst"] },
  { field: "reported_by", type: "id", aliases: ["gesignaleerd_door"] },
  { field: "reported_on", type: "date", aliases: ["gesignaleerd_op"] },
  { field: "status", type: "vocab", vocab: "barrier_status" },
];

export const COMMITMENT_COLUMNS: ColumnSpec[] = [
  { field: "barrier_id", type: "id", required: true, aliases: ["drempel_id"] },
  { field: "org_id", type: "id", required: true, aliases: ["organisatie", "organisatie_id"] },
  {
    field: "commitment_type",
    type: "vocab",
    vocab: "commitment_type",
    aliases: ["engagement", "soort_engagement"],
  },
  { field: "committed_on", type: "date", aliases: ["datum", "engagement_datum"] },
  { field: "status", type: "text" },
];

export const MUNICIPALITY_COLUMNS: ColumnSpec[] = [
  { field: "nis_code", type: "id", required: true, aliases: ["nis", "refnis", "cd_refnis", "gemeentecode"] },
  {
    field: "name_nl",
    type: "text",
    required: true,
    aliases: ["naam", "gemeente", "naam_nl"],
    weak: ["name"],
  },
  { field: "name_fr", type: "text", aliases: ["naam_fr"] },
  { field: "arrondissement", type: "text" },
  { field: "province", type: "text", aliases: ["provincie"] },
  { field: "region", type: "text", aliases: ["regio"] },
  { field: "population", type: "int", aliases: ["inwoners", "bevolking"], min: 0 },
  { field: "population_year", type: "int", aliases: ["peiljaar"] },
  { field: "valid_from", type: "date", aliases: ["geldig_van"] },
  { field: "valid_to", type: "date", aliases: ["geldig_tot"] },
  { field: "merged_into", type: "id", aliases: ["gefuseerd_in"] },
];

export const SCHEMAS: Record<CsvKind, ColumnSpec[]> = {
  organisations: ORGANISATION_COLUMNS,
  relations: RELATION_COLUMNS,
  offerings: OFFERING_COLUMNS,
  barriers: BARRIER_COLUMNS,
  barrier_commitments: COMMITMENT_COLUMNS,
  municipalities: MUNICIPALITY_COLUMNS,
};

/** File names (without extension, normalised) that tell the kind of a file. */
export const FILE_NAMES: Record<CsvKind, readonly string[]> = {
  organisations: ["organisations", "organizations", "organisaties", "partners", "nodes", "knopen"],
  relations: ["relations", "relaties", "samenwerkingen", "ties", "edges", "verbindingen"],
  offerings: ["offerings", "leerkansen", "aanbod", "learning_opportunities"],
  barriers: ["barriers", "drempels"],
  barrier_commitments: ["barrier_commitments", "drempel_engagementen", "commitments", "engagementen"],
  municipalities: ["municipalities", "gemeenten"],
};
