/**
 * The page's side of the worker: one request at a time by id, progress to a callback, and cancel
 * by terminating the worker (a new one starts for the next request).
 */

import type { NamedBytes } from "../files/recognise.ts";
import type { Code, Lang } from "../i18n/catalogue.ts";
import type { ExportFormat, FromWorker, RunResult, ToWorker } from "./protocol.ts";

type Pending = {
  resolve: (message: FromWorker) => void;
  reject: (error: Error) => void;
  onProgress?: (step: Code, share: number) => void;
  onPartial?: (result: RunResult) => void;
};

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

export class EngineClient {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 1;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "ecolens" });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || "worker error"));
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: FromWorker): void {
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    if (message.type === "progress") {
      waiting.onProgress?.(message.step, message.share);
      return;
    }
    if (message.type === "partial") {
      waiting.onPartial?.(message.result);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === "failed") waiting.reject(new Error(message.reason));
    else waiting.resolve(message);
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private request(
    message: ToWorker,
    hooks: Pick<Pending, "onProgress" | "onPartial"> = {},
  ): Promise<FromWorker> {
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject, ...hooks });
      worker.postMessage(message);
    });
  }

  async run(
    lang: Lang,
    current: NamedBytes[],
    previous: NamedBytes[],
    hooks: Pick<Pending, "onProgress" | "onPartial">,
  ): Promise<RunResult> {
    const reply = await this.request({ type: "run", id: this.nextId++, lang, current, previous }, hooks);
    if (reply.type !== "result") throw new Error(`unexpected reply ${reply.type}`);
    return reply.result;
  }

  async download(
    lang: Lang,
    format: ExportFormat,
  ): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
    const reply = await this.request({ type: "export", id: this.nextId++, lang, format });
    if (reply.type !== "file") throw new Error(`unexpected reply ${reply.type}`);
    return reply;
  }

  /**
   * Starts the worker and has it load the report code and its layout worker, so the first drop
   * does not wait for them and, once loaded, the app needs no request at all.
   */
  warm(): void {
    this.start().postMessage({ type: "warm", id: 0 } satisfies ToWorker);
  }

  /** Ends the worker whatever it does or holds (forget this data), and starts a fresh one. */
  reset(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Cancelled());
    this.warm();
  }

  /**
   * Stops whatever runs: the worker is ended and every waiting request rejects with Cancelled.
   * An idle worker is kept (it holds the session for the downloads and needs no reload).
   */
  cancel(): void {
    if (this.pending.size === 0) return;
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Cancelled());
    this.warm();
  }
}
