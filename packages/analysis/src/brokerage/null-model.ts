/**
 * Expected values and variances of Gould-Fernandez brokerage counts under the null model of
 * Gould & Fernandez (1989), "Structures of mediation", Sociological Methodology 19:89-126: every
 * arc present independently with probability d = arcs / (N(N-1)), groups fixed.
 *
 * Derivation (ours; reproduces R sna 2.7.1 `brokerage` on every reference case). A brokered pair
 * is a triple (a,v,c) with indicator X = [a→v][v→c][not a→c], so P(X=1) = p = d²(1−d).
 * - Node level: the count of a role is Σ X over the eligible ordered pairs (a,c) of that role
 *   (N_r of them). Two triples of one broker are dependent only when they share the source a or
 *   the target c (one shared arc): Cov = d³(1−d)² − p² = d³(1−d)³ =: q. So
 *   Var = N_r p(1−p) + K_r q, with K_r the ordered pairs of eligible pairs sharing a source or a
 *   target. E = N_r p gives metrics.md's expectations.
 * - Graph level (sum over brokers): add the covariances between triples of different brokers:
 *   same pair (a,c) (shared absent arc, Cov = d⁵(1−d) =: s), chains (a,v,c)/(x,a,v) and
 *   (a,v,c)/(v,c,z) (one shared arc, Cov q), and conflicts (an arc required present by one
 *   triple and absent by the other, Cov −p²). sna counts the conflicts of a pair of triples
 *   that conflict on one arc but not those that conflict on two ((a,v,c) with (a,c,v) or
 *   (v,a,c)) in the coordinator and total counts, leaves conflicts out of the representative /
 *   gatekeeper totals altogether, and gives the exact variance (all terms) for itinerants and
 *   liaisons. We follow it so z-scores agree with sna; the dropped conflict terms are negative,
 *   so sna's graph-level sd for w_I, b_IO, b_OI and t is slightly larger than the exact one.
 *   Checked against sna on the two-group reference cases and on a three- and a four-group
 *   oracle (test/brokerage/sna-oracle.ts).
 */

export const ROLES = ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"] as const;
export type Role = (typeof ROLES)[number];
export type RoleValues = Record<Role, number>;

export interface NullModelTerms {
  p: number; // d²(1−d): one triple open and brokered
  q: number; // d³(1−d)³: two triples sharing one present arc
  s: number; // d⁵(1−d): two triples sharing the absent arc
  p2: number; // p²: conflicting triples
}

export function nullModelTerms(d: number): NullModelTerms {
  const p = d * d * (1 - d);
  return { p, q: d ** 3 * (1 - d) ** 3, s: d ** 5 * (1 - d), p2: p * p };
}

/** Expected count and variance of each role for a broker in a group of size ni. */
export function nodeMoments(
  N: number,
  ni: number,
  otherSizes: readonly number[],
  t: NullModelTerms,
): { expected: RoleValues; variance: RoleValues } {
  const out = N - ni; // nodes outside the broker's group
  // [eligible ordered pairs N_r, pairs of them sharing a source or target K_r]
  const wI: [number, number] = [(ni - 1) * (ni - 2), 2 * (ni - 1) * (ni - 2) * (ni - 3)];
  let wOn = 0;
  let wOk = 0;
  let bOn = 0;
  let bOk = 0;
  for (const nj of otherSizes) {
    wOn += nj * (nj - 1);
    wOk += 2 * nj * (nj - 1) * (nj - 2);
    bOn += nj * (out - nj);
    bOk += 2 * nj * (out - nj) * (out - nj - 1);
  }
  const rep: [number, number] = [(ni - 1) * out, (ni - 1) * out * (out - 1) + out * (ni - 1) * (ni - 2)];
  const tot: [number, number] = [(N - 1) * (N - 2), 2 * (N - 1) * (N - 2) * (N - 3)];
  const pairs: Record<Role, [number, number]> = {
    w_I: wI,
    w_O: [wOn, wOk],
    b_IO: rep,
    b_OI: rep,
    b_O: [bOn, bOk],
    t: tot,
  };
  const expected = {} as RoleValues;
  const variance = {} as RoleValues;
  for (const role of ROLES) {
    const [count, sharing] = pairs[role];
    expected[role] = Math.max(0, count) * t.p;
    variance[role] = Math.max(0, count) * t.p * (1 - t.p) + Math.max(0, sharing) * t.q;
  }
  return { expected, variance };
}

