/**
 * The by-place view for a local government: per municipality the coverage (organisations per
 * type, sector, theme and target group, absolute and per 10,000 inhabitants), the ties inside
 * and to other municipalities, and the share of organisations bridging the formal ↔
 * non-formal/informal line; municipalities without one such tie are listed as a finding.
 * Region-level organisations (no municipality) get their own entry, never a municipality's.
 * Definitions: metrics.md §3.1 (coverage) and inventory-format.md §4.6 B (the formal split).
 */
import type { EcoNetwork, Text } from "@ecolens/core";
import { text } from "../messages/index.ts";
import { type OrgPlace, organisationPlaces, REGION_LEVEL } from "./org-places.ts";
import { type PlaceCoverage, placeCoverage, populationOf } from "./place-coverage.ts";
import { type CrossLineCount, comparePlaces, type PlaceTieMatrix, placeTies } from "./place-ties.ts";

export interface PlaceRow extends PlaceCoverage {
  /** NIS code, `name:<text>` (name not in the municipalities table) or "(region)". */
  key: string;
  nis_code: string | null;
  name: string | null;
  population: number | null;
  ties_within: number;
  ties_to_other_places: number;
  cross_line: CrossLineCount;
}

export interface PlaceFinding {
  code: "NO_CROSS_LINE_TIES";
  place: string;
  message: Text;
}

export interface PlaceOverview {
  /** Municipalities in key order (only those with organisations). */
  municipalities: PlaceRow[];
  /** Organisations without a municipality (null when there are none). */
  region_level: (PlaceRow & { organisation_ids: string[] }) | null;
  ties: PlaceTieMatrix;
  /** Municipalities whose organisations have no tie at all across the formal ↔ non-formal line. */
  municipalities_without_cross_line_ties: string[];
  findings: PlaceFinding[];
}

export function placeOverview(network: EcoNetwork): PlaceOverview {
  const places = organisationPlaces(network);
  const population = populationOf(network.municipalities);
  const names = new Map(network.municipalities.map((m) => [m.nis_code, m.name_nl]));
  const byPlace = new Map<string, OrgPlace[]>();
  for (const p of places.values()) {
    if (!byPlace.has(p.place)) byPlace.set(p.place, []);
    byPlace.get(p.place)!.push(p);
  }
  const keys = [...byPlace.keys()].sort(comparePlaces);
  const { matrix, crossLine } = placeTies(network, places, keys);

  const rows: PlaceRow[] = keys.map((key, i) => {
    const orgs = byPlace.get(key)!;
    const isCode = key !== REGION_LEVEL && !key.startsWith("name:");
    const pop = isCode ? (population.get(key) ?? null) : null;
    const ties = matrix.counts[i];
    return {
      key,
      nis_code: isCode ? key : null,
      name: isCode ? (names.get(key) ?? null) : key.startsWith("name:") ? key.slice(5) : null,
      population: pop,
      ...placeCoverage(orgs, pop),
      ties_within: ties[i],
      ties_to_other_places: ties.reduce((a, b) => a + b, 0) - ties[i],
      cross_line: crossLine.get(key)!,
    };
  });
  const municipalities = rows.filter((r) => r.key !== REGION_LEVEL);
  const regionRow = rows.find((r) => r.key === REGION_LEVEL);
  const region_level = regionRow
    ? {
        ...regionRow,
        organisation_ids: byPlace
          .get(REGION_LEVEL)!
          .map((o) => o.org_id)
          .sort(),
      }
    : null;
  // Only places with organisations on at least one side of the line can miss a bridge.
  const zero = municipalities
    .filter(
      (r) =>
        r.cross_line.formal + r.cross_line.non_formal_informal > 0 && r.cross_line.with_cross_line_tie === 0,
    )
    .map((r) => r.key);
  const findings: PlaceFinding[] = zero.map((key) => {
    const row = municipalities.find((r) => r.key === key)!;
    const label = row.name ?? key;
    return {
      code: "NO_CROSS_LINE_TIES",
      place: key,
      message: text("place.overview.no_cross_line_ties", {
        place: label,
        formal: row.cross_line.formal,
        other: row.cross_line.non_formal_informal,
      }),
    };
  });
  return {
    municipalities,
    region_level,
    ties: matrix,
    municipalities_without_cross_line_ties: zero,
    findings,
  };
}
