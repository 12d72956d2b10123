/**
 * Time-left estimates for progress lines ("betweenness 40 %, about 12 s left"): the rate of the
 * work done so far, after a short warm-up so the first noisy reports give no estimate. The clock
 * is injectable, so tests need no timing.
 */
export interface Eta {
  /** Seconds left at `done` of `total`, or null while too little is known. */
  update(done: number, total: number): number | null;
}

export function createEta(now: () => number = () => performance.now() / 1000, warmUp = 0.02): Eta {
  const start = now();
  return {
    update(done, total) {
      const elapsed = now() - start;
      if (total <= 0 || done <= 0 || done / total < warmUp) return null;
      if (done >= total) return 0;
      return (elapsed / done) * (total - done);
    },
  };
}
