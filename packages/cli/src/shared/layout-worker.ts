/**
 * ForceAtlas2 on a worker thread, so the report's layout (2.5 s of a 20,000-organisation report,
 * docs/performance.md) runs while the main thread analyses. Same positions as computeLayout:
 * the thread runs layoutFromInput on the same LayoutInput. Small graphs stay on this thread,
 * where starting a worker would cost more than it saves.
 */
import { Worker } from "node:worker_threads";
import {
  type computeLayout,
  type LayoutInput,
  layoutFromInput,
  layoutInput,
  type Position,
  positionsById,
} from "@ecolens/viz";

export type AbstractGraph = Parameters<typeof computeLayout>[0];

/** Below this many organisations the layout takes well under a second: no thread. */
export const LAYOUT_THREAD_MIN_ORDER = 2000;

export function layoutThreadUrl(moduleUrl: string = import.meta.url): URL {
  return new URL(
    moduleUrl.endsWith(".ts") ? "./layout-thread-bootstrap.mjs" : "./layout-worker.mjs",
    moduleUrl,
  );
}

/** ECOLENS_LAYOUT_THREAD=0 keeps the layout on the main thread (a baseline for bench/, or a fallback). */
export function layoutThreadWanted(env: Record<string, string | undefined> = process.env): boolean {
  return env.ECOLENS_LAYOUT_THREAD !== "0";
}

/** `input`: layoutInput(graph) when the caller built it already (its arrays move to the thread). */
export function layoutOnThread(
  graph: AbstractGraph,
  seed: number,
  minOrder = LAYOUT_THREAD_MIN_ORDER,
  input: LayoutInput = layoutInput(graph),
): Promise<Map<string, Position>> {
  if (graph.order < minOrder || !layoutThreadWanted())
    return Promise.resolve(positionsById(input.ids, layoutFromInput(input, { seed })));
  return new Promise((resolve, reject) => {
    const worker = new Worker(layoutThreadUrl());
    // The process may exit (an error elsewhere, Ctrl-C) without waiting for the layout.
    worker.unref();
    worker.once("message", (answer: { x?: Float64Array; y?: Float64Array; error?: string }) => {
      void worker.terminate();
      if (answer.error || !answer.x || !answer.y)
        reject(new Error(answer.error ?? "layout thread gave no positions"));
      else resolve(positionsById(input.ids, { x: answer.x, y: answer.y }));
    });
    worker.once("error", reject);
    worker.postMessage({ input, seed }, [
      input.sources.buffer as ArrayBuffer,
      input.targets.buffer as ArrayBuffer,
      input.weights.buffer as ArrayBuffer,
    ]);
  });
}
