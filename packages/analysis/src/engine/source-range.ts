/**
 * All-pairs metrics (betweenness, closeness) loop over source vertices; each source's work is
 * independent. Functions take a half-open source range and return partial sums, so a caller can
 * split the sources over worker threads (performance.md §6) and add the partial arrays.
 */
import { Workspace } from "./workspace.ts";

export interface SourceRange {
  /** First source (inclusive): a vertex, or a position in `sources`. Default 0. */
  from?: number;
  /** Last source (exclusive). Default n, or the length of `sources`. */
  to?: number;
  /** The source vertices, when not all vertices 0..n−1 (sampled betweenness); from/to index this list. */
  sources?: Int32Array;
  /** Called now and then with the number of sources done in this range. */
  onProgress?: (done: number, total: number) => void;
  /** Scratch arrays kept across calls by a thread that runs many ranges (engine/workspace.ts). */
  workspace?: Workspace;
}

export function resolveRange(n: number, range: SourceRange = {}): { from: number; to: number } {
  if (range.sources) n = range.sources.length;
  const from = Math.max(0, Math.min(n, range.from ?? 0));
  const to = Math.max(from, Math.min(n, range.to ?? n));
  return { from, to };
}

/** Report progress about a hundred times per range, not on every source. */
export function progressEvery(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}

/** The range's workspace, or a fresh one for a one-off call. */
export function workspaceOf(range: SourceRange): Workspace {
  return range.workspace ?? new Workspace();
}
