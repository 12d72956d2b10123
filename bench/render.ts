/** The Markdown report of a bench run: machine, ratio table, memory, agreement, sampling error. */

export interface ToolResult {
  tool: string;
  version: string;
  n: number;
  m: number;
  medians: Record<string, number>;
  notes: Record<string, string>;
  modularity: number | null;
  rss_after_read_mb: number;
  peak_rss_mb: number;
  loadavg_end?: number[];
  /** ecolens: resident and peak MB after each step. */
  memory_profile?: Array<{ op: string; rss: number; peak: number }>;
}

const OPS = [
  "read",
  "degree",
  "components",
  "pagerank",
  "eigenvector",
  "closeness",
  "betweenness",
  "louvain",
  "analyse",
];
const LABEL: Record<string, string> = {
  read: "read CSV + build",
  degree: "degree",
  components: "components",
  pagerank: "PageRank",
  eigenvector: "eigenvector",
  closeness: "closeness (exact)",
  betweenness: "betweenness (exact)",
  louvain: "Louvain",
  analyse: "analyse (all of the above)",
};

export const sec = (x: number | undefined) =>
  x === undefined
    ? "-"
    : x >= 100
      ? x.toFixed(0)
      : x >= 1
        ? x.toFixed(2)
        : x >= 0.01
          ? x.toFixed(3)
          : x.toFixed(4);
export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "-" : (a / b).toFixed(2);

