/**
 * The map's layout in its own worker (layout-worker.ts), started before the analysis; where a
 * worker cannot start one (no nested workers), the layout runs here instead. Same input, same
 * seed, same positions as viz's computeLayout. The layout worker is started once (warmLayout) and
 * kept, so a second run needs no request at all.
 */
import type { EcoNetwork } from "@ecolens/core";
import { computeLayout, layoutInput, type Position, positionsById } from "@ecolens/viz";

type Reply = { x: Float64Array; y: Float64Array };
let worker: Worker | undefined;
let waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | undefined;

/** Starts the layout worker now (its script loads while the page waits for files). */
export function warmLayout(): void {
  if (worker || typeof Worker === "undefined") return;
  worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module", name: "layout" });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    waiting?.resolve(event.data);
    waiting = undefined;
  };
  worker.onerror = (event) => {
    event.preventDefault();
    waiting?.reject(new Error(event.message || "layout worker failed"));
    waiting = undefined;
    worker?.terminate();
    worker = undefined;
  };
}

export function layoutInBackground(graph: EcoNetwork["graph"], seed: number): Promise<Map<string, Position>> {
  warmLayout();
  const running = worker;
  if (!running || waiting) return Promise.resolve(computeLayout(graph, { seed }));
  const input = layoutInput(graph);
  return new Promise<Reply>((resolve, reject) => {
    waiting = { resolve, reject };
    running.postMessage({ input, seed }, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
  }).then((reply) => positionsById(input.ids, reply));
}
