/**
 * The Lanczos solver behind undirected eigenvector centrality, against eigenpairs known in closed
 * form: the path graph P_n has λ₁ = 2 cos(π/(n+1)) and x_j ∝ sin(jπ/(n+1)) (j = 1..n).
 */
import { describe, expect, it } from "vitest";
import { topEigenpair, tridiagonalTop } from "../../src/centrality/lanczos.ts";

function pathProduct(n: number) {
  return (x: Float64Array, y: Float64Array) => {
    for (let i = 0; i < n; i++) y[i] = (i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0);
  };
}

function pathEigenvector(n: number): Float64Array {
  const x = Float64Array.from({ length: n }, (_, i) => Math.sin(((i + 1) * Math.PI) / (n + 1)));
  const norm = Math.hypot(...x);
  return x.map((v) => v / norm);
}

describe("tridiagonalTop (Jacobi on the small matrix)", () => {
  it("finds the largest eigenvalue and its unit vector of a path's tridiagonal matrix", () => {
    const n = 7;
    const top = tridiagonalTop(new Float64Array(n), new Float64Array(n - 1).fill(1));
    expect(top.value).toBeCloseTo(2 * Math.cos(Math.PI / (n + 1)), 13);
    const sign = Math.sign(top.vector[0]);
    const expected = pathEigenvector(n);
    for (let i = 0; i < n; i++) expect(sign * top.vector[i]).toBeCloseTo(expected[i], 12);
  });

  it("a 1 x 1 matrix is its own eigenvalue", () => {
    expect(tridiagonalTop(Float64Array.of(3.5), new Float64Array(0))).toEqual({
      value: 3.5,
      vector: Float64Array.of(1),
    });
  });
});

describe("topEigenpair (restarted Lanczos)", () => {
  for (const n of [1, 2, 5, 60, 400]) {
    it(`P_${n}: the closed-form eigenpair, positive, unit length, within the tolerance`, () => {
      const pair = topEigenpair(n, pathProduct(n), new Float64Array(n).fill(1), {
        tolerance: 1e-12,
        maxProducts: 200_000,
        steps: 10,
      });
      expect(pair.converged).toBe(true);
      const lambda = n === 1 ? 0 : 2 * Math.cos(Math.PI / (n + 1));
      expect(pair.value).toBeCloseTo(lambda, 10);
      const expected = n === 1 ? Float64Array.of(1) : pathEigenvector(n);
      let worst = 0;
      for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(pair.vector[i] - expected[i]));
      // P_n's gap shrinks as 1/n²: the vector's error is at most residual / gap.
      expect(worst).toBeLessThan(1e-6);
    });
  }

  it("says when it did not converge within the products allowed", () => {
    const n = 400;
    const pair = topEigenpair(n, pathProduct(n), new Float64Array(n).fill(1), {
      tolerance: 1e-14,
      maxProducts: 20,
      steps: 10,
    });
    expect(pair.converged).toBe(false);
    expect(pair.products).toBeLessThanOrEqual(21 + 10);
  });
});
