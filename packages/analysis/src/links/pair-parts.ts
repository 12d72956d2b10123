/**
 * The parts of a pair's score that look at the two organisations (docs/suggestions.md): structural
 * proximity and its typical value κ, geography, a barrier one signals and the other helps lower,
 * and whether the pair crosses the chosen line. createPairScorer (suggest.ts) weighs them.
 */
import { haversineKm } from "@ecolens/core";
import type { GraphView } from "../view/graph-view.ts";
import type { OrgFeatures } from "./features.ts";
import type { Reason } from "./reasons.ts";
import { commonNeighbours, degreeOf, forEachTwoHopPair } from "./scores.ts";

export type Across = "formal" | "sector" | "municipality" | "none";

export interface Geography {
  value: number;
  kind: "same" | "neighbours" | "distance" | "none";
  km?: number;
}

export interface BarrierMatch
  extends Omit<Extract<Reason, { kind: "barrier" }>, "kind" | "partners_on_type"> {
  value: number;
}

/** Common-neighbour proximity (Adamic-Adar or resource allocation) and its typical value κ. */
export function structuralProximity(v: GraphView, useAA: boolean) {
  const proximity = (i: number, j: number) => {
    let x = 0;
    for (const w of commonNeighbours(v, i, j)) x += useAA ? 1 / Math.log(degreeOf(v, w)) : 1 / degreeOf(v, w);
    return x;
  };
  // κ: the mean proximity of pairs at distance two, so S = 1/2 for a typical such pair.
  let sum = 0;
  let count = 0;
  forEachTwoHopPair(v, (i, j) => {
    sum += proximity(i, j);
    count++;
  });
  return { proximity, kappa: count === 0 ? 1 : sum / count };
}

export function geographyOf(
  feat: readonly OrgFeatures[],
  neighbours: Readonly<Record<string, readonly string[]>>,
  scale: number,
): (i: number, j: number) => Geography {
  return (i, j) => {
    const [a, b] = [feat[i], feat[j]];
    let best: Geography = { value: 0, kind: "none" };
    if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined) {
      const km = haversineKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
      best = { value: Math.exp(-km / scale), kind: "distance", km };
    }
    if (a.place && a.place === b.place) return { value: 1, kind: "same", km: best.km };
    if (
      a.place &&
      b.place &&
      Object.hasOwn(neighbours, a.place) &&
      neighbours[a.place].includes(b.place) &&
      best.value < 0.5
    )
      return { value: 0.5, kind: "neighbours", km: best.km };
    return best;
  };
}

export function barrierMatcher(feat: readonly OrgFeatures[]): (i: number, j: number) => BarrierMatch | null {
  return (i, j) => {
    let best: BarrierMatch | null = null;
    for (const [s, h] of [
      [i, j],
      [j, i],
    ]) {
      for (const sig of feat[s].signals) {
        const via = feat[h].helps.get(sig.barrier_type);
        if (!via) continue;
        const value = via === "resource" ? 0.5 : 1;
        if (!best || value > best.value)
          best = { value, signaller: feat[s].id, helper: feat[h].id, ...sig, via };
      }
    }
    return best;
  };
}

export function acrossCheck(feat: readonly OrgFeatures[]): (i: number, j: number, across: Across) => boolean {
  return (i, j, across) => {
    const [a, b] = [feat[i], feat[j]];
    if (across === "none") return true;
    if (across === "formal") return a.side !== null && b.side !== null && a.side !== b.side;
    if (across === "sector") return !!a.sector && !!b.sector && a.sector !== b.sector;
    return !!a.place && !!b.place && a.place !== b.place;
  };
}
