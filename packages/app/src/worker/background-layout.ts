/**
 * The map's layout in its own worker (layout-worker.ts), started before the analysis; where a
 * worker cannot start one (no nested workers), the layout runs here instead. Same input, same
 * seed, same positions as viz's computeLayout.
 */
import type { EcoNetwork } from "@ecolens/core";
import { computeLayout, layoutInput, type Position, positionsById } from "@ecolens/viz";

export function layoutInBackground(graph: EcoNetwork["graph"], seed: number): Promise<Map<string, Position>> {
  if (typeof Worker === "undefined") return Promise.resolve(computeLayout(graph, { seed }));
  const input = layoutInput(graph);
  const worker = new Worker(new URL("./layout-worker.ts", import.meta.url), {
    type: "module",
    name: "layout",
  });
  return new Promise<Map<string, Position>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ x: Float64Array; y: Float64Array }>) => {
      worker.terminate();
      resolve(positionsById(input.ids, event.data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || "layout worker failed"));
    };
    worker.postMessage({ input, seed }, [input.sources.buffer, input.targets.buffer, input.weights.buffer]);
  });
}
