/**
 * `node:worker_threads` in the browser build (vite.config.ts aliases it here). The app passes
 * `threads: 1`, so analysis never starts a Node worker; if it did, it would say so plainly.
 */
export class Worker {
  constructor() {
    throw new Error("worker threads are not available in the browser (threads: 1)");
  }
}
export const parentPort = null;
export default { Worker, parentPort };
