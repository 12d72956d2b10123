/**
 * Facts about one offering that route finding needs: its learning context (offer, else provider,
 * else the provider type's default), its level and recognition rank, whom it is for (age bands of
 * inventory-format §4.6 D) and where it takes place relative to the learner.
 */
import {
  type EcoNetwork,
  findMunicipalityByName,
  haversineKm,
  NEIGHBOURS,
  type Offering,
  type Organisation,
  orgTypeDefaults,
  resolveNisCode,
  WESTHOEK_CENTROIDS,
} from "@ecolens/core";
import type { Proximity } from "./types.ts";

/** Recognitions that make an offer a formal destination (inventory-format §4.3). */
export const DESTINATION_RECOGNITIONS = [
  "attendance_certificate",
  "open_badge",
  "partial_certificate",
  "diploma",
  "evc",
] as const;

const RECOGNITION_RANK: Record<string, number> = {
  none: 0,
  attendance_certificate: 1,
  open_badge: 2,
  evc: 3,
  partial_certificate: 3,
  diploma: 4,
};
export function recognitionRank(code: string | undefined): number {
  return code !== undefined && Object.hasOwn(RECOGNITION_RANK, code) ? RECOGNITION_RANK[code] : 0;
}

const CONTEXT_LEVEL: Record<string, number> = { informal: 0, non_formal: 1, mixed: 1, formal: 2 };

export function contextOf(offering: Offering, org: Organisation | undefined): string {
  const own = offering.learning_context ?? org?.learning_context;
  if (own) return own;
  return orgTypeDefaults(org?.org_type).learningContext ?? "unknown";
}

export function contextLevel(context: string): number {
  return Object.hasOwn(CONTEXT_LEVEL, context) ? CONTEXT_LEVEL[context] : 1;
}

export const isLowThreshold = (context: string) => context === "informal" || context === "non_formal";

export function isFormalDestination(context: string, recognition: string | undefined): boolean {
  return context === "formal" && (DESTINATION_RECOGNITIONS as readonly string[]).includes(recognition ?? "");
}

/** Age bands of target groups; groups without a band (families, everyone, priority groups) say nothing. */
const AGE_BANDS: Record<string, [number, number]> = {
  children: [0, 11],
  youth: [12, 25],
  adults: [18, 200],
  seniors: [55, 200],
};
const AGE_BAND_GROUPS = new Set(Object.keys(AGE_BANDS));
const OPEN_GROUPS = new Set(["general_public", "families"]);

/** The ages an offer is for: its own bounds, else the union of its age bands, else open. */
export function ageRange(offering: Offering): [number, number] | null {
  if (offering.age_min !== undefined || offering.age_max !== undefined)
    return [offering.age_min ?? 0, offering.age_max ?? 200];
  const groups = offering.target_groups;
  if (groups.length === 0 || groups.some((g) => !AGE_BAND_GROUPS.has(g))) return null;
  let lo = 200;
  let hi = 0;
  for (const g of groups) {
    lo = Math.min(lo, AGE_BANDS[g][0]);
    hi = Math.max(hi, AGE_BANDS[g][1]);
  }
  return [lo, hi];
}

export type Audience = "fits" | "later" | "no";

/**
 * Does an offer suit the learner? Age: inside its range fits; younger than its lowest age is a
 * step for `later`; older than its highest age does not fit. Group: a priority group fits offers
 * that name it, everyone, families or an age band, but not offers only for other priority groups;
 * an age-band group is read as that band's ages when no age is given.
 */
export function audienceFit(
  offering: Offering,
  group: string | undefined,
  age: number | undefined,
): Audience {
  const groups = offering.target_groups;
  if (group && !AGE_BAND_GROUPS.has(group) && !OPEN_GROUPS.has(group) && groups.length > 0) {
    const open = groups.some((g) => g === group || OPEN_GROUPS.has(g) || AGE_BAND_GROUPS.has(g));
    if (!open) return "no";
  }
  const range = ageRange(offering);
  if (!range) return "fits";
  const [lo, hi] =
    age !== undefined ? [age, age] : group && AGE_BAND_GROUPS.has(group) ? AGE_BANDS[group] : [-1, -1];
  if (lo < 0) return "fits";
  if (hi < range[0]) return "later";
  if (lo > range[1]) return "no";
  return "fits";
}

/** Resolves municipality names and (old) NIS codes to current NIS codes. */
export function placeResolver(network: EcoNetwork): (text: string | undefined) => string | undefined {
  const byName = new Map<string, string>();
  for (const m of network.municipalities) byName.set(m.name_nl.toLowerCase(), m.nis_code);
  const known = new Set(network.municipalities.map((m) => m.nis_code));
  return (text) => {
    const t = text?.trim();
    if (!t) return undefined;
    if (/^\d{5}$/.test(t)) return resolveNisCode(t)?.municipality.nis_code ?? t;
    const hit = findMunicipalityByName(t);
    if (hit)
      return hit.merged_into
        ? (resolveNisCode(hit.nis_code)?.municipality.nis_code ?? hit.nis_code)
        : hit.nis_code;
    const own = byName.get(t.toLowerCase());
    return own && known.has(own) ? own : undefined;
  };
}

export function offeringNis(
  offering: Offering,
  org: Organisation | undefined,
  resolve: (text: string | undefined) => string | undefined,
): string | undefined {
  return (
    resolve(offering.nis_code) ??
    resolve(offering.municipality) ??
    resolve(org?.nis_code) ??
    resolve(org?.municipality)
  );
}

export function proximityOf(home: string | undefined, place: string | undefined): Proximity {
  if (!home || !place) return "unknown";
  if (home === place) return "own";
  return (NEIGHBOURS[home] ?? []).includes(place) ? "neighbour" : "further";
}

/** Approximate km between the learner's town centre and the offer's (or its provider's point). */
export function distanceKm(
  home: string | undefined,
  place: string | undefined,
  org: Organisation | undefined,
): number | undefined {
  if (!home) return undefined;
  if (home === place) return 0;
  const a = WESTHOEK_CENTROIDS[home];
  if (!a) return undefined;
  const b =
    (place ? WESTHOEK_CENTROIDS[place] : undefined) ??
    (org?.lat !== undefined && org?.lon !== undefined ? { lat: org.lat, lon: org.lon } : undefined);
  return b ? Math.round(haversineKm(a, b) * 10) / 10 : undefined;
}

/** The current NIS code for a municipality name or (old) code, or undefined when unknown. */
export function resolveLearnerPlace(network: EcoNetwork, text: string): string | undefined {
  const nis = placeResolver(network)(text);
  const known =
    nis !== undefined &&
    (resolveNisCode(nis) !== undefined || network.municipalities.some((m) => m.nis_code === nis));
  return known ? nis : undefined;
}
