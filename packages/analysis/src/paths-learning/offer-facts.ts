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

/** Who an offer is for, as far as ages go: the offer's own fields, else its provider's. */
interface AgeSource {
  age_min?: number;
  age_max?: number;
  target_groups?: string[];
}

/**
 * The ages an offer is for (docs/learning-paths.md): its own age_min/age_max; else the age bands
 * of its target groups (children|families is children's ages: families widen nothing); else, for
 * an offer that says nothing about age (families alone, everyone, priority groups only, no
 * groups), its provider's ages; null = every age. `general_public` (everyone) is every age.
 */
export function ageBands(offering: AgeSource, provider?: AgeSource): Array<[number, number]> | null {
  if (offering.age_min !== undefined || offering.age_max !== undefined)
    return [[offering.age_min ?? 0, offering.age_max ?? 200]];
  const groups = offering.target_groups ?? [];
  if (groups.includes("general_public")) return null;
  const bands = groups.filter((g) => AGE_BAND_GROUPS.has(g)).map((g) => AGE_BANDS[g]);
  if (bands.length > 0) return bands;
  const saysNothing = groups.length === 0 || groups.every((g) => !OPEN_GROUPS.has(g));
  return saysNothing && provider ? ageBands(provider) : null;
}

/** The lowest and highest age of an offer (the hull of its bands), or null for every age. */
export function ageRange(offering: AgeSource, provider?: AgeSource): [number, number] | null {
  const bands = ageBands(offering, provider);
  if (!bands) return null;
  return [Math.min(...bands.map((b) => b[0])), Math.max(...bands.map((b) => b[1]))];
}

export type Audience = "fits" | "later" | "no";

/**
 * Does an offer suit the learner? Age: inside one of its bands fits; younger than its lowest age
 * is a step for `later`; any other age does not fit (a 16-year-old never gets an offer for
 * children and families, a 70-year-old never one for young people). Group: a priority group fits
 * offers that name it, everyone, families or an age band, but not offers only for other priority
 * groups; an age-band group is read as that band's ages when no age is given.
 */
export function audienceFit(
  offering: Offering,
  group: string | undefined,
  age: number | undefined,
  provider?: AgeSource,
): Audience {
  const groups = offering.target_groups;
  if (group && !AGE_BAND_GROUPS.has(group) && !OPEN_GROUPS.has(group) && groups.length > 0) {
    const open = groups.some((g) => g === group || OPEN_GROUPS.has(g) || AGE_BAND_GROUPS.has(g));
    if (!open) return "no";
  }
  const bands = ageBands(offering, provider);
  if (!bands) return "fits";
  const [lo, hi] =
    age !== undefined ? [age, age] : group && AGE_BAND_GROUPS.has(group) ? AGE_BANDS[group] : [-1, -1];
  if (lo < 0) return "fits";
  if (bands.some(([from, to]) => hi >= from && lo <= to)) return "fits";
  if (hi < Math.min(...bands.map((b) => b[0]))) return "later";
  return "no";
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
