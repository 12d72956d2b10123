/** Agreement between tools: Spearman rank correlation (average ranks for ties) on common ids. */

export function ranks(values: number[]): Float64Array {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Float64Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[order[k][1]] = avg;
    i = j + 1;
  }
  return r;
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? (saa === sbb ? 1 : 0) : sab / Math.sqrt(saa * sbb);
}

/** Spearman's rho over the ids both maps have (restricted to `only` when given). */
export function spearman(
  a: Record<string, number>,
  b: Record<string, number>,
  only?: Record<string, unknown>,
): { rho: number; n: number } {
  const ids = Object.keys(a).filter((id) => id in b && (!only || id in only));
  const rho = pearson(ranks(ids.map((id) => a[id])), ranks(ids.map((id) => b[id])));
  return { rho, n: ids.length };
}

/** Error of an estimate against exact values: Spearman, relative error of the total, top-k overlap. */
export function estimateError(est: Record<string, number>, exact: Record<string, number>, top = 100) {
  const ids = Object.keys(exact).filter((id) => id in est);
  let sumE = 0;
  let sumX = 0;
  let absErr = 0;
  for (const id of ids) {
    sumE += est[id];
    sumX += exact[id];
    absErr += Math.abs(est[id] - exact[id]);
  }
  const topOf = (m: Record<string, number>) => new Set([...ids].sort((x, y) => m[y] - m[x]).slice(0, top));
  const te = topOf(est);
  const overlap = [...topOf(exact)].filter((id) => te.has(id)).length / Math.min(top, ids.length);
  return {
    spearman: spearman(est, exact).rho,
    total_relative_error: sumX === 0 ? 0 : Math.abs(sumE - sumX) / sumX,
    mean_abs_error_over_mean: sumX === 0 ? 0 : absErr / sumX,
    top_overlap: overlap,
    top,
  };
}
