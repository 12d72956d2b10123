/**
 * The place a report covers, for its default title: the region of the municipalities (e.g.
 * "Westhoek") when most organisations lie in one region and more than one municipality, the
 * municipality when there is one, otherwise the names of the few municipalities.
 */
import type { EcoNetwork } from "@ecolens/core";

/** Share of the located organisations that must lie in one region to name the region. */
const REGION_SHARE = 0.8;

export function reportPlace(network: EcoNetwork): string | undefined {
  const byNis = new Map(network.municipalities.map((m) => [m.nis_code, m]));
  const counts = new Map<string, number>();
  const regions = new Map<string, number>();
  let located = 0;
  network.graph.forEachNode((_id, a) => {
    const m = typeof a.nis_code === "string" ? byNis.get(a.nis_code) : undefined;
    if (!m) return;
    located++;
    counts.set(m.name_nl, (counts.get(m.name_nl) ?? 0) + 1);
    if (m.region) regions.set(m.region, (regions.get(m.region) ?? 0) + 1);
  });
  if (located === 0) return undefined;
  const names = [...counts.keys()].sort((a, b) => a.localeCompare(b, "nl"));
  if (names.length === 1) return names[0];
  const [region, inRegion] =
    [...regions.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
  if (region && inRegion !== undefined && inRegion / located >= REGION_SHARE) return region;
  if (names.length <= 3) return `${names.slice(0, -1).join(", ")} & ${names[names.length - 1]}`;
  return undefined;
}
