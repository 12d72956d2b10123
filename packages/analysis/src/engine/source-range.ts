/**
 * All-pairs metrics (betweenness, closeness) loop over source vertices; each source's work is
 * independent. Functions take a half-open source range and return partial sums, so a caller can
 * split the sources over worker threads (performance.md §6) and add the partial arrays.
 */
export interface SourceRange {
  /** First source vertex (inclusive). Default 0. */
  from?: number;
  /** Last source vertex (exclusive). Default n. */
  to?: number;
  /** Called now and then with the number of sources done in this range. */
  onProgress?: (done: number, total: number) => void;
}

export function resolveRange(n: number, range: SourceRange = {}): { from: number; to: number } {
  const from = Math.max(0, Math.min(n, range.from ?? 0));
  const to = Math.max(from, Math.min(n, range.to ?? n));
  return { from, to };
}

/** Report progress about a hundred times per range, not on every source. */
export function progressEvery(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}
