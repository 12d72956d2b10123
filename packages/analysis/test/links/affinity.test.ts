import { createRng } from "@ecolens/core";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildAffinity, placeRelation } from "../../src/links/affinity.ts";
import { linkView } from "../../src/links/scores.ts";

function graphOf(n: number, ties: Array<[number, number]>) {
  const g = new MultiGraph({ type: "mixed" });
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  for (const [a, b] of ties)
    g.addUndirectedEdge(`v${a}`, `v${b}`, { relation_type: "x", weight: 1, directed: false });
  return linkView(g);
}

describe("mixing affinity", () => {
  it("hand-derived: two schools and two clubs in one place, each school tied to one club", () => {
    const view = graphOf(4, [
      [0, 2],
      [1, 3],
    ]);
    const a = buildAffinity(view, ["school", "school", "club", "club"], ["X", "X", "X", "X"], {});
    // ρ = 2/6. school-club block: 4 pairs, 2 ties: d = (2 + 10/3)/(4 + 10) = 8/21, A = 8/15.
    expect(a.of(0, 3)).toBeCloseTo(8 / 15, 12);
    expect(a.block(0, 3)).toEqual({ ties: 2, pairs: 4 });
    // school-school: 1 pair, 0 ties: d = (10/3)/11 = 10/33, A = 10/21.
    expect(a.of(0, 1)).toBeCloseTo(10 / 21, 12);
  });
  it("block pair counts equal brute-force enumeration (places, neighbours, unknown places)", () => {
    const rng = createRng(9);
    const n = 60;
    const kinds = ["a", "b", "c"];
    const places = ["p1", "p2", "p3", "p4", undefined];
    const neighbours = { p1: ["p2"], p2: ["p1", "p3"], p3: ["p2"] };
    const kindOf = Array.from({ length: n }, () => kinds[Math.floor(rng() * kinds.length)]);
    const placeOf = Array.from({ length: n }, () => places[Math.floor(rng() * places.length)]);
    const ties: Array<[number, number]> = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < 0.08) ties.push([i, j]);
    const view = graphOf(n, ties);
    const a = buildAffinity(view, kindOf, placeOf, neighbours);
    const key = (i: number, j: number) =>
      `${[kindOf[i], kindOf[j]].sort().join("-")}/${placeRelation(placeOf[i], placeOf[j], neighbours)}`;
    const pairs = new Map<string, number>();
    const tieCount = new Map<string, number>();
    const tied = new Set(ties.map(([i, j]) => i * n + j));
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        pairs.set(key(i, j), (pairs.get(key(i, j)) ?? 0) + 1);
        if (tied.has(i * n + j)) tieCount.set(key(i, j), (tieCount.get(key(i, j)) ?? 0) + 1);
      }
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        expect(a.block(i, j), `${i}-${j} ${key(i, j)}`).toEqual({
          pairs: pairs.get(key(i, j)),
          ties: tieCount.get(key(i, j)) ?? 0,
        });
  });
  it("a network without ties has no affinity", () => {
    const view = graphOf(3, []);
    expect(buildAffinity(view, ["a", "a", "a"], [undefined, undefined, undefined], {}).of(0, 1)).toBe(0);
  });
});
