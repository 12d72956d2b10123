/**
 * The map of the helicopter view in the report model: figures per municipality (computed by
 * @ecolens/analysis, placed here by the CLI) and what the geographic network layout needs.
 * Plain JSON; viz draws it with the shipped boundaries (data/geo) and computes nothing else.
 */
import type { Text } from "@ecolens/core";

export interface GeoMunicipality {
  nis: string;
  name: string;
  population: number | null;
  /** Population on 1 January of this year. */
  population_year: number | null;
}

export interface GeoFigure {
  id: string;
  title: Text;
  format: "integer" | "decimal" | "percent";
  /** true: more is better; false: less is better; null: neither (shown in the legend). */
  higher_is_better: boolean | null;
  /** NIS code -> value; null = not computable there. */
  values: Record<string, number | null>;
}

export interface GeoFinding {
  code: string;
  /** The figure the sentence is about (the map switches to it), or null. */
  figure: string | null;
  /** NIS codes named. */
  places: string[];
  message: Text;
}

export interface GeoModel {
  municipalities: GeoMunicipality[];
  figures: GeoFigure[];
  findings: GeoFinding[];
  /** Organisations whose inventory row gives coordinates: org id -> [lon, lat] (WGS84). */
  coordinates?: Record<string, [number, number]>;
}

/** What the browser needs (geo/browser/*): per figure the fills and the values as text. */
export interface GeoPayload {
  codes: string[];
  names: string[];
  /** Population on 1 January of the year (null = unknown). */
  population: Array<[number, number | null] | null>;
  figures: Array<{
    id: string;
    title: [string, string];
    fill: string[];
    text: Array<[string, string] | null>;
  }>;
  /** Geographic layout of the network, by node index (model.nodes order), in the map's pixels;
   * muni = index into codes (-1: not on the map). */
  layout: { x: number[]; y: number[]; muni: number[]; coordinates: number; region: number };
  width: number;
  height: number;
}
