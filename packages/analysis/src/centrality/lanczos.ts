/**
 * The largest eigenvalue of a symmetric matrix and its eigenvector, by explicitly restarted Lanczos
 * (Golub & Van Loan, Matrix Computations, §10.1): the matrix is only used through `multiply`
 * (y = A x), so an undirected graph's adjacency is never formed.
 *
 * Why not power iteration: on networks with communities the second eigenvalue lies close to the
 * first and power iteration needs ~190 products to reach 1e-13 at 10^5 vertices; a Krylov space of
 * the same products converges about as the square root of that gap.
 *
 * Each restart keeps its `steps` Lanczos vectors (steps × n numbers: 8 MB for 10 at 10^5 vertices) and
 * orthogonalises every new one against all of them: without that, rounding makes the vectors lose
 * orthogonality as the top value converges and the iteration stalls (tried: a two-pass variant
 * that keeps only three vectors stalled at 6e-12 on the L benchmark graph).
 */

export interface TopEigenpairOptions {
  /** Stop when ‖A x − θ x‖₂ ≤ tolerance · |θ| (x of unit length). */
  tolerance: number;
  /** Give up after this many products A x (the caller then decides). */
  maxProducts: number;
  /** Lanczos steps (stored vectors) per restart. */
  steps?: number;
}

export interface TopEigenpair {
  vector: Float64Array;
  value: number;
  products: number;
  converged: boolean;
}

type Multiply = (x: Float64Array, into: Float64Array) => void;

/** The largest eigenvalue of the symmetric tridiagonal (alpha, beta) and its unit eigenvector. */
export function tridiagonalTop(
  alpha: Float64Array,
  beta: Float64Array,
): { value: number; vector: Float64Array } {
  const k = alpha.length;
  // Cyclic Jacobi on the small dense copy: k is at most a few dozen, and Jacobi is simple and
  // accurate to the last digits for symmetric matrices.
  const a = new Float64Array(k * k);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    a[i * k + i] = alpha[i];
    v[i * k + i] = 1;
    if (i + 1 < k) {
      a[i * k + i + 1] = beta[i];
      a[(i + 1) * k + i] = beta[i];
    }
  }
  let scale = 0;
  for (let i = 0; i < k * k; i++) scale += a[i] ** 2;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    // Off-diagonal mass below rounding of the whole matrix: diagonal to machine precision.
    if (off <= 1e-32 * scale) break;
    for (let p = 0; p < k; p++)
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (apq === 0) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
  }
  let top = 0;
  for (let i = 1; i < k; i++) if (a[i * k + i] > a[top * k + top]) top = i;
  const vector = new Float64Array(k);
  for (let r = 0; r < k; r++) vector[r] = v[r * k + top];
  return { value: a[top * k + top], vector };
}

const dot = (x: Float64Array, y: Float64Array) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
};

/**
 * One Lanczos run of at most basis.length steps from the unit vector basis[0]: fills alpha, beta
 * and the basis, orthogonalising each new vector against every earlier one. Returns the number of
 * steps taken (fewer when the Krylov space closes: the top Ritz pair is then exact).
 */
function lanczosRun(
  multiply: Multiply,
  basis: Float64Array[],
  alpha: Float64Array,
  beta: Float64Array,
  w: Float64Array,
): number {
  const k = basis.length;
  const n = w.length;
  for (let j = 0; j < k; j++) {
    const v = basis[j];
    multiply(v, w);
    // Modified Gram-Schmidt against every stored vector; the coefficient on v itself is alpha.
    for (let i = 0; i <= j; i++) {
      const vi = basis[i];
      const c = dot(w, vi);
      if (i === j) alpha[j] = c;
      for (let t = 0; t < n; t++) w[t] -= c * vi[t];
    }
    const a = alpha[j];
    const b = Math.sqrt(dot(w, w));
    beta[j] = b;
    if (j === k - 1 || b <= 1e-13 * (Math.abs(a) + (j > 0 ? beta[j - 1] : 0))) return j + 1;
    const next = basis[j + 1];
    for (let t = 0; t < n; t++) next[t] = w[t] / b;
  }
  return k;
}

export function topEigenpair(
  n: number,
  multiply: Multiply,
  start: Float64Array,
  { tolerance, maxProducts, steps = 20 }: TopEigenpairOptions,
): TopEigenpair {
  const k = Math.max(1, Math.min(steps, n));
  const alpha = new Float64Array(k);
  const beta = new Float64Array(k);
  const basis = Array.from({ length: k }, () => new Float64Array(n));
  const w = new Float64Array(n);
  const x = Float64Array.from(start);
  let products = 0;
  let value = 0;
  for (;;) {
    const norm = Math.sqrt(dot(x, x));
    for (let i = 0; i < n; i++) basis[0][i] = x[i] / norm;
    const taken = lanczosRun(multiply, basis, alpha, beta, w);
    products += taken;
    const top = tridiagonalTop(alpha.subarray(0, taken), beta.subarray(0, taken));
    x.fill(0);
    for (let j = 0; j < taken; j++) {
      const yj = top.vector[j];
      const vj = basis[j];
      for (let i = 0; i < n; i++) x[i] += yj * vj[i];
    }
    value = top.value;
    // ‖A x − θ x‖ = β_last · |y_last| for the Ritz pair (exact arithmetic; checked below).
    const estimate = beta[taken - 1] * Math.abs(top.vector[taken - 1]);
    if (estimate <= tolerance * Math.abs(value) || products >= maxProducts) break;
  }
  // Unit length, and the sign that makes the entries sum positive (a Perron vector is positive).
  let norm = Math.sqrt(dot(x, x));
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i];
  norm *= sum < 0 ? -1 : 1;
  for (let i = 0; i < n; i++) x[i] /= norm;
  // The residual, measured rather than trusted.
  multiply(x, w);
  products++;
  value = dot(x, w);
  let residual = 0;
  for (let i = 0; i < n; i++) residual += (w[i] - value * x[i]) ** 2;
  const converged = Math.sqrt(residual) <= 10 * tolerance * Math.abs(value);
  return { vector: x, value, products, converged };
}
