/**
 * The first `k` rows of a total order without sorting them all: what `rows.sort(order).slice(0, k)`
 * gives, for the link suggestions, which score hundreds of thousands of candidate pairs on a large
 * network and list 20. Kept sorted; a new row goes in by binary search when it beats the last.
 * Equal rows (order 0) keep the order in which they were offered, as a stable sort does.
 */
export interface TopRows<T> {
  offer(row: T): void;
  /** The best rows, best first (at most k). */
  rows(): T[];
}

export function topRows<T>(k: number, order: (a: T, b: T) => number): TopRows<T> {
  const kept: T[] = [];
  const limit = Math.max(0, Math.floor(k));
  return {
    offer(row) {
      if (kept.length === limit && (limit === 0 || order(row, kept[limit - 1]) >= 0)) return;
      // The first position whose row comes after `row` (after equal ones: stable).
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (order(kept[mid], row) <= 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, row);
      if (kept.length > limit) kept.pop();
    },
    rows: () => [...kept],
  };
}
