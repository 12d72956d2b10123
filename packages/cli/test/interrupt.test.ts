/** Ctrl-C: the first SIGINT aborts the running analysis with a one-line message and exit code 130. */
import { analyseNetworkAsync } from "@ecolens/analysis";
import { readNodeEdgeLists } from "@ecolens/core";
import { describe, expect, it } from "vitest";
import { EXIT_INTERRUPTED, InterruptedError, stopOnInterrupt } from "../src/shared/interrupt.ts";

describe("stopOnInterrupt", () => {
  it("aborts on SIGINT with a user-facing reason, and stops listening when released", () => {
    const before = process.listenerCount("SIGINT");
    const stop = stopOnInterrupt();
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    process.emit("SIGINT");
    expect(stop.signal.aborted).toBe(true);
    expect(stop.signal.reason).toBeInstanceOf(InterruptedError);
    expect((stop.signal.reason as InterruptedError).exitCode).toBe(EXIT_INTERRUPTED);
    expect((stop.signal.reason as InterruptedError).text.nl).toMatch(/Ctrl-C/);
    stop.release();
    expect(process.listenerCount("SIGINT")).toBe(before);
  });

  it("an interrupted analysis rejects instead of finishing", async () => {
    const rows = ["source,target", ...Array.from({ length: 49 }, (_, i) => `${i},${i + 1}`)];
    const network = readNodeEdgeLists({ name: "path.csv", bytes: new TextEncoder().encode(rows.join("\n")) });
    const stop = stopOnInterrupt();
    process.emit("SIGINT");
    await expect(analyseNetworkAsync(network, { signal: stop.signal })).rejects.toBeDefined();
    stop.release();
  });
});
