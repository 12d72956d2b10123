/** The Markdown report of `bench:exact`: exact betweenness measured with each tool at one size. */
import { ratio, sec } from "./render.ts";

const load = (xs: number[] | undefined) => (xs ?? []).map((x) => x.toFixed(1)).join(" / ");

export function renderExactBetweenness(report: any): string {
  const m = report.machine;
  const r = report.results;
  const out: string[] = [];
  out.push(`# Exact betweenness at ${report.size}, ${m.date}`, "");
  out.push(
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memory_gb} GB memory, Node ${m.node}. Graph: ${report.edges}. ` +
      "Every source, no sampling; each tool in its own process, one after the other. ecolens uses every core (worker threads), igraph one.",
    "",
    "| tool | version | threads | wall s | cpu s | peak MB | load average after | measured |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const [tool, x] of Object.entries<any>(r))
    out.push(
      `| ${tool} | ${x.version} | ${x.threads ?? 1} | ${sec(x.seconds)} | ${sec(x.cpu_seconds)} | ${x.peak_rss_mb?.toFixed(0) ?? "-"} | ${load(x.loadavg)} | ${x.measured_at ?? "-"} |`,
    );
  if (r.ecolens && r.igraph)
    out.push(
      "",
      `Ratio ecolens / igraph: wall ${ratio(r.ecolens.seconds, r.igraph.seconds)}, cpu ${ratio(r.ecolens.cpu_seconds, r.igraph.cpu_seconds)} (below 1: ecolens is faster).`,
    );
  const a = report.agreement;
  if (a)
    out.push(
      "",
      `Agreement of the two exact results over ${a.n} vertices: Spearman ${a.rho.toFixed(6)}, largest relative difference ${a.max_relative_difference.toExponential(2)}.`,
    );
  if (report.sampling?.length) {
    out.push(
      "",
      "## The k-sources option against these exact values",
      "",
      "`sampledBetweennessValues(view, { k, seed: 7 })`, Brandes & Pich (2007), scaled n/k.",
      "",
      "| k | wall s | Spearman | total rel. error | mean abs error / mean | top-100 overlap |",
      "|---|---|---|---|---|---|",
    );
    for (const s of report.sampling)
      out.push(
        `| ${s.k} | ${sec(s.seconds)} | ${s.spearman.toFixed(4)} | ${s.total_relative_error.toFixed(4)} | ${s.mean_abs_error_over_mean.toFixed(4)} | ${s.top_overlap.toFixed(2)} |`,
      );
  }
  return `${out.join("\n")}\n`;
}
