/**
 * Progress for long work on a terminal (stderr, only when it is a TTY, so JSON on stdout stays
 * clean). Shown only after `delayMs`, so quick runs print nothing.
 */
export interface Progress {
  /** Start a named step; `total` enables a percentage. */
  step(label: string, total?: number): void;
  tick(done: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, delayMs = 700): Progress {
  const started = Date.now();
  let label = "";
  let total = 0;
  let stepStart = Date.now();
  let lastDraw = 0;
  const active = Boolean(stream.isTTY) && process.env.CI !== "true";
  const draw = (done?: number) => {
    if (!active || Date.now() - started < delayMs) return;
    const now = Date.now();
    if (now - lastDraw < 100) return;
    lastDraw = now;
    let text = `… ${label}`;
    if (total > 0 && done !== undefined) {
      const share = done / total;
      const elapsed = (now - stepStart) / 1000;
      const eta = share > 0 ? elapsed / share - elapsed : 0;
      text += ` ${Math.round(share * 100)}%${share > 0.02 ? ` (~${Math.ceil(eta)} s)` : ""}`;
    }
    stream.write(`\r${text.padEnd(60)}`);
  };
  return {
    step(next, nextTotal = 0) {
      label = next;
      total = nextTotal;
      stepStart = Date.now();
      draw(0);
    },
    tick(done) {
      draw(done);
    },
    done() {
      if (active && lastDraw > 0) stream.write(`\r${" ".repeat(60)}\r`);
    },
  };
}
