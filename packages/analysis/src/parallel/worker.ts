/**
 * Worker thread entry: receives the shared view and a job once, then source chunks; answers each
 * chunk with its partial result (transferred, not copied) and reports progress on the way. A
 * betweenness chunk arrives with the buffer to fill, so the same few buffers go back and forth.
 */
import { parentPort } from "node:worker_threads";
import { Workspace } from "../engine/workspace.ts";
import type { GraphView } from "../view/graph-view.ts";
import { type AllPairsJob, runRange } from "./jobs.ts";
import { fromSharedView, type SharedViewData } from "./shared-view.ts";

export type ToWorker =
  | { type: "init"; view: SharedViewData; job: AllPairsJob }
  | { type: "chunk"; chunk: number; from: number; to: number; buffer?: Float64Array };

export type FromWorker =
  | { type: "progress"; chunk: number; done: number }
  | { type: "done"; chunk: number; part: Record<string, Float64Array | Int32Array> }
  | { type: "error"; message: string };

let view: GraphView | null = null;
let job: AllPairsJob | null = null;
let workspace = new Workspace();
const port = parentPort;

port?.on("message", (msg: ToWorker) => {
  try {
    if (msg.type === "init") {
      view = fromSharedView(msg.view);
      job = msg.job;
      workspace = new Workspace();
      return;
    }
    if (!view || !job) throw new Error("worker: chunk before init");
    const { chunk } = msg;
    const part = runRange(view, job, msg.from, msg.to, {
      workspace,
      buffer: msg.buffer,
      onProgress: (done) => port.postMessage({ type: "progress", chunk, done } satisfies FromWorker),
    });
    port.postMessage(
      { type: "done", chunk, part } satisfies FromWorker,
      Object.values(part).map((a) => a.buffer as ArrayBuffer),
    );
  } catch (error) {
    port.postMessage({
      type: "error",
      message: error instanceof Error ? error.message : String(error),
    } satisfies FromWorker);
  }
});
