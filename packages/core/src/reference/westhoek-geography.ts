/**
 * Hand-compiled geography of the 18 Westhoek municipalities, for distances and "neighbouring
 * municipality" logic in example data and reports.
 * - NEIGHBOURS: which Westhoek municipalities share a border, compiled by hand from general
 *   geographic knowledge of the region (not from an official GIS layer). Borders with
 *   municipalities outside the 18 (Staden, Middelkerke, Komen-Waasten, France, ...) are left out.
 * - WESTHOEK_CENTROIDS: approximate coordinates of each municipality's main town centre, rounded
 *   to 0.01° (≈1 km); not a computed polygon centroid, so expect errors of a few km.
 */

/** NIS code -> NIS codes of the adjacent Westhoek municipalities (symmetric, sorted). */
export const NEIGHBOURS: Record<string, string[]> = symmetric([
  ["32003", "38016"], // Diksmuide - Nieuwpoort
  ["32003", "32010"], // Diksmuide - Koekelare
  ["32003", "32011"], // Diksmuide - Kortemark
  ["32003", "32006"], // Diksmuide - Houthulst
  ["32003", "32030"], // Diksmuide - Lo-Reninge
  ["32003", "38002"], // Diksmuide - Alveringem
  ["32003", "38025"], // Diksmuide - Veurne
  ["32006", "32011"], // Houthulst - Kortemark
  ["32006", "33040"], // Houthulst - Langemark-Poelkapelle
  ["32006", "32030"], // Houthulst - Lo-Reninge
  ["32010", "32011"], // Koekelare - Kortemark
  ["32030", "33040"], // Lo-Reninge - Langemark-Poelkapelle
  ["32030", "33011"], // Lo-Reninge - Ieper
  ["32030", "33041"], // Lo-Reninge - Vleteren
  ["32030", "38002"], // Lo-Reninge - Alveringem
  ["33011", "33021"], // Ieper - Poperinge
  ["33011", "33041"], // Ieper - Vleteren
  ["33011", "33040"], // Ieper - Langemark-Poelkapelle
  ["33011", "33037"], // Ieper - Zonnebeke
  ["33011", "33039"], // Ieper - Heuvelland
  ["33016", "33039"], // Mesen - Heuvelland
  ["33021", "33041"], // Poperinge - Vleteren
  ["33021", "33039"], // Poperinge - Heuvelland
  ["33021", "38002"], // Poperinge - Alveringem
  ["33029", "33037"], // Wervik - Zonnebeke
  ["33037", "33040"], // Zonnebeke - Langemark-Poelkapelle
  ["33041", "38002"], // Vleteren - Alveringem
  ["38002", "38025"], // Alveringem - Veurne
  ["38008", "38014"], // De Panne - Koksijde
  ["38008", "38025"], // De Panne - Veurne
  ["38014", "38025"], // Koksijde - Veurne
  ["38014", "38016"], // Koksijde - Nieuwpoort
  ["38016", "38025"], // Nieuwpoort - Veurne
]);

function symmetric(pairs: [string, string][]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!map.has(a)) map.set(a, new Set());
    if (!map.has(b)) map.set(b, new Set());
    map.get(a)!.add(b);
    map.get(b)!.add(a);
  }
  const out: Record<string, string[]> = Object.create(null);
  for (const nis of [...map.keys()].sort()) out[nis] = [...map.get(nis)!].sort();
  return out;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Approximate town-centre coordinates (WGS84) of each Westhoek municipality. */
export const WESTHOEK_CENTROIDS: Record<string, LatLon> = Object.assign(Object.create(null), {
  "32003": { lat: 51.03, lon: 2.86 }, // Diksmuide
  "32006": { lat: 50.98, lon: 2.95 }, // Houthulst
  "32010": { lat: 51.09, lon: 2.98 }, // Koekelare
  "32011": { lat: 51.03, lon: 3.04 }, // Kortemark
  "32030": { lat: 50.96, lon: 2.77 }, // Lo-Reninge
  "33011": { lat: 50.85, lon: 2.89 }, // Ieper
  "33016": { lat: 50.76, lon: 2.9 }, // Mesen
  "33021": { lat: 50.86, lon: 2.73 }, // Poperinge
  "33029": { lat: 50.78, lon: 3.04 }, // Wervik
  "33037": { lat: 50.87, lon: 2.99 }, // Zonnebeke
  "33039": { lat: 50.79, lon: 2.81 }, // Heuvelland (Kemmel)
  "33040": { lat: 50.91, lon: 2.92 }, // Langemark-Poelkapelle
  "33041": { lat: 50.92, lon: 2.72 }, // Vleteren
  "38002": { lat: 51.01, lon: 2.71 }, // Alveringem
  "38008": { lat: 51.1, lon: 2.59 }, // De Panne
  "38014": { lat: 51.12, lon: 2.64 }, // Koksijde
  "38016": { lat: 51.13, lon: 2.75 }, // Nieuwpoort
  "38025": { lat: 51.07, lon: 2.66 }, // Veurne
});

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Approximate distance between two Westhoek municipalities' centres, or undefined if unknown. */
export function westhoekDistanceKm(nisA: string, nisB: string): number | undefined {
  const a = WESTHOEK_CENTROIDS[nisA];
  const b = WESTHOEK_CENTROIDS[nisB];
  return a && b ? haversineKm(a, b) : undefined;
}
