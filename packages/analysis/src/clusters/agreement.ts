/**
 * How far two partitions of the same organisations agree: normalised mutual information with the
 * arithmetic-mean normaliser, NMI = 2 I(U;V) / (H(U) + H(V)) (Danon et al. 2005, J. Stat. Mech.;
 * scikit-learn's default), and the adjusted Rand index (Hubert & Arabie 1985, J. Classification 2).
 * Used to say whether clusters follow municipalities (geographic) or sectors (thematic).
 */

export interface Agreement {
  /** Organisations compared (those with a value for both partitions). */
  compared: number;
  nmi: number | null;
  adjusted_rand: number | null;
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

/** Agreement of two labelings of the same items; items where either label is missing are skipped. */
export function partitionAgreement(
  a: ReadonlyArray<string | undefined>,
  b: ReadonlyArray<string | undefined>,
): Agreement {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || x === "" || y === "") continue;
    n++;
    const key = `${x.length}:${x}${y}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  }
  if (n === 0) return { compared: 0, nmi: null, adjusted_rand: null };
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const c of counts) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const hu = entropy(rows.values());
  const hv = entropy(cols.values());
  let mi = 0;
  for (const [key, nij] of cells) {
    const len = Number(key.slice(0, key.indexOf(":")));
    const x = key.slice(key.indexOf(":") + 1, key.indexOf(":") + 1 + len);
    const y = key.slice(key.indexOf(":") + 1 + len);
    mi += (nij / n) * Math.log((nij * n) / (rows.get(x)! * cols.get(y)!));
  }
  // Both partitions trivial (one group each): they agree perfectly (scikit-learn's convention).
  const nmi = hu + hv === 0 ? 1 : (2 * Math.max(0, mi)) / (hu + hv);

  let index = 0;
  for (const c of cells.values()) index += choose2(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += choose2(c);
  let sumB = 0;
  for (const c of cols.values()) sumB += choose2(c);
  const expected = n < 2 ? 0 : (sumA * sumB) / choose2(n);
  const max = (sumA + sumB) / 2;
  const ari = max === expected ? 1 : (index - expected) / (max - expected);
  return { compared: n, nmi: Math.min(1, nmi), adjusted_rand: ari };
}
