/**
 * Coverage per municipality (metrics.md §3.1): organisations per type, sector, theme and target
 * group, absolute and per 10,000 inhabitants (null where the population is unknown). A
 * multi-valued field (themes, target groups) counts an organisation once per value.
 */
import type { Municipality } from "@ecolens/core";
import { compareIds } from "../view/graph-view.ts";
import type { OrgPlace } from "./org-places.ts";

export interface CountWithRate {
  count: number;
  per_10000: number | null;
}

export interface PlaceCoverage {
  organisations: CountWithRate;
  by_org_type: Record<string, CountWithRate>;
  by_sector: Record<string, CountWithRate>;
  by_theme: Record<string, CountWithRate>;
  by_target_group: Record<string, CountWithRate>;
  /** Organisations without the field, so the columns add up. */
  missing: { org_type: number; sector: number; themes: number; target_groups: number };
}

export function ratePer10000(count: number, population: number | null): number | null {
  return population && population > 0 ? (count * 10000) / population : null;
}

function tally(values: Iterable<string>, population: number | null): Record<string, CountWithRate> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const out: Record<string, CountWithRate> = Object.create(null);
  for (const key of [...counts.keys()].sort(compareIds)) {
    const count = counts.get(key)!;
    out[key] = { count, per_10000: ratePer10000(count, population) };
  }
  return out;
}

export function placeCoverage(orgs: readonly OrgPlace[], population: number | null): PlaceCoverage {
  return {
    organisations: { count: orgs.length, per_10000: ratePer10000(orgs.length, population) },
    by_org_type: tally(
      orgs.flatMap((o) => (o.org_type ? [o.org_type] : [])),
      population,
    ),
    by_sector: tally(
      orgs.flatMap((o) => (o.sector ? [o.sector] : [])),
      population,
    ),
    by_theme: tally(
      orgs.flatMap((o) => o.themes),
      population,
    ),
    by_target_group: tally(
      orgs.flatMap((o) => o.target_groups),
      population,
    ),
    missing: {
      org_type: orgs.filter((o) => !o.org_type).length,
      sector: orgs.filter((o) => !o.sector).length,
      themes: orgs.filter((o) => o.themes.length === 0).length,
      target_groups: orgs.filter((o) => o.target_groups.length === 0).length,
    },
  };
}

/** Population by NIS code (null when unknown or not positive). */
export function populationOf(municipalities: readonly Municipality[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const m of municipalities) {
    out.set(m.nis_code, typeof m.population === "number" && m.population > 0 ? m.population : null);
  }
  return out;
}
