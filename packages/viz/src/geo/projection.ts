/**
 * The map frame: a Mercator projection fitted to the inventory's municipalities (Westhoek,
 * Limburg, any set), SVG path strings rounded to 0.1 px (small pages), and centroids.
 */
import { type GeoProjection, geoMercator, geoPath } from "d3";
import type { MapRegion, MunicipalityFeature } from "./topology.ts";

export const MAP_WIDTH = 800;
/** Room under the map for organisations without a municipality (region level). */
export const REGION_BAND = 46;
const PAD = 14;

export interface MapFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  path: (f: MunicipalityFeature) => string;
  centroid: (f: MunicipalityFeature) => [number, number];
}

/** The height follows the region's shape (between 60% and 125% of the width). */
export function mapFrame(region: MapRegion, width = MAP_WIDTH): MapFrame {
  const fitted = { type: "FeatureCollection" as const, features: region.inside };
  const probe = geoMercator().fitWidth(width - 2 * PAD, fitted);
  const [[, y0], [, y1]] = geoPath(probe).bounds(fitted);
  const natural = Math.ceil(y1 - y0) + 2 * PAD + REGION_BAND;
  const height = Math.min(Math.round(width * 1.25), Math.max(Math.round(width * 0.6), natural));
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD - REGION_BAND],
    ],
    fitted,
  );
  const generator = geoPath(projection).digits(1);
  return {
    width,
    height,
    projection,
    path: (f) => generator(f) ?? "",
    centroid: (f) => generator.centroid(f),
  };
}
