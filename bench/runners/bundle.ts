/**
 * Bundles a bench runner and analysis's worker thread into plain JavaScript under
 * bench/tmp/runner/, as `pnpm build` bundles the CLI: the installed `ecolens` runs a bundle, not
 * the sources through tsx, whose loader thread and compiled modules cost ~120 MB at M
 * (220 MB peak from source, 101 MB bundled). The worker sits beside the runner, where
 * analysis's workerUrl looks for `worker.mjs` outside the sources.
 */
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const BENCH = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(BENCH, "tmp/runner");
const WORKER = fileURLToPath(new URL("../../packages/analysis/src/parallel/worker.ts", import.meta.url));
const BANNER =
  'import { createRequire as __benchCreateRequire } from "node:module";\nconst require = __benchCreateRequire(import.meta.url);';

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
    banner: { js: BANNER },
  });
}

/** The runner at `entry` (a .ts under bench/runners) as bench/tmp/runner/<name>.mjs; its path. */
export async function bundledRunner(entry: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, basename(entry).replace(/\.ts$/, ".mjs"));
  await bundle(entry, out);
  await bundle(WORKER, join(OUT, "worker.mjs"));
  return out;
}