/** Variance of the open two-paths among n nodes (all triples): the total t, and w_I per group. */
function allTriplesVariance(n: number, t: NullModelTerms): number {
  if (n < 3) return 0;
  const triples = n * (n - 1) * (n - 2);
  const perTriple =
    t.p * (1 - t.p) + // itself
    2 * (n - 3) * t.q + // same broker, shared source or target
    (n - 3) * t.s + // same pair, another broker
    2 * (n - 2) * t.q - // chains through a shared arc
    4 * (n - 3) * t.p2; // conflicts on one arc
  return triples * perTriple;
}

/** Graph-level (summed over brokers) expected counts and variances. */
export function graphMoments(
  sizes: readonly number[],
  t: NullModelTerms,
): { expected: RoleValues; variance: RoleValues } {
  const N = sizes.reduce((a, b) => a + b, 0);
  const expected: RoleValues = { w_I: 0, w_O: 0, b_IO: 0, b_OI: 0, b_O: 0, t: 0 };
  const variance: RoleValues = { w_I: 0, w_O: 0, b_IO: 0, b_OI: 0, b_O: 0, t: 0 };
  let sumSq = 0;
  for (const n of sizes) sumSq += n * (n - 1);
  for (const ni of sizes) {
    const out = N - ni;
    // Coordinator: open two-paths inside the group.
    expected.w_I += ni * (ni - 1) * (ni - 2) * t.p;
    variance.w_I += allTriplesVariance(ni, t);
    // Itinerant: both ends in group i, broker outside (no conflicts are possible).
    const itinerant = ni * (ni - 1) * out;
    expected.w_O += itinerant * t.p;
    variance.w_O +=
      itinerant * (t.p * (1 - t.p) + 2 * (ni - 2) * t.q + (out - 1) * t.s) +
      2 * ni * (ni - 1) * (sumSq - ni * (ni - 1)) * t.q;
    // Representative (and, mirrored, gatekeeper): broker and one end in group i.
    const rep = ni * (ni - 1) * out;
    const repSharing = ni * ((ni - 1) * out * (out - 1) + out * (ni - 1) * (ni - 2));
    expected.b_IO += rep * t.p;
    variance.b_IO += rep * (t.p * (1 - t.p) + (ni - 2) * t.s) + repSharing * t.q;
    // Liaison: broker in i, ends in two other, different groups.
    let S1 = 0;
    let S2 = 0;
    let S3 = 0;
    for (const nj of sizes) S1 += nj;
    S1 -= ni;
    for (const nj of sizes) {
      S2 += nj * nj;
      S3 += nj * nj * nj;
    }
    S2 -= ni * ni;
    S3 -= ni * ni * ni;
    const pairsJK = S1 * S1 - S2; // Σ_{j≠k, both ≠ i} n_j n_k
    const pairsJKlinear = 2 * (S2 * S1 - S3); // Σ_{j≠k} n_j n_k (n_j + n_k)
    // Per triple (a∈j, v∈i, c∈k): same-broker sharing (N−n_i−n_j−1)+(N−n_i−n_k−1), chains
    // (N−n_i−n_j)+(N−n_i−n_k), same pair (N−n_j−n_k−1), one-arc conflicts
    // (N−n_i−n_j−1)+(N−n_i−n_k−1)+2(N−n_j−n_k−1), two-arc conflicts 2: constant part c0, and
    // c1 per (n_j + n_k). This is the exact variance, as sna reports it for liaisons.
    const c0 = t.p * (1 - t.p) + t.q * (4 * out - 2) + t.s * (N - 1) - t.p2 * (4 * N - 2 * ni - 4) - 2 * t.p2;
    const c1 = -2 * t.q - t.s + 3 * t.p2;
    expected.b_O += ni * pairsJK * t.p;
    variance.b_O += ni * (c0 * pairsJK + c1 * pairsJKlinear);
  }
  variance.b_OI = variance.b_IO;
  expected.b_OI = expected.b_IO;
  expected.t = N * (N - 1) * (N - 2) * t.p;
  variance.t = allTriplesVariance(N, t);
  for (const role of ROLES) variance[role] = Math.max(0, variance[role]);
  return { expected, variance };
}
