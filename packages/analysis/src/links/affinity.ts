/**
 * Mixing affinity: how often organisations of these two kinds, this close to each other, already
 * work together in the observed network. Pairs fall into blocks by (org_type of u, org_type of v,
 * place relation: same municipality / neighbouring / further / unknown); a block's tie density,
 * shrunk towards the overall density ρ with c = 10 pseudo-pairs, becomes A = d / (d + ρ): 1/2 for
 * an ordinary block, towards 1 for kinds that usually cooperate. This is the block-model view of
 * link prediction (Guimerà & Sales-Pardo 2009, "Missing and spurious interactions and the
 * reconstruction of complex networks", PNAS 106(52)), here with the blocks given by the inventory
 * instead of inferred. Only the ties in the view count, so hidden ties cannot leak in.
 */
import type { GraphView } from "../view/graph-view.ts";

export type PlaceRelation = "same" | "neighbours" | "further" | "unknown";

const PRIOR_PAIRS = 10;

export interface Affinity {
  /** A in (0, 1) for a pair of vertices. */
  of(i: number, j: number): number;
  /** The block's observed tie share (ties / pairs) for reasons, and its size. */
  block(i: number, j: number): { ties: number; pairs: number };
}

export function placeRelation(
  a: string | undefined,
  b: string | undefined,
  neighbours: Readonly<Record<string, readonly string[]>>,
): PlaceRelation {
  if (!a || !b) return "unknown";
  if (a === b) return "same";
  return Object.hasOwn(neighbours, a) && neighbours[a].includes(b) ? "neighbours" : "further";
}

export function buildAffinity(
  view: GraphView,
  kindOf: readonly string[],
  placeOf: ReadonlyArray<string | undefined>,
  neighbours: Readonly<Record<string, readonly string[]>>,
): Affinity {
  const key = (i: number, j: number) => {
    const [a, b] = kindOf[i] <= kindOf[j] ? [kindOf[i], kindOf[j]] : [kindOf[j], kindOf[i]];
    return `${a}\u0000${b}\u0000${placeRelation(placeOf[i], placeOf[j], neighbours)}`;
  };
  // Pairs per block from counts per (kind, place): same / neighbouring places exactly, the rest
  // by subtraction from all pairs of the two kinds.
  const perKindPlace = new Map<string, Map<string, number>>(); // kind -> place ('' = unknown) -> count
  const perKind = new Map<string, number>();
  for (let i = 0; i < view.n; i++) {
    const place = placeOf[i] ?? "";
    const m = perKindPlace.get(kindOf[i]) ?? new Map<string, number>();
    m.set(place, (m.get(place) ?? 0) + 1);
    perKindPlace.set(kindOf[i], m);
    perKind.set(kindOf[i], (perKind.get(kindOf[i]) ?? 0) + 1);
  }
  const pairs = new Map<string, number>();
  const add = (k: string, x: number) => pairs.set(k, (pairs.get(k) ?? 0) + x);
  const kinds = [...perKind.keys()].sort();
  for (let x = 0; x < kinds.length; x++)
    for (let y = x; y < kinds.length; y++) {
      const [a, b] = [kinds[x], kinds[y]];
      const pa = perKindPlace.get(a)!;
      const pb = perKindPlace.get(b)!;
      const all = a === b ? (perKind.get(a)! * (perKind.get(a)! - 1)) / 2 : perKind.get(a)! * perKind.get(b)!;
      let same = 0;
      let near = 0;
      let unknown = 0;
      for (const [place, ca] of pa) {
        if (place === "") {
          // Pairs with an unplaced member: all pairs involving it.
          unknown += a === b ? (ca * (ca - 1)) / 2 + ca * (perKind.get(a)! - ca) : ca * perKind.get(b)!;
          continue;
        }
        const cb = pb.get(place) ?? 0;
        same += a === b ? (ca * (ca - 1)) / 2 : ca * cb;
        for (const other of Object.hasOwn(neighbours, place) ? neighbours[place] : [])
          near += (pb.get(other) ?? 0) * ca * (a === b ? 0.5 : 1);
      }
      if (a !== b) unknown += (pb.get("") ?? 0) * (perKind.get(a)! - (pa.get("") ?? 0));
      add(`${a}\u0000${b}\u0000same`, same);
      add(`${a}\u0000${b}\u0000neighbours`, near);
      add(`${a}\u0000${b}\u0000unknown`, unknown);
      add(`${a}\u0000${b}\u0000further`, all - same - near - unknown);
    }
  const ties = new Map<string, number>();
  for (let i = 0; i < view.n; i++)
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const j = view.outTargets[e];
      if (j > i) ties.set(key(i, j), (ties.get(key(i, j)) ?? 0) + 1);
    }
  const allPairs = (view.n * (view.n - 1)) / 2;
  const rho = allPairs === 0 ? 0 : view.m / allPairs;
  return {
    of(i, j) {
      if (rho === 0) return 0;
      const k = key(i, j);
      const d = ((ties.get(k) ?? 0) + rho * PRIOR_PAIRS) / ((pairs.get(k) ?? 0) + PRIOR_PAIRS);
      return d / (d + rho);
    },
    block(i, j) {
      const k = key(i, j);
      return { ties: ties.get(k) ?? 0, pairs: pairs.get(k) ?? 0 };
    },
  };
}
