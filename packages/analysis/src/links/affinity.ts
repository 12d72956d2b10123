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

type Neighbours = Readonly<Record<string, readonly string[]>>;

/** Integer block keys: kinds and places numbered once, neighbouring places in a set. */
interface BlockKeys {
  /** The block of two vertices. */
  numKey: (i: number, j: number) => number;
  /** The block of two kinds at a place relation. */
  keyOf: (a: string, b: string, rel: PlaceRelation) => number;
}

function numbered<T>(values: readonly T[], skip: (v: T) => boolean, ids: Map<T, number>): Int32Array {
  return Int32Array.from(values, (v) => {
    if (skip(v)) return -1;
    let id = ids.get(v);
    if (id === undefined) {
      id = ids.size;
      ids.set(v, id);
    }
    return id;
  });
}

function blockKeys(
  kindOf: readonly string[],
  placeOf: ReadonlyArray<string | undefined>,
  neighbours: Neighbours,
): BlockKeys {
  const kindIds = new Map<string, number>();
  const kindNo = numbered(kindOf, () => false, kindIds);
  const placeIds = new Map<string | undefined, number>();
  const placeNo = numbered(placeOf, (p) => !p, placeIds);
  const P = placeIds.size + 1;
  const near = new Set<number>();
  for (const [p, a] of placeIds)
    for (const q of p !== undefined && Object.hasOwn(neighbours, p) ? neighbours[p] : []) {
      const b = placeIds.get(q);
      if (b !== undefined && b !== a) near.add(a * P + b);
    }
  const K = kindIds.size;
  const REL: Record<PlaceRelation, number> = { same: 0, neighbours: 1, further: 2, unknown: 3 };
  const relNo = (i: number, j: number) => {
    const [a, b] = [placeNo[i], placeNo[j]];
    if (a < 0 || b < 0) return 3;
    if (a === b) return 0;
    return near.has(a * P + b) ? 1 : 2;
  };
  return {
    numKey: (i, j) => {
      const [a, b] = kindNo[i] <= kindNo[j] ? [kindNo[i], kindNo[j]] : [kindNo[j], kindNo[i]];
      return (a * K + b) * 4 + relNo(i, j);
    },
    keyOf: (a, b, rel) => {
      const [x, y] = [kindIds.get(a)!, kindIds.get(b)!];
      return (Math.min(x, y) * K + Math.max(x, y)) * 4 + REL[rel];
    },
  };
}

/**
 * Pairs per block from counts per (kind, place): same / neighbouring places exactly, the rest
 * by subtraction from all pairs of the two kinds.
 */
function blockPairs(
  view: GraphView,
  kindOf: readonly string[],
  placeOf: ReadonlyArray<string | undefined>,
  neighbours: Neighbours,
  keyOf: BlockKeys["keyOf"],
): Map<number, number> {
  const perKindPlace = new Map<string, Map<string, number>>(); // kind -> place ('' = unknown) -> count
  const perKind = new Map<string, number>();
  for (let i = 0; i < view.n; i++) {
    const place = placeOf[i] ?? "";
    const m = perKindPlace.get(kindOf[i]) ?? new Map<string, number>();
    m.set(place, (m.get(place) ?? 0) + 1);
    perKindPlace.set(kindOf[i], m);
    perKind.set(kindOf[i], (perKind.get(kindOf[i]) ?? 0) + 1);
  }
  const pairs = new Map<number, number>();
  const add = (k: number, x: number) => pairs.set(k, (pairs.get(k) ?? 0) + x);
  const kinds = [...perKind.keys()].sort();
  for (let x = 0; x < kinds.length; x++)
    for (let y = x; y < kinds.length; y++) {
      const [a, b] = [kinds[x], kinds[y]];
      const pa = perKindPlace.get(a)!;
      const pb = perKindPlace.get(b)!;
      const all = a === b ? (perKind.get(a)! * (perKind.get(a)! - 1)) / 2 : perKind.get(a)! * perKind.get(b)!;
      let same = 0;
      let nearPairs = 0;
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
          nearPairs += (pb.get(other) ?? 0) * ca * (a === b ? 0.5 : 1);
      }
      if (a !== b) unknown += (pb.get("") ?? 0) * (perKind.get(a)! - (pa.get("") ?? 0));
      add(keyOf(a, b, "same"), same);
      add(keyOf(a, b, "neighbours"), nearPairs);
      add(keyOf(a, b, "unknown"), unknown);
      add(keyOf(a, b, "further"), all - same - nearPairs - unknown);
    }
  return pairs;
}

export function buildAffinity(
  view: GraphView,
  kindOf: readonly string[],
  placeOf: ReadonlyArray<string | undefined>,
  neighbours: Neighbours,
): Affinity {
  const { numKey, keyOf } = blockKeys(kindOf, placeOf, neighbours);
  const pairs = blockPairs(view, kindOf, placeOf, neighbours, keyOf);
  const ties = new Map<number, number>();
  for (let i = 0; i < view.n; i++)
    for (let e = view.outOffsets[i]; e < view.outOffsets[i + 1]; e++) {
      const j = view.outTargets[e];
      if (j > i) ties.set(numKey(i, j), (ties.get(numKey(i, j)) ?? 0) + 1);
    }
  const allPairs = (view.n * (view.n - 1)) / 2;
  const rho = allPairs === 0 ? 0 : view.m / allPairs;
  return {
    of(i, j) {
      if (rho === 0) return 0;
      const k = numKey(i, j);
      const d = ((ties.get(k) ?? 0) + rho * PRIOR_PAIRS) / ((pairs.get(k) ?? 0) + PRIOR_PAIRS);
      return d / (d + rho);
    },
    block(i, j) {
      const k = numKey(i, j);
      return { ties: ties.get(k) ?? 0, pairs: pairs.get(k) ?? 0 };
    },
  };
}
