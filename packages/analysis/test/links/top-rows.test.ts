/**
 * topRows keeps what sorting every row and taking the first k gives (the link suggestions score
 * hundreds of thousands of candidate pairs and list 20), and jaccardValue is jaccardSets' value.
 */
import { createRng } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { jaccardSets, jaccardValue } from "../../src/links/features.ts";
import { topRows } from "../../src/links/top-rows.ts";

interface Row {
  score: number;
  id: string;
}
const order = (p: Row, q: Row) => q.score - p.score || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

function rows(n: number, seed: number): Row[] {
  const rng = createRng(seed);
  // Few distinct scores, so the ids decide often.
  return Array.from({ length: n }, (_, i) => ({ score: Math.floor(rng() * 7), id: `r${(i * 7919) % n}` }));
}

describe("topRows", () => {
  it("gives the first k rows of the sorted list, whatever order they are offered in", () => {
    for (const [n, k, seed] of [
      [1000, 20, 1],
      [50, 20, 2],
      [20, 20, 3],
      [5, 20, 4],
      [300, 1, 5],
    ]) {
      const all = rows(n, seed);
      const top = topRows(k, order);
      for (const row of all) top.offer(row);
      expect(top.rows()).toEqual([...all].sort(order).slice(0, k));
    }
  });

  it("keeps nothing for k = 0 and keeps equal rows in the order offered (as a stable sort)", () => {
    const none = topRows<Row>(0, order);
    none.offer({ score: 1, id: "a" });
    expect(none.rows()).toEqual([]);
    const byScore = topRows<Row>(2, (p, q) => q.score - p.score);
    const first = { score: 1, id: "first" };
    const second = { score: 1, id: "second" };
    byScore.offer(first);
    byScore.offer(second);
    byScore.offer({ score: 1, id: "third" });
    expect(byScore.rows()).toEqual([first, second]);
  });
});

describe("jaccardValue", () => {
  it("is jaccardSets' value", () => {
    const sets = [[], ["a"], ["a", "b"], ["b", "c", "d"], ["a", "b", "c", "d"]].map((s) => new Set(s));
    for (const a of sets) for (const b of sets) expect(jaccardValue(a, b)).toBe(jaccardSets(a, b).value);
    expect(jaccardValue(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3, 12);
  });
});
