import { describe, expect, it } from "vitest";
import { estimateError, ranks, spearman } from "../agreement.ts";

describe("benchmark agreement measures", () => {
  it("ranks ties by their average rank, as scipy.stats.rankdata does", () => {
    expect([...ranks([5, 6, 7, 8, 7])]).toEqual([1, 2, 3.5, 5, 3.5]);
  });

  it("Spearman's rho over common ids matches scipy.stats.spearmanr (0.8207826816681233)", () => {
    const a = { p: 1, q: 2, r: 3, s: 4, t: 5, only_a: 9 };
    const b = { p: 5, q: 6, r: 7, s: 8, t: 7, only_b: 1 };
    const { rho, n } = spearman(a, b);
    expect(n).toBe(5);
    expect(rho).toBeCloseTo(0.8207826816681233, 12);
  });

  it("an estimate's error: exact values give no error, a doubled one a total error of 1", () => {
    const exact = { a: 4, b: 3, c: 2, d: 1 };
    expect(estimateError(exact, exact, 2)).toMatchObject({
      spearman: 1,
      total_relative_error: 0,
      top_overlap: 1,
    });
    const doubled = Object.fromEntries(Object.entries(exact).map(([k, v]) => [k, 2 * v]));
    const e = estimateError(doubled, exact, 2);
    expect(e.total_relative_error).toBeCloseTo(1, 12);
    expect(e.mean_abs_error_over_mean).toBeCloseTo(1, 12);
  });
});
