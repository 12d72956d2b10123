/** Labels for the codes the report shows: core's vocabularies plus the municipality names. */
import { type EcoNetwork, type Text, VOCABULARIES } from "@ecolens/core";

const FIELDS = [
  "org_type",
  "sector",
  "learning_context",
  "theme",
  "target_group",
  "relation_type",
  "barrier_type",
  "recognition",
  "legal_form",
  "scope",
  "partnership_role",
] as const;

export function reportVocab(
  network: EcoNetwork,
  extraPlaces: Iterable<string> = [],
): Record<string, Record<string, Text>> {
  const out: Record<string, Record<string, Text>> = Object.create(null);
  for (const field of FIELDS) {
    const table: Record<string, Text> = Object.create(null);
    for (const entry of VOCABULARIES[field].entries) table[entry.code] = { nl: entry.nl, en: entry.en };
    out[field] = table;
  }
  const places: Record<string, Text> = Object.create(null);
  for (const m of network.municipalities) places[m.nis_code] = { nl: m.name_nl, en: m.name_nl };
  // Place keys of the analysis: `name:<text>` when a name is not in the municipalities table.
  for (const key of extraPlaces)
    if (key.startsWith("name:") && !Object.hasOwn(places, key))
      places[key] = { nl: key.slice(5), en: key.slice(5) };
  out.municipality = places;
  return out;
}
