/**
 * Which layers of data a round brings, so a diff compares a layer only where both rounds have it.
 * A GEXF, GraphML, JSON or edge-list round has organisations and ties but no barriers,
 * commitments or learning offers; an inventory round has the side tables only when their files
 * were given; a round may also lack places (no municipality or NIS code on any organisation) or
 * the formal ↔ non-formal/informal line (no sector or organisation type). A layer one round lacks
 * is "not in this round's data": it is left out of the counts' comparison and of the verdict, never
 * read as "0 barriers".
 */
import type { EcoNetwork } from "@ecolens/core";
import { orgRecords } from "./org-records.ts";

export interface RoundLayers {
  /** No organisations at all: nothing to compare on any goal. */
  empty: boolean;
  barriers: boolean;
  offerings: boolean;
  /** At least one organisation with a municipality or NIS code. */
  places: boolean;
  /** At least one organisation on either side of the formal ↔ non-formal/informal line. */
  sides: boolean;
}

export type LayerName = "barriers" | "offerings" | "places" | "sides";
export const LAYER_NAMES: readonly LayerName[] = ["barriers", "offerings", "places", "sides"];

/** The layers of one round. */
export function roundLayers(network: EcoNetwork): RoundLayers {
  const inventory = network.source.kind === "inventory";
  const files = new Set(network.report.files.map((f) => f.kind));
  const records = orgRecords(network);
  return {
    empty: network.graph.order === 0,
    // An inventory built without a file list (in code) is taken to have every table.
    barriers: network.barriers.length > 0 || (inventory && (files.size === 0 || files.has("barriers"))),
    offerings: network.offerings.length > 0 || (inventory && (files.size === 0 || files.has("offerings"))),
    places: records.some((r) => r.place !== null),
    sides: records.some((r) => r.side !== null),
  };
}

export interface LayerComparison {
  old: RoundLayers;
  new: RoundLayers;
  /** A layer is compared only when both rounds have it. */
  compared: Record<LayerName, boolean>;
  /** Both rounds hold organisations. */
  both_non_empty: boolean;
}

export function compareLayers(oldNetwork: EcoNetwork, newNetwork: EcoNetwork): LayerComparison {
  const a = roundLayers(oldNetwork);
  const b = roundLayers(newNetwork);
  const compared = {} as Record<LayerName, boolean>;
  for (const name of LAYER_NAMES) compared[name] = a[name] && b[name];
  return { old: a, new: b, compared, both_non_empty: !a.empty && !b.empty };
}
