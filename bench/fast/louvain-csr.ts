/**
 * Louvain community detection straight on CSR typed arrays: Blondel, Guillaume, Lambiotte &
 * Lefebvre (2008), "Fast unfolding of communities in large networks", J. Stat. Mech. P10008, with
 * the resolution γ of Reichardt & Bornholdt (2006) and the queue-based local moving of Traag,
 * Waltman & van Eck (2019, "From Louvain to Leiden", Sci. Rep. 9, 5233), which reaches the same
 * "no single move gains" state as repeated full sweeps with far fewer visits.
 *
 * Why not graphology-communities-louvain: converting a 100k-node view into a graphology graph cost
 * most of the time and ~250 MB (performance.md §4, issue 7). Here every level is a CSR graph of
 * Int32Array/Float64Array plus a per-node self-loop weight; no per-node objects, no Maps.
 *
 * One level: visit nodes in a seeded random order; move node i to the neighbouring community c
 * with the largest gain  ΔQ·m = k_i,c − γ·Σ_tot(c)·k_i / 2m  (i taken out of its own community
 * first), only when it beats staying; a node that moves puts its neighbours outside its new
 * community back on the queue. Then every community becomes one node of a coarser graph (internal
 * weight as a self-loop) and the next level starts, until a level moves nothing.
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";

/** An undirected weighted graph in CSR form: both directions stored, self-loops apart. */
export interface CsrGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Positive tie weights, aligned with `targets`. */
  weights: Float64Array;
  /** Per node: the weight of its self-loop (each internal tie once), or null for none. */
  selfLoops: Float64Array | null;
}

export interface CsrLouvainOptions {
  seed?: number;
  /** γ > 0; higher values give more, smaller communities. Default 1. */
  resolution?: number;
}

export interface CsrLouvainResult {
  /** Community per vertex: 0 = the largest, equal sizes by their smallest vertex index. */
  labels: Int32Array;
  count: number;
  /** Modularity of `labels` on the input graph; null when it has no ties. */
  modularity: number | null;
  /** Aggregation levels that moved at least one node. */
  levels: number;
}

export function louvainCsr(graph: CsrGraph, options: CsrLouvainOptions = {}): CsrLouvainResult {
  const resolution = options.resolution ?? 1;
  if (!(resolution > 0) || !Number.isFinite(resolution))
    throw new RangeError(`ecolens/analysis louvain: resolution must be a positive number, got ${resolution}`);
  const rng = createRng(options.seed ?? DEFAULT_SEED);
  const n0 = graph.n;
  // assignment[v] = the node of the current level that original vertex v belongs to.
  const assignment = Int32Array.from({ length: n0 }, (_, i) => i);
  let level = graph;
  let levels = 0;
  const m2 = totalStrength(graph);
  if (m2 > 0) {
    for (;;) {
      const { community, count, moved } = moveNodes(level, resolution, m2, rng);
      if (!moved) break;
      levels++;
      for (let v = 0; v < n0; v++) assignment[v] = community[assignment[v]];
      if (count === level.n) break;
      level = aggregate(level, community, count);
    }
  }
  const { labels, count } = renumberBySize(assignment);
  return { labels, count, modularity: modularityOfCsr(graph, labels, resolution), levels };
}

/** 2m: the sum of all strengths, each self-loop counted twice (as in the node strengths). */
function totalStrength(g: CsrGraph): number {
  let total = 0;
  for (let e = 0; e < g.offsets[g.n]; e++) total += g.weights[e];
  if (g.selfLoops) for (let i = 0; i < g.n; i++) total += 2 * g.selfLoops[i];
  return total;
}

function strengths(g: CsrGraph): Float64Array {
  const k = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) {
    let s = g.selfLoops ? 2 * g.selfLoops[i] : 0;
    for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) s += g.weights[e];
    k[i] = s;
  }
  return k;
}

/**
 * The local moving phase of one level. Returns each node's community, numbered 0..count-1 in
 * order of first appearance by node index (deterministic), and whether any node moved.
 */
