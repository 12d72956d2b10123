/**
 * The report's map layout, cached per input: ForceAtlas2 is the costliest single step of a large
 * report (2.5 s at 20,000 organisations, docs/performance.md) and gives the same positions for the
 * same input and seed, so a second report of the same network (another language, title or round)
 * reads them back. The key is a SHA-256 of exactly what the layout reads (the simple undirected
 * copy: sorted ids, merged ties and their strengths), the seed and the build that computed it.
 *
 * Only the built CLI caches (`pnpm build` stamps a build id): from source the layout code may
 * have changed since a file was written. The cache lives in $ECOLENS_CACHE_DIR, else
 * $XDG_CACHE_HOME/ecolens, else ~/.cache/ecolens; ECOLENS_CACHE=0 turns it off. It is best effort:
 * a file that cannot be read or written is recomputed or skipped, never an error.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { type LayoutInput, layoutFromInput, layoutInput, type Position, positionsById } from "@ecolens/viz";
import { type AbstractGraph, layoutOnThread } from "./layout-worker.ts";

/** Set by the build (esbuild `define`); absent when running from source. */
declare const __ECOLENS_BUILD__: string | undefined;

export function buildId(): string | null {
  return typeof __ECOLENS_BUILD__ === "string" ? __ECOLENS_BUILD__ : null;
}

export interface LayoutCacheOptions {
  /** The code version in the key; null = no cache (default: the build id). */
  version?: string | null;
  /** Cache folder (default from the environment, see above). */
  dir?: string;
  env?: Record<string, string | undefined>;
}

export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.ECOLENS_CACHE_DIR) return env.ECOLENS_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "ecolens");
}

/** SHA-256 over the layout's input: its version, the seed, the sorted ids and the merged, weighted ties. */
export function layoutKey(graph: AbstractGraph, seed: number, version: string): string {
  return inputKey(layoutInput(graph), seed, version);
}

function inputKey(input: LayoutInput, seed: number, version: string): string {
  const { ids, sources, targets, weights } = input;
  const hash = createHash("sha256");
  hash.update(`ecolens-layout\0${version}\0${seed}\0${ids.length}\0`);
  for (const id of ids) hash.update(`${id.length}:${id}`);
  for (let e = 0; e < sources.length; e++) hash.update(`\0${sources[e]}-${targets[e]}:${weights[e]}`);
  return hash.digest("hex");
}

function readCached(file: string): Map<string, Position> | null {
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { ids: string[]; x: number[]; y: number[] };
    if (!Array.isArray(data.ids) || data.x?.length !== data.ids.length || data.y?.length !== data.ids.length)
      return null;
    const out = new Map<string, Position>();
    data.ids.forEach((id, i) => {
      out.set(id, { x: Number(data.x[i]), y: Number(data.y[i]) });
    });
    return out;
  } catch {
    return null;
  }
}

function writeCached(file: string, positions: Map<string, Position>): void {
  try {
    mkdirSync(join(file, ".."), { recursive: true });
    const ids = [...positions.keys()];
    const body = JSON.stringify({
      ids,
      x: ids.map((id) => positions.get(id)?.x),
      y: ids.map((id) => positions.get(id)?.y),
    });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, body);
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written costs only time.
  }
}

interface CacheSlot {
  file: string;
  cached: Map<string, Position> | null;
}

/** Where this input's layout is cached and what is there; null when caching is off. */
function cacheSlot(
  graph: AbstractGraph,
  input: LayoutInput,
  seed: number,
  options: LayoutCacheOptions,
): CacheSlot | null {
  const env = options.env ?? process.env;
  const version = options.version === undefined ? buildId() : options.version;
  if (!version || env.ECOLENS_CACHE === "0" || graph.order < 2) return null;
  const file = join(options.dir ?? cacheDir(env), "layout", `${inputKey(input, seed, version)}.json`);
  const cached = readCached(file);
  const complete = cached && cached.size === graph.order && graph.everyNode((id) => cached.has(id));
  return { file, cached: complete ? cached : null };
}

/** `computeLayout(graph, { seed })`, read from the cache when the same input was laid out before. */
export function cachedLayout(
  graph: AbstractGraph,
  seed: number,
  options: LayoutCacheOptions = {},
): Map<string, Position> {
  const input = layoutInput(graph);
  const slot = cacheSlot(graph, input, seed, options);
  if (slot?.cached) return slot.cached;
  const positions = positionsById(input.ids, layoutFromInput(input, { seed }));
  if (slot) writeCached(slot.file, positions);
  return positions;
}

/**
 * The same, computed on a worker thread (layout-worker.ts) so the caller can analyse meanwhile.
 * The layout's input is built once, for the cache key and for the thread.
 */
export async function cachedLayoutOnThread(
  graph: AbstractGraph,
  seed: number,
  options: LayoutCacheOptions & { minOrder?: number } = {},
): Promise<Map<string, Position>> {
  const input = layoutInput(graph);
  const slot = cacheSlot(graph, input, seed, options);
  if (slot?.cached) return slot.cached;
  const positions = await layoutOnThread(graph, seed, options.minOrder, input);
  if (slot) writeCached(slot.file, positions);
  return positions;
}
