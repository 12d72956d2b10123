/**
 * `node:os` in the browser build (vite.config.ts aliases it here): analysis's parallel runner asks
 * for the number of cores; in the app the work already runs in a Web Worker, on one thread.
 */
export function availableParallelism(): number {
  return 1;
}
export default { availableParallelism };
