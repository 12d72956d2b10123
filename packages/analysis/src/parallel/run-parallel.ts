/**
 * Runs an all-pairs job (betweenness, distance sums) over worker threads that share the CSR through
 * SharedArrayBuffers, splitting the sources into fixed chunks that idle workers pull
 * (performance.md §6: 1.6-2.0x on two free cores). Workers start only when the estimated work
 * exceeds `minSeconds` (a worker costs 40-60 ms to start).
 *
 * Determinism: the sources are always cut into the same chunks and the partial results are added
 * in chunk order, whatever the number of threads and the order in which chunks finish, so one
 * thread and many threads give bit-identical results. (Against the unchunked kernels the sums
 * differ only by rounding, ~1e-15 relative.)
 * Cancellation: an AbortSignal terminates the workers and rejects with the signal's reason.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { BetweennessOptions } from "../centrality/betweenness.ts";
import type { DistanceSums, DistanceSumsOptions } from "../distances/distance-sums.ts";
import { LOCALITY_MIN_VERTICES, localityOrder } from "../engine/locality-order.ts";
import { Workspace } from "../engine/workspace.ts";
import type { GraphView } from "../view/graph-view.ts";
import {
  type AllPairsJob,
  asDistanceSums,
  type ChunkContext,
  combine,
  emptyResult,
  hasBetweennessSums,
  type Partial,
  runRange,
  sourceCount,
} from "./jobs.ts";
import { toSharedView } from "./shared-view.ts";
import type { FromWorker, ToWorker } from "./worker.ts";

export interface ParallelOptions {
  /** Threads to use; default the machine's available parallelism. 1 = this thread only. */
  threads?: number;
  /** Start workers only when the estimated one-thread time exceeds this. Default 0.5 s. */
  minSeconds?: number;
  /** Sources to run: default all (0..n), or positions in `sources`. */
  from?: number;
  to?: number;
  /** Sources done so far and in total; called often, at most about a hundred times per chunk. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Run from these source vertices only (sampled betweenness); from/to index this list. */
  sources?: Int32Array;
  /**
   * Relabel the graph breadth-first first (engine/locality-order.ts; bit-identical results):
   * default from LOCALITY_MIN_VERTICES on, `true` always, `false` never.
   */
  locality?: boolean;
}

/** Source chunks: fixed, so the order of additions never depends on the thread count. */
export const CHUNKS = 64;

/** Rough seconds per visited vertex+arc on one core of an ordinary machine (2024 laptop/VM). */
const COST = { betweenness: 9e-9, "distance-sums": 4e-9, "betweenness-distances": 9.5e-9 } as const;

/** Estimated one-thread seconds for `sources` single-source passes. */
export function estimateSeconds(view: GraphView, job: AllPairsJob, sources = view.n): number {
  const weightedFactor = job.options.distance && job.options.distance !== "none" ? 4 : 1;
  return sources * (view.n + view.outTargets.length) * COST[job.kind] * weightedFactor;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export async function runAllPairs(
  view: GraphView,
  job: AllPairsJob,
  options: ParallelOptions = {},
): Promise<Partial> {
  const unweighted = !job.options.distance || job.options.distance === "none";
  const relabel = options.locality ?? view.n >= LOCALITY_MIN_VERTICES;
  if (!unweighted || !relabel) return runOn(view, job, options);
  // On a large graph, run on a breadth-first relabelled copy (engine/locality-order.ts): the same
  // numbers, faster. Sources keep their order, so the sums are added in the same order.
  const { view: local, rank } = localityOrder(view);
  const sources = job.sources ? job.sources.map((v) => rank[v]) : rank;
  const part = await runOn(local, { ...job, sources }, options);
  const back: Partial = {};
  for (const [key, values] of Object.entries(part)) {
    const input = new (values.constructor as Float64ArrayConstructor | Int32ArrayConstructor)(values.length);
    for (let v = 0; v < view.n; v++) input[v] = values[rank[v]];
    back[key] = input;
  }
  return back;
}

async function runOn(view: GraphView, job: AllPairsJob, options: ParallelOptions): Promise<Partial> {
  const count = sourceCount(view, job);
  const from = Math.max(0, Math.min(count, options.from ?? 0));
  const to = Math.max(from, Math.min(count, options.to ?? count));
  const chunks = cutChunks(from, to);
  const threads = Math.min(options.threads ?? defaultThreads(), chunks.length);
  const total = emptyResult(job, view.n);
  options.signal?.throwIfAborted();
  if (threads <= 1 || estimateSeconds(view, job, to - from) < (options.minSeconds ?? 0.5)) {
    let before = 0;
    const ctx: ChunkContext = {
      workspace: new Workspace(),
      buffer: hasBetweennessSums(job) ? new Float64Array(view.n) : undefined,
      onProgress: (done) => options.onProgress?.(before + done, to - from),
    };
    for (const [a, b] of chunks) {
      options.signal?.throwIfAborted();
      combine(job, total, runRange(view, job, a, b, ctx), a);
      before += b - a;
      options.onProgress?.(before, to - from);
    }
    return total;
  }
  return runOnWorkers(view, job, chunks, threads, total, to - from, options);
}

function cutChunks(from: number, to: number): Array<[number, number]> {
  const count = Math.min(CHUNKS, to - from);
  const out: Array<[number, number]> = [];
  for (let c = 0; c < count; c++)
    out.push([
      from + Math.floor(((to - from) * c) / count),
      from + Math.floor(((to - from) * (c + 1)) / count),
    ]);
  return out;
}

/**
 * Idle workers kept between runs (starting one costs 40-60 ms, and much more when tsx compiles
 * the worker from source); unref'd, so they never keep the process alive.
 */
const idle: Worker[] = [];

function takeWorker(): Worker {
  const w = idle.pop() ?? new Worker(workerUrl());
  w.removeAllListeners("error");
  w.ref();
  return w;
}

function release(w: Worker): void {
  w.removeAllListeners("message");
  w.removeAllListeners("error");
  w.on("error", () => {
    const at = idle.indexOf(w);
    if (at >= 0) idle.splice(at, 1);
  });
  w.unref();
  idle.push(w);
}

/** Stops the idle workers (optional: they do not keep the process alive). */
export async function closeWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}

