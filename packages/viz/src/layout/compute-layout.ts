/**
 * Seeded, reproducible node positions for the map, computed once in Node (never in the browser).
 *
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization", PLoS ONE 9(6): e98679) on a simple undirected copy
 * of the graph (parallel relations merged by summing strengths, self-loops dropped), then
 * noverlap to pull overlapping nodes apart. The copy is built in sorted node order and the start
 * positions come from createRng(seed), so the same input and seed give byte-identical positions.
 *
 * The positions can be written to a GEXF export: the GEXF writer keeps numeric `x`/`y` node
 * attributes (`graph.setNodeAttribute(id, "x", p.x)`), so Gephi opens the file with this layout.
 */
import { createRng, DEFAULT_SEED } from "@ecolens/core";
import Graph from "graphology";
import random from "graphology-layout/random.js";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { AbstractGraph } from "graphology-types";

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations; default scaled to the size of the graph (iterationsFor). */
  iterations?: number;
}

export const LAYOUT_DEFAULTS = { seed: DEFAULT_SEED } as const;

/** Fewer iterations on big graphs: each costs O(n log n) with Barnes-Hut. */
export function iterationsFor(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1000) return 200;
  if (order <= 5000) return 100;
  if (order <= 10000) return 60;
  return 40;
}

/** Above this many organisations the layout uses LARGE_LAYOUT_SETTINGS (smaller maps are unchanged). */
export const LARGE_LAYOUT_ORDER = 10000;

/**
 * Barnes-Hut and step size above LARGE_LAYOUT_ORDER. With graphology's defaults (theta 0.5,
 * slowDown 1 + ln n) 40 iterations cost 6.9 s at 20,000 organisations and leave the map close to
 * its random start (mean tie length 0.53 of the median distance between two organisations, against
 * 0.25 for a layout run to rest). Gephi's theta 1.2 makes an iteration about 5x cheaper and
 * slowDown 1 lets the 40 iterations get near rest (0.28): docs/performance.md, "The report at
 * 20,000 organisations".
 */
export const LARGE_LAYOUT_SETTINGS = { barnesHutTheta: 1.2, slowDown: 1 } as const;

/** The ForceAtlas2 settings that depend on the size of the graph (see LARGE_LAYOUT_SETTINGS). */
export function sizeSettingsFor(order: number): { barnesHutTheta?: number; slowDown?: number } {
  return order > LARGE_LAYOUT_ORDER ? { ...LARGE_LAYOUT_SETTINGS } : {};
}

export const NOVERLAP_MAX_ORDER = 5000;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Positions are rounded so tiny float noise never shows up in the output bytes. */
const round = (v: number) => Math.round(v * 100) / 100;

/**
 * What the layout reads, as plain arrays: the node ids in sorted order and the ties of the simple
 * undirected graph (parallel relations merged by summing strengths, self-loops dropped), as
 * positions in `ids`, sorted. It crosses to a worker thread unchanged (typed arrays transfer), and
 * layoutFromInput on it gives exactly computeLayout's positions.
 */
export interface LayoutInput {
  ids: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Built straight from the graph's edges (no graphology copy: 0.7 s of the main thread at 20,000
 * organisations went into one, before the layout thread could start).
 */
export function layoutInput(graph: AbstractGraph): LayoutInput {
  const ids = graph.nodes().sort(byId);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    index.set(id, i);
  });
  const merged = new Map<number, number>();
  const n = ids.length;
  graph.forEachEdge((_e, attr, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const key = s < t ? s * n + t : t * n + s;
    const w = typeof attr.weight === "number" && attr.weight > 0 ? attr.weight : 1;
    merged.set(key, (merged.get(key) ?? 0) + w);
  });
  const keys = [...merged.keys()].sort((a, b) => a - b);
  const sources = new Int32Array(keys.length);
  const targets = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  keys.forEach((key, e) => {
    sources[e] = Math.floor(key / n);
    targets[e] = key % n;
    weights[e] = merged.get(key) as number;
  });
  return { ids, sources, targets, weights };
}

/**
 * The same as a graphology graph: a simple undirected weighted copy in sorted node order. Its
 * keys are the positions in `ids` ("0", "1", ...): graphology mishandles a node key like
 * `__proto__` (its adjacency objects are plain objects), so ids never become keys here.
 */
export function simpleUndirectedCopy(graph: AbstractGraph): { copy: Graph; ids: string[] } {
  const input = layoutInput(graph);
  return { copy: copyOf(input), ids: input.ids };
}

function copyOf(input: LayoutInput): Graph {
  const copy = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < input.ids.length; i++) copy.addNode(String(i));
  for (let e = 0; e < input.sources.length; e++)
    copy.addEdge(String(input.sources[e]), String(input.targets[e]), { weight: input.weights[e] });
  return copy;
}

/** Positions per vertex of `input.ids` (x and y arrays): ForceAtlas2, then noverlap. */
export function layoutFromInput(
  input: LayoutInput,
  options: LayoutOptions = {},
): { x: Float64Array; y: Float64Array } {
  const n = input.ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n < 2) return { x, y };
  const copy = copyOf(input);
  random.assign(copy, {
    rng: createRng(options.seed ?? LAYOUT_DEFAULTS.seed),
    scale: Math.sqrt(n) * 10,
    center: 0,
  });
  const settings = forceAtlas2.inferSettings(copy);
  forceAtlas2.assign(copy, {
    iterations: options.iterations ?? iterationsFor(n),
    // Strong gravity keeps isolates and small parts near the main component instead of far out.
    settings: {
      ...settings,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      barnesHutOptimize: n > 400,
      ...sizeSettingsFor(n),
    },
    getEdgeWeight: "weight",
  });
  // Equal node sizes for noverlap: display sizes change with the chosen metric in the viewer.
  // Above NOVERLAP_MAX_ORDER its grid gets crowded and it costs tens of seconds for little gain.
  if (n <= NOVERLAP_MAX_ORDER) {
    copy.forEachNode((id) => copy.setNodeAttribute(id, "size", 1));
    noverlap.assign(copy, { maxIterations: 60, settings: { margin: 1, ratio: 1.2 } });
  }
  copy.forEachNode((key, attr) => {
    const i = Number(key);
    const px = Number.isFinite(attr.x) ? round(attr.x) : 0;
    const py = Number.isFinite(attr.y) ? round(attr.y) : 0;
    x[i] = px === 0 ? 0 : px;
    y[i] = py === 0 ? 0 : py;
  });
  return { x, y };
}

/** Node id -> position, from layoutFromInput's arrays. */
export function positionsById(
  ids: string[],
  xy: { x: ArrayLike<number>; y: ArrayLike<number> },
): Map<string, Position> {
  const result = new Map<string, Position>();
  ids.forEach((id, i) => {
    result.set(id, { x: xy.x[i], y: xy.y[i] });
  });
  return result;
}

/** Node id -> position (a Map: ids like `__proto__` are ordinary keys). */
export function computeLayout(graph: AbstractGraph, options: LayoutOptions = {}): Map<string, Position> {
  const input = layoutInput(graph);
  return positionsById(input.ids, layoutFromInput(input, options));
}
