/**
 * Where each organisation sits, for the by-place view: its municipality key (the NIS code; a
 * municipality name that matches no known code keeps its name), or region level when it has
 * neither (e.g. VDAB, a regional intermediary: they serve every municipality and belong to none).
 * Sector falls back to the org_type's default (inventory-format.md §4.6 A).
 */

import type { EcoNetwork, Municipality, Organisation } from "@ecolens/core";
import { type FormalSide, formalSideOfSector, orgTypeDefaults } from "@ecolens/core";

/** The place key of organisations without a municipality. */
export const REGION_LEVEL = "(region)";

export interface OrgPlace {
  org_id: string;
  /** NIS code, `name:<text>` for an unresolved municipality name, or REGION_LEVEL. */
  place: string;
  org_type: string | null;
  sector: string | null;
  side: FormalSide | null;
  themes: string[];
  target_groups: string[];
}

/** Lower case, no accents, hyphens and spaces alike: "Sint-Niklaas" = "sint niklaas". */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-\s]+/g, " ")
    .trim();
}

function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  return s === "" ? null : s;
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
}

/** Name -> current NIS code (a current municipality wins over a merged-away one of that name),
 * and a code -> the code it merged into, followed to today's municipality. */
function placeIndex(municipalities: readonly Municipality[]): {
  byName: Map<string, string>;
  current: (nis: string) => string;
} {
  const byNis = new Map(municipalities.map((m) => [m.nis_code, m]));
  const current = (nis: string): string => {
    let m = byNis.get(nis);
    for (let hops = 0; m?.merged_into && byNis.has(m.merged_into) && hops < 10; hops++)
      m = byNis.get(m.merged_into);
    return m?.nis_code ?? nis;
  };
  const byName = new Map<string, string>();
  const ordered = [...municipalities].sort((a, b) => Number(!a.merged_into) - Number(!b.merged_into));
  for (const m of ordered) byName.set(normalisePlaceName(m.name_nl), current(m.nis_code));
  return { byName, current };
}

/**
 * One entry per node of the graph (the organisations table wins over node attributes, so
 * imported research graphs without a table still work), keyed by org_id.
 */
export function organisationPlaces(network: EcoNetwork): Map<string, OrgPlace> {
  const { byName, current } = placeIndex(network.municipalities);
  const table = new Map<string, Organisation>(network.organisations.map((o) => [o.org_id, o]));
  const places = new Map<string, OrgPlace>();
  network.graph.forEachNode((id, attrs) => {
    const org = table.get(id);
    const nis = clean(org?.nis_code ?? attrs.nis_code);
    const name = clean(org?.municipality ?? attrs.municipality);
    let place = REGION_LEVEL;
    // A merged-away code or name (GEXF/GraphML files skip the importer) counts with today's municipality.
    if (nis) place = current(nis);
    else if (name) place = byName.get(normalisePlaceName(name)) ?? `name:${name}`;
    // A code outside the municipalities table stays a place of its own (population unknown).
    const orgType = clean(org?.org_type ?? attrs.org_type);
    const sector = clean(org?.sector ?? attrs.sector) ?? orgTypeDefaults(orgType).sector ?? null;
    places.set(id, {
      org_id: id,
      place,
      org_type: orgType,
      sector,
      side: formalSideOfSector(sector ?? undefined),
      themes: [...new Set(asList(org?.themes ?? attrs.themes))].sort(),
      target_groups: [...new Set(asList(org?.target_groups ?? attrs.target_groups))].sort(),
    });
  });
  return places;
}
