/**
 * The shipped boundaries (data/geo/flanders-municipalities-2025.topo.json, Statbel, CC BY 4.0)
 * as GeoJSON features, and the part of Flanders a map needs: the inventory's municipalities and
 * their neighbours (shared border in the topology) for context. The JSON is imported, so bundles
 * carry it and nothing is read at run time. Node side only: the browser gets paths, not topology.
 */
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import raw from "../../../../data/geo/flanders-municipalities-2025.topo.json" with { type: "json" };

export interface MunicipalityProps {
  nis: string;
  name_nl: string;
  arrondissement: string;
  province: string;
}
export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProps>;

interface Decoded {
  features: MunicipalityFeature[];
  byNis: Map<string, number>;
  neighbours: number[][];
}

let decoded: Decoded | null = null;

function decode(): Decoded {
  if (decoded) return decoded;
  const topo = raw as unknown as Topology<{ municipalities: GeometryCollection<MunicipalityProps> }>;
  const object = topo.objects.municipalities;
  const collection = feature(topo, object);
  const features = collection.features as MunicipalityFeature[];
  decoded = {
    features,
    byNis: new Map(features.map((f, i) => [f.properties.nis, i])),
    neighbours: neighbors(object.geometries),
  };
  return decoded;
}

/** Every 2025 municipality of Flanders (285 features, sorted as in the file). */
export function flandersFeatures(): MunicipalityFeature[] {
  return decode().features;
}

export interface MapRegion {
  /** The requested municipalities that have a shape, sorted by NIS code. */
  inside: MunicipalityFeature[];
  /** Their neighbours outside the set (context, greyed), sorted by NIS code. */
  context: MunicipalityFeature[];
  /** Requested codes without a shape (not Flemish, or unknown). */
  missing: string[];
}

export function mapRegion(nisCodes: Iterable<string>): MapRegion {
  const { features, byNis, neighbours } = decode();
  const wanted = [...new Set(nisCodes)].sort();
  const inside = new Set<number>();
  const missing: string[] = [];
  for (const nis of wanted) {
    const i = byNis.get(nis);
    if (i === undefined) missing.push(nis);
    else inside.add(i);
  }
  const context = new Set<number>();
  for (const i of inside) for (const j of neighbours[i]) if (!inside.has(j)) context.add(j);
  const byCode = (a: MunicipalityFeature, b: MunicipalityFeature) =>
    a.properties.nis < b.properties.nis ? -1 : a.properties.nis > b.properties.nis ? 1 : 0;
  return {
    inside: [...inside].map((i) => features[i]).sort(byCode),
    context: [...context].map((i) => features[i]).sort(byCode),
    missing,
  };
}
