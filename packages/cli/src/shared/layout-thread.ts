/**
 * The layout's worker thread: receives a LayoutInput and the seed, answers with the x and y
 * arrays (transferred, not copied). Built as dist/layout-worker.mjs; from source it is started
 * through layout-thread-bootstrap.mjs.
 */
import { parentPort } from "node:worker_threads";
import { type LayoutInput, layoutFromInput } from "@ecolens/viz";

parentPort?.once("message", (message: { input: LayoutInput; seed: number }) => {
  try {
    const { x, y } = layoutFromInput(message.input, { seed: message.seed });
    parentPort?.postMessage({ x, y }, [x.buffer as ArrayBuffer, y.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