export function renderMarkdown(report: any): string {
  const m = report.machine;
  const out: string[] = [];
  out.push(`# Benchmark run ${m.date}`, "");
  out.push(
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memory_gb} GB memory, Node ${m.node}; load average at start ${m.loadavg_at_start.map((x: number) => x.toFixed(1)).join(" / ")}, at end ${(m.loadavg_at_end ?? []).map((x: number) => x.toFixed(1)).join(" / ")}.`,
  );
  const versions = new Set<string>();
  for (const s of Object.values<any>(report.sizes))
    for (const r of Object.values<any>(s.results)) if (r.version) versions.add(`${r.tool}: ${r.version}`);
  out.push(`Tools: ${[...versions].join("; ")}.`, "");
  out.push(
    "Median seconds, one process per tool. `wall` is elapsed time (ecolens uses every core for closeness and betweenness); `cpu` is CPU time of the whole process (all threads), which does not depend on what else the machine runs. Ratios ecolens / peer: below 1 means ecolens is faster. `~` = estimated from sampled sources (time x n/k).",
    "",
  );
  out.push(
    "| size | operation | ecolens wall | ecolens cpu | igraph wall | igraph cpu | networkx wall | networkx cpu | eco/igraph wall | eco/igraph cpu | eco/nx wall | eco/nx cpu |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const [size, s] of Object.entries<any>(report.sizes)) {
    const r = s.results;
    const get = (tool: string, op: string) => (r[tool] && !r[tool].error ? r[tool].medians[op] : undefined);
    for (const op of OPS) {
      const e = get("ecolens", op);
      if (e === undefined && get("igraph", op) === undefined) continue;
      const est = r.ecolens?.notes?.[op]?.startsWith("estimated") ? "~" : "";
      const iEst = r.igraph?.notes?.[op]?.startsWith("estimated") ? "~" : "";
      const nEst = r.networkx?.notes?.[op]?.startsWith("estimated") ? "~" : "";
      out.push(
        `| ${size} | ${LABEL[op]} | ${est}${sec(e)} | ${est}${sec(get("ecolens", `${op}@cpu`))} | ${iEst}${sec(get("igraph", op))} | ${iEst}${sec(get("igraph", `${op}@cpu`))} | ${nEst}${sec(get("networkx", op))} | ${nEst}${sec(get("networkx", `${op}@cpu`))} | ${ratio(e, get("igraph", op))} | ${ratio(get("ecolens", `${op}@cpu`), get("igraph", `${op}@cpu`))} | ${ratio(e, get("networkx", op))} | ${ratio(get("ecolens", `${op}@cpu`), get("networkx", `${op}@cpu`))} |`,
      );
    }
    // igraph 0.10 cannot run Brandes from sampled sources. Estimate: its own sampled closeness
    // time (one BFS per source, scaled n/k) x its betweenness/closeness time ratio measured
    // exactly at a smaller size in the same run.
    const exactSize = Object.values<any>(report.sizes).find(
      (x) => x.exact && x.results.igraph?.medians?.betweenness,
    );
    const measuredBoth = s.igraph_exact_betweenness && s.ecolens_exact_betweenness;
    if (
      !measuredBoth &&
      !get("igraph", "betweenness") &&
      get("igraph", "closeness") !== undefined &&
      exactSize
    ) {
      const im = exactSize.results.igraph.medians;
      const est = (suffix: string) =>
        get("igraph", `closeness${suffix}`)! * (im[`betweenness${suffix}`] / im[`closeness${suffix}`]);
      const e = get("ecolens", "betweenness");
      out.push(
        `| ${size} | betweenness (exact), igraph ≈ its sampled closeness x its betweenness/closeness ratio at the exact size | ~${sec(e)} | ~${sec(get("ecolens", "betweenness@cpu"))} | ≈${sec(est(""))} | ≈${sec(est("@cpu"))} | - | - | ${ratio(e, est(""))} | ${ratio(get("ecolens", "betweenness@cpu"), est("@cpu"))} | - | - |`,
      );
    }
    const ex = s.igraph_exact_betweenness;
    const eco = s.ecolens_exact_betweenness;
    if (ex && eco && !get("igraph", "betweenness"))
      out.push(
        `| ${size} | betweenness (exact), both measured over every source by \`bench:exact\` | ${sec(eco.seconds)} | ${sec(eco.cpu_seconds)} | ${sec(ex.seconds)} | ${sec(ex.cpu_seconds)} | - | - | ${ratio(eco.seconds, ex.seconds)} | ${ratio(eco.cpu_seconds, ex.cpu_seconds)} | - | - |`,
      );
    else if (ex && !get("igraph", "betweenness"))
      out.push(
        `| ${size} | betweenness (exact), igraph measured in a separate run | ${s.results.ecolens?.notes?.betweenness ? "~" : ""}${sec(get("ecolens", "betweenness"))} | ${sec(get("ecolens", "betweenness@cpu"))} | ${sec(ex.seconds)} | ${sec(ex.cpu_seconds)} | - | - | ${ratio(get("ecolens", "betweenness"), ex.seconds)} | ${ratio(get("ecolens", "betweenness@cpu"), ex.cpu_seconds)} | - | - |`,
      );
  }
  out.push("", "## Peak memory (MB, whole process)", "");
  out.push(
    "| size | ecolens after read | ecolens peak | igraph after read | igraph peak | networkx peak | eco/igraph peak |",
    "|---|---|---|---|---|---|---|",
  );
  for (const [size, s] of Object.entries<any>(report.sizes)) {
    const r = s.results;
    const v = (tool: string, key: string) => (r[tool] && !r[tool].error ? r[tool][key] : undefined);
    const f = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(0));
    out.push(
      `| ${size} | ${f(v("ecolens", "rss_after_read_mb"))} | ${f(v("ecolens", "peak_rss_mb"))} | ${f(v("igraph", "rss_after_read_mb"))} | ${f(v("igraph", "peak_rss_mb"))} | ${f(v("networkx", "peak_rss_mb"))} | ${ratio(v("ecolens", "peak_rss_mb"), v("igraph", "peak_rss_mb"))} |`,
    );
  }
  const profiles = Object.entries<any>(report.sizes).filter(([, s]) => s.results.ecolens?.memory_profile);
  if (profiles.length) {
    out.push(
      "",
      "Where ecolens's memory goes (resident MB after each step, in the order the runner takes them; the peak is the largest):",
      "",
    );
    for (const [size, s] of profiles)
      out.push(
        `- ${size}: ${s.results.ecolens.memory_profile.map((p: { op: string; rss: number }) => `${p.op} ${p.rss}`).join(" → ")}`,
      );
  }
  out.push("", "## Agreement with ecolens (Spearman rho over common vertices; modularity difference)", "");
  out.push(
    "| size | peer | degree | PageRank | eigenvector | closeness | betweenness | modularity eco / peer |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const [size, s] of Object.entries<any>(report.sizes))
    for (const [tool, a] of Object.entries<any>(s.agreement)) {
      const rho = (k: string) => (a[k] ? `${a[k].rho.toFixed(6)} (n=${a[k].n})` : "-");
      const mod = a.modularity
        ? `${a.modularity.ecolens.toFixed(4)} / ${a.modularity[tool].toFixed(4)}`
        : "-";
      out.push(
        `| ${size} | ${tool} | ${rho("degree")} | ${rho("pagerank")} | ${rho("eigenvector")} | ${rho("closeness")} | ${rho("betweenness")} | ${mod} |`,
      );
    }
  const sampled: string[] = [];
  for (const [size, s] of Object.entries<any>(report.sizes))
    for (const [name, e] of Object.entries<any>(s.sampling ?? {})) {
      if (typeof e !== "object") continue;
      const what =
        name === "k_option"
          ? (s.results.ecolens?.notes?.betweenness_k ?? "k option")
          : `bench sample (k=${s.sample_k})`;
      sampled.push(
        `| ${size} | ${what} | ${e.spearman.toFixed(4)} | ${e.total_relative_error.toFixed(4)} | ${e.mean_abs_error_over_mean.toFixed(4)} | ${e.top_overlap.toFixed(2)} |`,
      );
    }
  if (sampled.length)
    out.push(
      "",
      "## Sampled betweenness against exact values",
      "",
      "| size | estimate | Spearman | total rel. error | mean abs error / mean | top-100 overlap |",
      "|---|---|---|---|---|---|",
      ...sampled,
    );
  const notes = new Set<string>();
  for (const s of Object.values<any>(report.sizes))
    for (const r of Object.values<any>(s.results))
      for (const [op, note] of Object.entries<string>(r.notes ?? {})) notes.add(`${r.tool} ${op}: ${note}`);
  if (notes.size) out.push("", "Notes:", "", ...[...notes].map((n) => `- ${n}`));
  return `${out.join("\n")}\n`;
}
