/**
 * The geographic layout of the network: every organisation inside the shape of its municipality,
 * in the same pixel frame as the choropleth (so the viewer can draw the shapes under the network).
 * Coordinates from the inventory (lat/lon) are used where they fall inside the organisation's
 * municipality (the shapes are generalised: a point just across a simplified border is spread
 * inside instead); other organisations are spread inside the shape by seeded best-candidate
 * sampling (far from the ones already placed), so the layout is the same for the same seed.
 * Organisations without a drawn municipality (region level, unknown places) line up in the band
 * under the map.
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import { geoContains, polygonContains } from "d3";
import type { PreparedMap } from "./choropleth-svg.ts";
import { REGION_BAND } from "./projection.ts";
import type { MunicipalityFeature } from "./topology.ts";

export interface GeoLayoutNode {
  id: string;
  nis_code?: string;
}

export type Placement = "coordinates" | "municipality" | "region";

export interface GeoLayout {
  /** Pixel positions in the choropleth's frame (y downwards), in the order of the nodes given. */
  x: number[];
  y: number[];
  placed: Placement[];
}

const RECENT = 150;

type Ring = Array<[number, number]>;
/** A feature's polygons in map pixels: each is [outer ring, holes...]. */
type Shape = Ring[][];

function projected(map: PreparedMap, f: MunicipalityFeature): Shape {
  const ring = (r: number[][]): Ring =>
    r.map((p) => map.frame.projection([p[0], p[1]]) ?? [Number.NaN, Number.NaN]);
  const g = f.geometry;
  return g.type === "Polygon" ? [g.coordinates.map(ring)] : g.coordinates.map((poly) => poly.map(ring));
}

/** Planar even-odd test in pixels (the projection is conformal and the areas small). */
function inside(shape: Shape, x: number, y: number): boolean {
  return shape.some(
    ([outer, ...holes]) => polygonContains(outer, [x, y]) && !holes.some((h) => polygonContains(h, [x, y])),
  );
}

function spread(
  map: PreparedMap,
  f: MunicipalityFeature,
  count: number,
  rng: () => number,
  candidates: number,
): Array<[number, number]> {
  const shape = projected(map, f);
  const [[x0, y0], [x1, y1]] = boundsOf(shape);
  const placed: Array<[number, number]> = [];
  const [cx, cy] = map.frame.centroid(f);
  for (let n = 0; n < count; n++) {
    let best: [number, number] | null = null;
    let bestDistance = -1;
    let found = 0;
    for (let attempt = 0; attempt < candidates * 12 && found < candidates; attempt++) {
      const x = x0 + rng() * (x1 - x0);
      const y = y0 + rng() * (y1 - y0);
      if (!inside(shape, x, y)) continue;
      found++;
      let nearest = Number.POSITIVE_INFINITY;
      for (let i = Math.max(0, placed.length - RECENT); i < placed.length; i++)
        nearest = Math.min(nearest, (placed[i][0] - x) ** 2 + (placed[i][1] - y) ** 2);
      if (nearest > bestDistance) {
        bestDistance = nearest;
        best = [x, y];
      }
    }
    // A sliver too thin to hit: the centroid (inside for every Flemish municipality drawn).
    placed.push(best ?? [cx, cy]);
  }
  return placed;
}

function boundsOf(shape: Shape): [[number, number], [number, number]] {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const poly of shape)
    for (const [x, y] of poly[0]) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

export function geoLayout(
  map: PreparedMap,
  nodes: readonly GeoLayoutNode[],
  coordinates: Readonly<Record<string, [number, number]>> = {},
  seed = DEFAULT_SEED,
): GeoLayout {
  const rng = createRng(seed);
  const features = new Map(map.region.inside.map((f) => [f.properties.nis, f]));
  const x = new Array<number>(nodes.length).fill(0);
  const y = new Array<number>(nodes.length).fill(0);
  const placed = new Array<Placement>(nodes.length).fill("region");
  const waiting = new Map<string, number[]>();
  const band: number[] = [];
  const order = nodes
    .map((_, i) => i)
    .sort((a, b) => (nodes[a].id < nodes[b].id ? -1 : nodes[a].id > nodes[b].id ? 1 : 0));
  for (const i of order) {
    const f = nodes[i].nis_code ? features.get(nodes[i].nis_code as string) : undefined;
    const c = Object.hasOwn(coordinates, nodes[i].id) ? coordinates[nodes[i].id] : undefined;
    const p = c ? map.frame.projection(c) : null;
    if (f && p && geoContains(f, c as [number, number])) {
      [x[i], y[i]] = p;
      placed[i] = "coordinates";
    } else if (f) {
      const list = waiting.get(f.properties.nis) ?? [];
      list.push(i);
      waiting.set(f.properties.nis, list);
    } else band.push(i);
  }
  const candidates = nodes.length > 5000 ? 2 : 8;
  for (const [nis, list] of [...waiting.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const points = spread(map, features.get(nis) as MunicipalityFeature, list.length, rng, candidates);
    list.forEach((i, k) => {
      [x[i], y[i]] = points[k];
      placed[i] = "municipality";
    });
  }
  const { width, height } = map.frame;
  const rows = Math.max(1, Math.ceil(band.length / Math.max(1, Math.floor((width - 40) / 12))));
  const perRow = Math.ceil(band.length / rows);
  band.forEach((i, k) => {
    const row = Math.floor(k / perRow);
    const col = k % perRow;
    x[i] = 20 + ((col + 0.5) * (width - 40)) / perRow;
    y[i] = height - REGION_BAND + 12 + ((row + 0.5) * (REGION_BAND - 16)) / rows;
  });
  return { x: x.map(round), y: y.map(round), placed };
}

const round = (v: number) => Math.round(v * 10) / 10;
