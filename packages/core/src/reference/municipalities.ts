/**
 * Reference data shipped with ecolens: the municipalities of the Westhoek and Limburg (plus the
 * Limburg municipalities merged away in 2019/2025) and lookups by name or NIS code that follow
 * mergers, so an inventory written before 2025 still lands on today's municipality.
 */
import type { Municipality } from "../model/types.ts";
import { MUNICIPALITY_TABLE } from "./municipality-table.ts";

export type { LatLon } from "./westhoek-geography.ts";
export { haversineKm, NEIGHBOURS, WESTHOEK_CENTROIDS, westhoekDistanceKm } from "./westhoek-geography.ts";

/** Current and historic municipalities, sorted by NIS code (historic ones carry valid_to/merged_into). */
export const MUNICIPALITIES: Municipality[] = MUNICIPALITY_TABLE;

/** Whether a municipality still exists (it has not been merged away). */
export function isCurrentMunicipality(m: Municipality): boolean {
  return m.valid_to === undefined && m.merged_into === undefined;
}

/**
 * A municipality name reduced for matching: accents, case, spaces, hyphens and apostrophes do
 * not count ("LANGEMARK POELKAPELLE" = "Langemark-Poelkapelle", "lo reninge" = "Lo-Reninge").
 */
export function normaliseMunicipalityName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const BY_NIS = new Map<string, Municipality>(MUNICIPALITIES.map((m) => [m.nis_code, m]));
const BY_NAME = buildNameIndex();

function buildNameIndex(): Map<string, Municipality> {
  const index = new Map<string, Municipality>();
  // Historic first, so a current municipality with the same name (Hasselt) wins.
  const ordered = [...MUNICIPALITIES].sort(
    (a, b) => Number(isCurrentMunicipality(a)) - Number(isCurrentMunicipality(b)),
  );
  for (const m of ordered) {
    for (const name of [m.name_nl, m.name_fr]) {
      if (name) index.set(normaliseMunicipalityName(name), m);
    }
  }
  return index;
}

/**
 * The municipality with this Dutch (or French) name, ignoring case, accents, spaces and hyphens.
 * A name shared by a historic and a current municipality (Hasselt) gives the current one; a
 * merged-away name (Kortessem) gives the historic record, whose `merged_into` points onward.
 */
export function findMunicipalityByName(name: string): Municipality | undefined {
  const key = normaliseMunicipalityName(name);
  return key === "" ? undefined : BY_NAME.get(key);
}

/**
 * The current municipality for a NIS code. An old code (e.g. 73040 Kortessem) resolves to the
 * municipality it merged into (71072 Hasselt), with the old record as `mergedFrom`.
 */
export function resolveNisCode(
  code: string,
): { municipality: Municipality; mergedFrom?: Municipality } | undefined {
  const start = BY_NIS.get(code.trim());
  if (!start) return undefined;
  let current = start;
  // Follow merger chains; the bound guards against a cycle in hand-edited data.
  for (let hops = 0; current.merged_into !== undefined && hops < 10; hops++) {
    const next = BY_NIS.get(current.merged_into);
    if (!next) break;
    current = next;
  }
  return current === start ? { municipality: current } : { municipality: current, mergedFrom: start };
}

/**
 * The municipalities of a region (`Westhoek`, `Limburg`; case-insensitive), sorted by NIS code.
 * Only current ones unless `includeHistoric` is set.
 */
export function municipalitiesOfRegion(
  region: string,
  options: { includeHistoric?: boolean } = {},
): Municipality[] {
  const wanted = region.trim().toLowerCase();
  return MUNICIPALITIES.filter(
    (m) =>
      m.region.toLowerCase() === wanted && (options.includeHistoric === true || isCurrentMunicipality(m)),
  );
}
