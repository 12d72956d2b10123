/**
 * Seeded benchmark graphs: a degree-corrected planted partition (Karrer & Newman 2011, "Stochastic
 * blockmodels and community structure in networks", Phys. Rev. E 83, 016107) with organisation-like
 * attributes. About 50 communities of uneven size, heavy-tailed degree propensities (hubs), a few
 * detached components, integer strengths 1-5, a simple graph (no parallels, no self-loops), vertex
 * numbers shuffled so the id order says nothing about the communities.
 */
import { createRng, DEFAULT_SEED, MUNICIPALITIES, ORG_TYPES, type Rng } from "@ecolens/core";

export interface SizeSpec {
  name: string;
  nodes: number;
  edges: number;
}

export const SIZES: Record<string, SizeSpec> = {
  S: { name: "S", nodes: 1_000, edges: 5_000 },
  M: { name: "M", nodes: 10_000, edges: 50_000 },
  L: { name: "L", nodes: 100_000, edges: 500_000 },
  XL: { name: "XL", nodes: 1_000_000, edges: 5_000_000 },
};

export interface GeneratedGraph {
  n: number;
  ids: string[];
  community: Int32Array;
  /** Edge list: `count` simple undirected ties. */
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Int32Array;
}

const COMMUNITIES = 50;
const DETACHED = 3;
const MIXING = 0.15;

export function generateGraph(n: number, m: number, seed = DEFAULT_SEED): GeneratedGraph {
  const rng = createRng(seed);
  // Vertex numbers in a random order, so ids and communities are unrelated.
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  // Detached components: DETACHED blocks of ~0.2% of the vertices each (mean degree 4), then the planted blocks.
  const detachedSize = Math.max(10, Math.floor(n * 0.002));
  const blocks = DETACHED + COMMUNITIES;
  const share = new Float64Array(blocks);
  let mainTotal = 0;
  for (let c = DETACHED; c < blocks; c++) mainTotal += share[c] = 0.3 + rng() * 1.7;
  const mainN = n - DETACHED * detachedSize;
  const blockStart = new Int32Array(blocks + 1);
  for (let c = 0; c < blocks; c++) {
    const size = c < DETACHED ? detachedSize : Math.round((share[c] / mainTotal) * mainN);
    blockStart[c + 1] = Math.min(n, blockStart[c] + size);
  }
  blockStart[blocks] = n;
  const community = new Int32Array(n);
  // Degree propensities: Pareto tail (exponent 2.5), plus a few explicit hubs.
  const theta = new Float64Array(n);
  for (let c = 0; c < blocks; c++)
    for (let k = blockStart[c]; k < blockStart[c + 1]; k++) {
      community[perm[k]] = c;
      theta[k] = Math.min(50, (1 - rng()) ** (-1 / 1.5));
      if (rng() < 0.001) theta[k] *= 20;
    }
  // Cumulative propensity per block and overall (positions are block order k, not vertex numbers).
  const cum = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) cum[k + 1] = cum[k] + theta[k];
  const detachedEdges = Math.min(Math.floor(m / 10), 2 * detachedSize * DETACHED);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Int32Array(m);
  const seen = new Set<number>();
  let count = 0;
  const mainFrom = blockStart[DETACHED];
  let guard = 0;
  while (count < m && guard++ < m * 20) {
    let a: number;
    let b: number;
    if (count < detachedEdges) {
      const c = count % DETACHED;
      a = pick(cum, blockStart[c], blockStart[c + 1], rng);
      b = pick(cum, blockStart[c], blockStart[c + 1], rng);
    } else {
      a = pick(cum, mainFrom, n, rng);
      if (rng() < MIXING) b = pick(cum, mainFrom, n, rng);
      else {
        const c = blockOf(blockStart, a);
        b = pick(cum, blockStart[c], blockStart[c + 1], rng);
      }
    }
    if (a === b) continue;
    const u = perm[a];
    const v = perm[b];
    const key = u < v ? u * n + v : v * n + u;
    if (seen.has(key)) continue;
    seen.add(key);
    source[count] = u;
    target[count] = v;
    // Strengths 1..5, mostly weak ties.
    weight[count++] = 1 + Math.min(4, Math.floor(-Math.log(1 - rng()) * 1.2));
  }
  const width = String(n - 1).length;
  const ids = Array.from({ length: n }, (_, i) => `org${String(i).padStart(width, "0")}`);
  return { n, ids, community, count, source, target, weight };
}

/** Position in [from, to) drawn proportionally to the propensities (binary search on `cum`). */
function pick(cum: Float64Array, from: number, to: number, rng: Rng): number {
  const x = cum[from] + rng() * (cum[to] - cum[from]);
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid + 1] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function blockOf(blockStart: Int32Array, k: number): number {
  let lo = 0;
  let hi = blockStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blockStart[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The edge list as CSV text chunks (header `source,target,weight`). */
export function* edgeCsvChunks(g: GeneratedGraph, rows = 100_000): Generator<string> {
  yield "source,target,weight\n";
  for (let from = 0; from < g.count; from += rows) {
    const lines: string[] = [];
    for (let e = from; e < Math.min(g.count, from + rows); e++)
      lines.push(`${g.ids[g.source[e]]},${g.ids[g.target[e]]},${g.weight[e]}`);
    yield `${lines.join("\n")}\n`;
  }
}

/** Organisation-like node attributes (CSV text chunks): type, municipality, planted community. */
export function* nodeCsvChunks(g: GeneratedGraph, seed = DEFAULT_SEED, rows = 100_000): Generator<string> {
  const rng = createRng(seed + 1);
  // The Westhoek and Limburg rows (region set), as before the reference covered all of Flanders.
  const places = MUNICIPALITIES.filter((mu) => mu.region !== "")
    .slice(0, 40)
    .map((mu) => mu.name_nl);
  yield "id,label,org_type,municipality,planted_community\n";
  for (let from = 0; from < g.n; from += rows) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(g.n, from + rows); i++) {
      const type = ORG_TYPES[Math.floor(rng() * ORG_TYPES.length)];
      // Communities are mostly local: a community's organisations share a few municipalities.
      const place = places[(g.community[i] * 3 + Math.floor(rng() * 3)) % places.length];
      lines.push(`${g.ids[i]},Organisation ${i},${type},${place},${g.community[i]}`);
    }
    yield `${lines.join("\n")}\n`;
  }
}

export function edgeCsv(g: GeneratedGraph): string {
  return [...edgeCsvChunks(g)].join("");
}
