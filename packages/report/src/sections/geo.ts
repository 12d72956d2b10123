/**
 * The map part of the report model: figures per municipality and findings by place from
 * @ecolens/analysis (place-figures, place-findings), and the coordinates an inventory gives, for
 * viz's choropleth and geographic network layout. Also used by `ecolens export --to map-svg`.
 */
import { type PlaceOverview, placeFigures, placeFindings } from "@ecolens/analysis";
import type { EcoNetwork } from "@ecolens/core";
import type { GeoModel } from "@ecolens/viz";

const inRange = (v: unknown, limit: number): v is number =>
  typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= limit;

/** `overview`: the analysis's by-place overview of this network, when there is one (not computed twice). */
export function geoModel(network: EcoNetwork, overview?: PlaceOverview): GeoModel | undefined {
  const figures = placeFigures(network, overview);
  if (figures.municipalities.length === 0) return undefined;
  const coordinates: Record<string, [number, number]> = Object.create(null);
  for (const o of network.organisations)
    if (inRange(o.lon, 180) && inRange(o.lat, 90) && network.graph.hasNode(o.org_id))
      coordinates[o.org_id] = [o.lon, o.lat];
  return {
    municipalities: figures.municipalities.map((m) => ({
      nis: m.nis_code,
      name: m.name,
      population: m.population,
      population_year: m.population_year,
    })),
    figures: figures.figures.map((f) => ({
      id: f.id,
      title: f.title,
      format: f.format,
      higher_is_better: f.higher_is_better,
      values: f.values,
    })),
    findings: placeFindings(network, figures).map((s) => ({
      code: s.code,
      figure: s.figure,
      places: s.places,
      message: s.message,
    })),
    coordinates,
  };
}