function moveNodes(
  g: CsrGraph,
  resolution: number,
  m2: number,
  rng: () => number,
): { community: Int32Array; count: number; moved: boolean } {
  const { n, offsets, targets, weights } = g;
  const k = strengths(g);
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const tot = Float64Array.from(k);
  // Scratch for one node's neighbouring communities: weight by community, and the list of them.
  const neighWeight = new Float64Array(n);
  const neighList = new Int32Array(n);
  // A circular queue of nodes still to visit, first filled in a seeded random order.
  const queue = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = queue[i];
    queue[i] = queue[j];
    queue[j] = t;
  }
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  let moved = false;
  const scale = resolution / m2;
  while (size > 0) {
    const i = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;
    const ki = k[i];
    const own = community[i];
    let listed = 0;
    neighWeight[own] = 0;
    neighList[listed++] = own;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const c = community[targets[e]];
      if (neighWeight[c] === 0 && c !== own) neighList[listed++] = c;
      neighWeight[c] += weights[e];
    }
    tot[own] -= ki;
    // Staying is the default: a move must gain strictly more (by a margin above rounding noise).
    let best = own;
    let bestGain = neighWeight[own] - tot[own] * ki * scale;
    const margin = 1e-12 * (ki + 1);
    for (let x = 1; x < listed; x++) {
      const c = neighList[x];
      const gain = neighWeight[c] - tot[c] * ki * scale;
      if (gain > bestGain + margin) {
        bestGain = gain;
        best = c;
      }
    }
    for (let x = 0; x < listed; x++) neighWeight[neighList[x]] = 0;
    tot[best] += ki;
    if (best !== own) {
      community[i] = best;
      moved = true;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const j = targets[e];
        if (!queued[j] && community[j] !== best) {
          queued[j] = 1;
          let tail = head + size;
          if (tail >= n) tail -= n;
          queue[tail] = j;
          size++;
        }
      }
    }
  }
  // Dense community numbers in order of first appearance.
  const dense = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i];
    if (dense[c] < 0) dense[c] = count++;
    community[i] = dense[c];
  }
  return { community, count, moved };
}

/** The coarser graph: one node per community, ties summed, internal weight as a self-loop. */
function aggregate(g: CsrGraph, community: Int32Array, count: number): CsrGraph {
  const { n, offsets, targets, weights } = g;
  // Members grouped by community (counting sort), so each new row is built in one go.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const cursor = start.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[community[i]]++] = i;

  const newOffsets = new Int32Array(count + 1);
  // Never more entries than the finer level has.
  const newTargets = new Int32Array(offsets[n]);
  const newWeights = new Float64Array(offsets[n]);
  const selfLoops = new Float64Array(count);
  const acc = new Float64Array(count);
  const touched = new Int32Array(count);
  let at = 0;
  for (let c = 0; c < count; c++) {
    let listed = 0;
    let inside = 0;
    for (let x = start[c]; x < start[c + 1]; x++) {
      const i = members[x];
      if (g.selfLoops) inside += 2 * g.selfLoops[i];
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const d = community[targets[e]];
        if (d === c) inside += weights[e];
        else {
          if (acc[d] === 0) touched[listed++] = d;
          acc[d] += weights[e];
        }
      }
    }
    // Sorted rows keep the next level's visiting independent of member order.
    touched.subarray(0, listed).sort();
    for (let x = 0; x < listed; x++) {
      const d = touched[x];
      newTargets[at] = d;
      newWeights[at++] = acc[d];
      acc[d] = 0;
    }
    // Each internal tie was seen from both ends; a self-loop stores it once.
    selfLoops[c] = inside / 2;
    newOffsets[c + 1] = at;
  }
  return {
    n: count,
    offsets: newOffsets,
    targets: newTargets.slice(0, at),
    weights: newWeights.slice(0, at),
    selfLoops,
  };
}

/** Labels 0.. by community size (largest first), equal sizes by their smallest vertex index. */
function renumberBySize(assignment: Int32Array): { labels: Int32Array; count: number } {
  const n = assignment.length;
  const size = new Int32Array(n);
  const first = new Int32Array(n).fill(-1);
  const found: number[] = [];
  for (let v = 0; v < n; v++) {
    const c = assignment[v];
    if (first[c] < 0) {
      first[c] = v;
      found.push(c);
    }
    size[c]++;
  }
  // `found` is already in order of smallest vertex; a stable sort by size keeps that for ties.
  found.sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const label = new Int32Array(n);
  found.forEach((c, x) => {
    label[c] = x;
  });
  const labels = new Int32Array(n);
  for (let v = 0; v < n; v++) labels[v] = label[assignment[v]];
  return { labels, count: found.length };
}

/**
 * Q = Σ_c [ 2·L_c / 2m − γ (K_c / 2m)² ] (Newman & Girvan 2004, with γ), computed from scratch
 * for the final partition; null when the graph has no ties.
 */
export function modularityOfCsr(g: CsrGraph, labels: ArrayLike<number>, resolution = 1): number | null {
  const m2 = totalStrength(g);
  if (!(m2 > 0)) return null;
  let count = 0;
  for (let i = 0; i < g.n; i++) if (labels[i] + 1 > count) count = labels[i] + 1;
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  for (let i = 0; i < g.n; i++) {
    const c = labels[i];
    const loop = g.selfLoops ? 2 * g.selfLoops[i] : 0;
    inside[c] += loop;
    total[c] += loop;
    for (let e = g.offsets[i]; e < g.offsets[i + 1]; e++) {
      total[c] += g.weights[e];
      if (labels[g.targets[e]] === c) inside[c] += g.weights[e];
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c] / m2 - resolution * (total[c] / m2) ** 2;
  return q;
}
