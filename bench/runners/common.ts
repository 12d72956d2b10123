/** Small helpers shared by the bench scripts. */
import type { GraphView } from "@ecolens/analysis";

export type Args = Record<string, string | boolean>;

/** `--key value` and `--flag` pairs. */
export function parseArgs(argv: string[]): Args {
  const out: Args = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) out[a.slice(2)] = true;
    else out[a.slice(2)] = argv[++i];
  }
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** CPU seconds of this process (all threads: the main one and the workers). */
export const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Wall-clock seconds in `times[op]`, CPU seconds in `times[op + "@cpu"]`. */
export async function timeOp(
  times: Record<string, number[]>,
  op: string,
  repeats: number,
  run: () => unknown,
): Promise<void> {
  times[op] = [];
  times[`${op}@cpu`] = [];
  for (let r = 0; r < repeats; r++) {
    const c = cpuSeconds();
    const t = performance.now();
    await run();
    times[op].push((performance.now() - t) / 1000);
    times[`${op}@cpu`].push(cpuSeconds() - c);
  }
  // ECOLENS_BENCH_MEMORY=1: where the peak memory is reached (resident now and peak so far, MB).
  if (process.env.ECOLENS_BENCH_MEMORY === "1")
    process.stderr.write(
      `${op}: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
    );
}

/** The induced view of the largest component (undirected views), and its vertices. */
export function largestComponentView(
  view: GraphView,
  label: Int32Array,
): { view: GraphView; vertices: Int32Array } {
  const vertices: number[] = [];
  for (let v = 0; v < view.n; v++) if (label[v] === 0) vertices.push(v);
  const newOf = new Int32Array(view.n).fill(-1);
  vertices.forEach((v, i) => {
    newOf[v] = i;
  });
  const k = vertices.length;
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < k; i++)
    offsets[i + 1] = offsets[i] + view.outOffsets[vertices[i] + 1] - view.outOffsets[vertices[i]];
  const targets = new Int32Array(offsets[k]);
  const weights = new Float64Array(offsets[k]);
  for (let i = 0; i < k; i++) {
    const v = vertices[i];
    for (let e = view.outOffsets[v], at = offsets[i]; e < view.outOffsets[v + 1]; e++, at++) {
      targets[at] = newOf[view.outTargets[e]];
      weights[at] = view.outWeights[e];
    }
  }
  const ids = vertices.map((v) => view.ids[v]);
  const sub: GraphView = {
    n: k,
    m: offsets[k] / 2,
    directed: false,
    weighted: view.weighted,
    ids,
    index: new Map(),
    outOffsets: offsets,
    outTargets: targets,
    outWeights: weights,
    inOffsets: offsets,
    inTargets: targets,
    inWeights: weights,
  };
  return { view: sub, vertices: Int32Array.from(vertices) };
}