/**
 * The worker script: the TypeScript bootstrap when running from source (tsx, vitest), else the
 * built worker.mjs that `pnpm build` writes beside the CLI bundle (packages/cli/dist).
 */
export function workerUrl(moduleUrl: string = import.meta.url): URL {
  return new URL(moduleUrl.endsWith(".ts") ? "./worker-bootstrap.mjs" : "./worker.mjs", moduleUrl);
}

function runOnWorkers(
  view: GraphView,
  job: AllPairsJob,
  chunks: Array<[number, number]>,
  threads: number,
  total: Partial,
  sources: number,
  options: ParallelOptions,
): Promise<Partial> {
  const shared = toSharedView(view);
  return new Promise<Partial>((resolve, reject) => {
    const workers: Worker[] = [];
    const pending = new Map<number, Partial>();
    const doneInChunk = new Float64Array(chunks.length);
    let doneSources = 0;
    let next = 0;
    let folded = 0;
    let finished = false;
    const stop = (error?: unknown) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener("abort", onAbort);
      // After a clean run the workers wait for the next one; after an error or abort they stop.
      for (const w of workers)
        if (error === undefined) release(w);
        else void w.terminate();
      if (error !== undefined) reject(error);
      else resolve(total);
    };
    const onAbort = () => stop(options.signal?.reason ?? new Error("aborted"));
    options.signal?.addEventListener("abort", onAbort, { once: true });
    // Betweenness buffers (length n) go to a worker with its chunk and come back with the
    // result; after the fold they are handed out again, so only a few ever exist.
    const spare: Float64Array[] = [];
    const give = (w: Worker) => {
      if (next >= chunks.length) return;
      const c = next++;
      const buffer = hasBetweennessSums(job) ? (spare.pop() ?? new Float64Array(view.n)) : undefined;
      w.postMessage(
        { type: "chunk", chunk: c, from: chunks[c][0], to: chunks[c][1], buffer } satisfies ToWorker,
        buffer ? [buffer.buffer as ArrayBuffer] : [],
      );
    };
    const progress = (chunk: number, done: number) => {
      doneSources += done - doneInChunk[chunk];
      doneInChunk[chunk] = done;
      options.onProgress?.(doneSources, sources);
    };
    for (let i = 0; i < threads; i++) {
      const w = takeWorker();
      workers.push(w);
      w.on("error", (error) => stop(error));
      w.on("message", (msg: FromWorker) => {
        if (finished) return;
        if (msg.type === "error") return stop(new Error(`ecolens parallel worker: ${msg.message}`));
        if (msg.type === "progress") return progress(msg.chunk, msg.done);
        const [a, b] = chunks[msg.chunk];
        progress(msg.chunk, b - a);
        pending.set(msg.chunk, msg.part);
        // Fold in chunk order, so the sum is the same whichever worker finished first.
        while (pending.has(folded)) {
          const part = pending.get(folded) as Partial;
          combine(job, total, part, chunks[folded][0]);
          if (hasBetweennessSums(job)) spare.push(part.sums as Float64Array);
          pending.delete(folded++);
        }
        if (folded === chunks.length) return stop();
        give(w);
      });
      w.postMessage({ type: "init", view: shared, job } satisfies ToWorker);
      give(w);
    }
  });
}

/** Betweenness dependency sums as `betweennessSums` (centrality/betweenness.ts), over threads. */
export async function parallelBetweennessSums(
  view: GraphView,
  options: BetweennessOptions = {},
  parallel: ParallelOptions = {},
): Promise<Float64Array> {
  const part = await runAllPairs(view, { kind: "betweenness", options, sources: parallel.sources }, parallel);
  return part.sums as Float64Array;
}

/**
 * Betweenness sums and the distance sums from every source, from one breadth-first search per
 * source (unweighted): on an undirected graph the second all-pairs pass of closeness is saved.
 * The same numbers as `parallelBetweennessSums` and `parallelDistanceSums(view, { direction: "out" })`.
 */
export async function parallelBetweennessAndDistanceSums(
  view: GraphView,
  parallel: ParallelOptions = {},
): Promise<{ sums: Float64Array; distances: DistanceSums }> {
  const part = await runAllPairs(
    view,
    { kind: "betweenness-distances", options: { distance: "none" }, sources: parallel.sources },
    parallel,
  );
  return { sums: part.sums as Float64Array, distances: asDistanceSums(part) };
}

/** Distance sums as `distanceSums` (distances/distance-sums.ts), over threads. */
export async function parallelDistanceSums(
  view: GraphView,
  options: DistanceSumsOptions = {},
  parallel: ParallelOptions = {},
): Promise<DistanceSums> {
  return asDistanceSums(
    await runAllPairs(view, { kind: "distance-sums", options, sources: parallel.sources }, parallel),
  );
}
