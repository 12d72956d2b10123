/** What the benchmark scripts record about the machine, and where they find the Python peers. */
import { spawnSync } from "node:child_process";
import { cpus, freemem, loadavg, totalmem } from "node:os";

/** The first interpreter that imports the module (`preferred` first), or null. */
export function pythonWith(module: string, preferred = ""): string | null {
  for (const py of [preferred, "/usr/bin/python3", "python3"].filter(Boolean)) {
    const r = spawnSync(py, ["-c", `import ${module}`], { encoding: "utf8" });
    if (r.status === 0) return py;
  }
  return null;
}

export function describeMachine() {
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memory_gb: +(totalmem() / 2 ** 30).toFixed(1),
    free_memory_gb_at_start: +(freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadavg_at_start: loadavg(),
  };
}
