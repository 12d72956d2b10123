/** Municipality names and the places an organisation or offering is in, for gap tables. */
import type { EcoNetwork, Offering, Organisation } from "@ecolens/core";

export type PlaceNamer = (nis: string | undefined) => string | undefined;

/** nis_code -> Dutch name from the network's municipality table (or names seen in the inventory). */
export function placeNamer(network: EcoNetwork): PlaceNamer {
  const names = new Map<string, string>();
  for (const o of network.organisations)
    if (o.nis_code && o.municipality) names.set(o.nis_code, o.municipality);
  for (const m of network.municipalities) names.set(m.nis_code, m.name_nl);
  return (nis) => (nis === undefined ? undefined : (names.get(nis) ?? nis));
}

export function orgPlace(org: Organisation | undefined): string | undefined {
  return org?.nis_code || org?.municipality || undefined;
}

/** An offering takes place at its own location, else at its organiser's. */
export function offeringPlace(
  offering: Offering,
  orgs: ReadonlyMap<string, Organisation>,
): string | undefined {
  return offering.nis_code || offering.municipality || orgPlace(orgs.get(offering.org_id));
}

export function orgIndex(network: EcoNetwork): Map<string, Organisation> {
  return new Map(network.organisations.map((o) => [o.org_id, o]));
}

/** Vocabulary values worth counting: known codes, not `other`/`other:<raw>`. */
export function isCountable(code: string | undefined): code is string {
  return code !== undefined && code !== "" && code !== "other" && !code.startsWith("other:");
}
