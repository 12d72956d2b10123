/**
 * How a relation is drawn on the map: width from its weight; a tie not confirmed by both partners
 * (a collected round) lighter and thinner. Pure, so it is tested without a browser.
 */
import { EDGE_COLOUR, UNCONFIRMED_EDGE_COLOUR } from "../encode/palette.ts";
import type { ViewerEdge } from "./decode.ts";

export interface EdgeStyle {
  size: number;
  color: string;
  unconfirmed?: boolean;
}

export function edgeStyle(e: ViewerEdge, maxWeight: number): EdgeStyle {
  const size = 0.6 + 1.6 * Math.sqrt(e.weight / Math.max(1, maxWeight));
  if (e.confirmed !== false) return { size, color: EDGE_COLOUR };
  return { size: size * 0.45, color: UNCONFIRMED_EDGE_COLOUR, unconfirmed: true };
}
