/**
 * Ctrl-C during a long analysis: the first SIGINT aborts the work (worker threads are
 * terminated) and the command ends with a one-line message and exit code 130; no stack trace.
 */
import { msgText } from "../messages/index.ts";
import { CliError } from "./errors.ts";

export const EXIT_INTERRUPTED = 130;

export class InterruptedError extends CliError {
  constructor() {
    super(msgText("run.interrupted"), EXIT_INTERRUPTED);
  }
}

export interface StopHandle {
  signal: AbortSignal;
  /** Stop listening (call when the work is done). */
  release(): void;
}

export function stopOnInterrupt(): StopHandle {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new InterruptedError());
  process.once("SIGINT", onSigint);
  return {
    signal: controller.signal,
    release: () => process.removeListener("SIGINT", onSigint),
  };
}
