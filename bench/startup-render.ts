/** The start-up benchmark's statistics and its Markdown page (bench/startup.ts writes it). */

export interface Stats {
  runs: number;
  median: number;
  min: number;
  p90: number;
}

export interface StartupRow {
  label: string;
  /** A whole process (compared with `node -e 0`) or a worker thread inside one. */
  kind: "process" | "worker";
  /** Target in seconds, end to end. */
  target?: number;
  /** Wall seconds. */
  stats: Stats;
  /** CPU seconds of the process (user + system, all threads), when measured. */
  cpu?: Stats;
}

export function summarise(samples: number[]): Stats {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: sorted.length, median, min: sorted[0], p90: at(0.9) };
}

const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;

/** "met" / "missed" on the median, or "" without a target. */
export function verdict(row: StartupRow): string {
  if (row.target === undefined) return "";
  return row.stats.median <= row.target ? "met" : "**missed**";
}

export function renderStartup(
  rows: StartupRow[],
  machine: { date: string; cpu: string; nproc: number; node: string; loadavg_at_start: number[] },
  runs: number,
): string {
  const baseline = rows.find((r) => r.label.startsWith("node -e 0"))?.stats.median ?? 0;
  const lines = [
    `# Start-up of the built CLI (${machine.date.slice(0, 10)})`,
    "",
    `Measured by \`npx -y pnpm@12.4.2 exec tsx bench/startup.ts\` on ${machine.nproc} × ${machine.cpu},`,
    `Node ${machine.node}, load average at start ${machine.loadavg_at_start.map((l) => l.toFixed(2)).join(" / ")}.`,
    `Each process row is ${runs} runs after one unmeasured warm-up (source rows: fewer), wall time`,
    "from spawn to exit with the output to /dev/null, and the process's CPU time (user + system,",
    "all threads); a worker row is the wall time from `new Worker()` to its answer to a first",
    "message, inside one process. The verdict is on the median wall time.",
    "",
    "| what | median | min | p90 | median − node -e 0 | CPU median | target | verdict |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const { median, min, p90 } = row.stats;
    const over = row.kind === "process" && baseline ? ms(median - baseline) : "";
    const target = row.target === undefined ? "" : `≤ ${ms(row.target)}`;
    lines.push(
      `| ${row.label} | ${ms(median)} | ${ms(min)} | ${ms(p90)} | ${over} | ${row.cpu ? ms(row.cpu.median) : ""} | ${target} | ${verdict(row)} |`,
    );
  }
  lines.push("");
  return `${lines.join("\n")}\n`;
}
